"""Two findings of the re-score of held-out drafts on main: a deed done with its count inside a plan's item (hd38c,
盘锦市双台子区文化旅游和广播电视局: 申请到省级体育健身器材7套 under 下一步我们将从以下方面…) is a result, and a town the title names
(hd38a, 邹城市民政局: 完善唐村镇居家及社区老年照护体系) frames part one's lede only where a fact written names it.

Each test reads real lines of the pages the testers saved, in a workspace of the bureau, through the path ``drafter`` takes.
"""

from __future__ import annotations

import docx
from helpers import ZOUCHENG_NEWS, ZOUCHENG_NEWS_NAME, comments_on, page_draft, part_one, part_two_texts, seeds_draft, unit_workspace

from drafter.compose.asks import town_named
from drafter.distill.facts import deeds_split
from drafter.model import DONE, PLAN

# 盘锦市双台子区文化旅游和广播电视局's reply of 2024-08-29 (the mirror's traditional characters, its items in paragraphs of their own).
PANJIN_REPLY = """張英才代表:
您提出的《關於加強全民健身場地建設的建議》已收悉,現答復如下:
加快建設體育強國,就要堅持以人民為中心的思想,把人民作為發展體育事業的主體,落實全民健身國家戰略,不斷提高人民健康水平。為使人民群眾體育健身更加便利,激發群眾健身熱情,下一步我們將從以下方面加強全民健身場地建設。
一是推進全民健身設施建設,規劃建設貼近社區、方便可達的全民健身中心。健身場地設施融入公園、綠地、廣場等公共設施中。積極向上級爭取體育健身器材,申請到省級體育健身器材7套,包括含籃球架的農民健身工程2套,智能器材4套,籠式足球1套。重點安裝在濕地公園、碑林公園、中醫院和社區、村廣場等場所,滿足群眾健身需要。
二是向上爭取對公共體育設施運轉維護工作支持,對域內體育器材損壞和需維修情況進行摸底調查,完成域內器材維修維護工作,進一步推進全民健身戰略有效實施。
感謝您一直以來對我們工作的關心和支持,希望您能繼續關注我們的工作,并提出寶貴意見。
盤錦市雙臺子區文化旅游和廣播電視局
2024年8月29日
"""
PANJIN_NAME = "2024-08-29_张英才全民健身场地建议答复.txt"
PANJIN_SUGGESTION = """关于加强全民健身场地建设的建议

建议：加强全民健身场地建设，补齐城市健身场地短板，满足广大人民群众的快乐健身需求。
"""

TOWN_TITLE = "关于完善唐村镇居家及社区老年照护体系的建议"


def _panjin(tmp_path):
    return unit_workspace(tmp_path / "ws", "盘锦市双台子区文化旅游和广播电视局", "区文广局", "双台子区")


def _zoucheng(tmp_path):
    return unit_workspace(tmp_path / "ws", "邹城市民政局", "市民政局", "邹城市")


def test_equipment_won_inside_a_plan_item_is_a_result(tmp_path):
    """申请到省级体育健身器材7套 (won, with its count) is done, of the reply's 2024; the item's sentences around it stay the plan,
    and so does 完成域内器材维修维护工作 (完成 with no 已/了: what is to be done)."""
    page_draft(tmp_path, _panjin(tmp_path), PANJIN_REPLY, PANJIN_SUGGESTION, "35", "关于加强全民健身场地建设的建议",
               "--date", "2025-11-14", name=PANJIN_NAME)
    from drafter.facts.index import FactIndex
    from drafter.workspace import load_workspace

    facts = list(FactIndex.load(load_workspace(tmp_path / "ws")).facts.values())
    won = next(f for f in facts if "申请到省级体育健身器材7套" in f.text)
    assert (won.kind, won.period.year) == (DONE, 2024) and "规划建设" not in won.text and "重点安装" not in won.text
    assert {g.value for g in won.figures} == {7, 2, 4, 1}
    assert next(f for f in facts if f.text.startswith("一是推进全民健身设施建设")).kind == PLAN
    assert next(f for f in facts if f.text.startswith("重点安装在")).kind == PLAN
    assert next(f for f in facts if "完成域内器材维修维护工作" in f.text).kind == PLAN


def test_the_equipment_won_is_cited_in_part_one_and_the_plan_kept(tmp_path):
    """The draft cites the 7 sets in part one (flagged for its time, as a mid-year reply's figures are) and no longer says the
    reply holds nothing to write; part two still quotes the item's plan as 2024's, to verify."""
    result, document = page_draft(tmp_path, _panjin(tmp_path), PANJIN_REPLY, PANJIN_SUGGESTION, "35", "关于加强全民健身场地建设的建议",
                                  "--date", "2025-11-14", name=PANJIN_NAME)
    one = "\n".join(part_one(document))
    assert "申请到省级体育健身器材7套" in one and "【待补充" not in one.split("\n")[0]
    assert "规划建设" not in one and "重点安装" not in one
    assert "没有以下建议事项的近年工作事实" not in result.output
    notes = "\n".join(comments_on(tmp_path / "draft.docx", next(p for p in one.split("\n") if "7套" in p)[:10]))
    assert "2024年8月" in notes
    assert not any("没有可直接写入" in c.text for c in document.comments)
    assert any("【待核实：2024年计划" in p for p in part_two_texts(document))


def test_a_deed_needs_its_resultative_verb_and_count():
    """Only a finished deed with its count is cut out of a plan's item: not what is planned to be built, nor 完成 without 已/了,
    nor a figure with no verb of result."""
    item = "一是推进全民健身设施建设，规划建设贴近社区、方便可达的全民健身中心。积极向上级争取体育健身器材，申请到省级体育健身器材7套。"
    assert deeds_split(item) == [("一是推进全民健身设施建设，规划建设贴近社区、方便可达的全民健身中心。", False),
                                 ("积极向上级争取体育健身器材，申请到省级体育健身器材7套。", True)]
    for plan in ("二是推进场地建设，计划建成社区健身广场5处。", "二是完成域内器材维修维护工作，更新器材20套。",
                 "二是推进场地建设，力争获得省级器材10套。", "三是新建健身步道3条。"):
        assert deeds_split(plan) == [(plan, False)]


def test_a_town_no_fact_names_is_left_out_of_the_lede(tmp_path):
    """The city's 2021 elder care (7处敬老院, 30处幸福食堂) is told under 围绕完善居家及社区老年照护体系, not as 唐村镇's; the
    opening's title quote and part two's item keep the town. (2021's work, older than the freshness window in 2024, is old material
    to update: the lead claims no 成效 over it, hx65a1.)"""
    _, out = seeds_draft(tmp_path, _zoucheng(tmp_path), {ZOUCHENG_NEWS_NAME: ZOUCHENG_NEWS}, "100", TOWN_TITLE,
                         f"{TOWN_TITLE}\n\n建议完善唐村镇居家及社区老年照护体系。\n", "--deputy", "张某", "--date", "2024-06-28")
    document = docx.Document(out)
    one = part_one(document)
    assert one[0] == "近年来，我局立足工作职责，围绕完善居家及社区老年照护体系积极开展工作，主要做法如下："
    assert "7处敬老院" in "\n".join(one)
    assert any("《关于完善唐村镇居家及社区老年照护体系的建议》" in p.text for p in document.paragraphs)
    assert any("唐村镇" in p for p in part_two_texts(document))
    assert "继续完善唐村镇" not in "\n".join(part_two_texts(document))


def test_a_town_a_fact_names_stays_in_the_lede(tmp_path):
    """Where the fact written names the town (峄山镇大二村被民政部评为…试点单位), the work told is the town's: the lede keeps it."""
    title = "关于推进峄山镇社区志愿服务站建设的建议"
    _, out = seeds_draft(tmp_path, _zoucheng(tmp_path), {ZOUCHENG_NEWS_NAME: ZOUCHENG_NEWS}, "9", title,
                         "建议推进峄山镇社区志愿服务站建设。\n", "--deputy", "张某", "--date", "2024-06-28")
    one = part_one(docx.Document(out))
    assert "峄山镇大二村" in "\n".join(one[1:]) and "围绕峄山镇社区志愿服务站建设" in one[0]
    assert town_named("推进峄山镇社区志愿服务站建设") == "峄山镇" and town_named("推进新型城镇化建设") is None
