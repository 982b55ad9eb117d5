"""hx67a2: part two never promises another unit's named work as ours; its lead-in says what was asked, grammatically (held-out
hd67a, 开封市公安局, 市政协十二届四次会议第193号提案, compose faults 1 and 3).

F1. The only facts on the second ask's matter (在金明西街沿线增设公交车停车点) name 开封市公交总公司 doing it (…公交线路、站点设置等问题
    广泛听取民声) and none names the bureau: its placeholder names that unit to consult (可商请市公交总公司提供), its comment and the
    command say whose the base says it is, and part two's item for it is a mark naming that unit — never the ask's words as 我局's
    step ((二)在金明西街沿线增设公交车停车点。【待补充：具体举措】), nor 下一步，我局将 before it in a reply per ask.
F3. The title joins two asks by 和 (加大…治理力度和增设公交车停车点和停车次数): over no work nor plan, part two's lead-in says their matter
    after 围绕 (金明西街交通治理、公交车停车点和停车次数), not the title pasted as the bureau's step.
"""

from __future__ import annotations

from types import SimpleNamespace

import docx
import pytest
from helpers import comments_on, part_one, part_two_texts, seeds_draft, unit_workspace

from drafter.compose.asks import carried_on, concern_matter, parse_asks, short_topic
from drafter.compose.remit import doer_fields, named_doer
from drafter.workspace import load_workspace
from helpers import KAIFENG

TITLE = "关于加大金明西街交通治理力度和增设公交车停车点和停车次数的提案"
# hd67a's suggestion.txt.
SUGGESTION = (f"{TITLE}\n\n提案人：陶璟\n\n目前，我市机动车辆的停车位置比较紧张，机动车无序停放阻塞交通的现象较为突出，金明西街尤为明显。"
              "为此建议：\n一、加大金明西街交通治理力度，整治机动车无序停放、阻塞交通的现象。\n"
              "二、在金明西街沿线增设公交车停车点，并增加公交车停靠的次数。")
# seeds/2014-06-04_开封2014年新增4条公交线路.txt of hd67a (开封日报): its head and its first paragraph and the first sentence of its second.
BUS_LINES = ("河南:开封2014年新增4条公交线路\n\n发布时间:2014年06月04日 00:00 作者:刘杨 来源:开封日报\n\n"
             "    记者从开封市公交总公司获悉,在充分征集市民意见建议后,开封市出台了《2014年新开线路、优化线路草案》(以下简称《草案》),"
             "2014年计划新增4条公交线路,并对一些现有的运营线路进行调整,以消除“公交盲区”为重点,让偏远居民区的人们出门就能坐上公交车。\n\n"
             "    自4月份以来,开封市公交总公司通过多种方式就市民关心的开封公交线路网络整体布局及大型商贸区、住宅小区、旅游景点、高校、汽车站、"
             "火车站等区域的公交线路、站点设置等问题广泛听取民声、征求民意。\n")
# seeds/2021-04-28_五一假期增设临时停车位.txt of hd67a (映象网): its head and first paragraph (the bureau's 交警支队长 at the meeting).
PARKING = ("五一假期期间 开封市将增设3200多个临时停车位\n2021-04-28 11:09:43 来源:映象网\n\n"
           "为做好五一假期期间主要景区机动车停车管理工作,保障道路交通畅通,4月27日上午,开封市就五一假期期间主要景区机动车停车管理工作召开会议。"
           "开封市政府办公室副主任刘杰,开封市公安局党委委员、交警支队长徐桢以及市区相关部门负责人参加了当天的会议。\n")
SEEDS = {"2014-06-04_开封2014年新增4条公交线路.txt": BUS_LINES, "2021-04-28_五一假期增设临时停车位.txt": PARKING}
# The fact the bus company's line distils to (facts/2014-news-d42ae367.yaml of hd67a's base).
HEARING = ("自4月份以来，开封市公交总公司通过多种方式就市民关心的开封公交线路网络整体布局及大型商贸区、住宅小区、旅游景点、高校、汽车站、火车站"
           "等区域的公交线路、站点设置等问题广泛听取民声、征求民意。")
STOPS_MARK = "【待补充：在金明西街沿线增设公交车停车点方面的下一步举措（可商请市公交总公司提供）】"


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    return unit_workspace(tmp_path_factory.mktemp("hd67a") / "ws", *KAIFENG)


def test_f3_asks_a_title_joins_by_he_are_said_by_their_matter():
    topic = short_topic(TITLE)
    assert concern_matter(topic) == "金明西街交通治理、公交车停车点和停车次数"  # (was 金明西街交通治理力度和增设…)
    assert carried_on(topic, going=False) is None  # (was the title's core, 加大…力度和增设…停车次数, as the bureau's step)
    # a 和 inside one clause's object, or before a work's name, joins no asks (the same as before)
    assert concern_matter("加强人才培养和引进") == "人才培养和引进"
    assert concern_matter("加强历史建筑保护和修缮工作") == "历史建筑保护和修缮工作"
    assert carried_on("加强生态环境保护和修复", going=False) == "加强生态环境保护和修复"


def test_f1_the_unit_the_base_names_doing_an_asks_matter(ws):
    stops, traffic = parse_asks(SUGGESTION, TITLE)[::-1]
    assert doer_fields("开封市公交总公司") == ("公交",) and doer_fields("开封市某某科技有限公司") == ()
    heard = SimpleNamespace(text=HEARING)
    unit, named = named_doer(stops, [heard], ws, [])
    assert (unit, named) == ("市公交总公司", [heard])
    assert named_doer(traffic, [heard], ws, []) is None  # (its matter, 交通, is none of the company's name)
    assert named_doer(stops, [heard], ws, ["市公交总公司"]) is None  # (a co-handler: its part is asked already)
    # a fact on its field naming the bureau: the bureau works on it too
    ours = SimpleNamespace(text=HEARING.replace("开封市公交总公司", "开封市公安局交警支队"))
    assert named_doer(stops, [heard, ours], ws, []) is None


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    """hd67a's draft from the two seeds' lines, in parts (the bureau's default) and per ask."""
    out = {}
    for form in ("parts", "per_ask"):
        tmp_path = tmp_path_factory.mktemp(form)
        unit = unit_workspace(tmp_path / "ws", *KAIFENG)
        with open(unit.root / "drafter.yaml", "a", encoding="utf-8") as config:
            config.write(f"draft:\n  form: {form}\n")
        result, path = seeds_draft(tmp_path, load_workspace(unit.root), SEEDS, "193", TITLE, SUGGESTION, "--deputy", "陶璟",
                                   "--session", "市政协十二届四次会议", "--proposal", "--date", "2021-12-07")
        out[form] = result.output, path, docx.Document(str(path))
    return out


def test_f1_part_two_marks_the_unit_never_our_step(drafted):
    output, path, document = drafted["parts"]
    one, two = part_one(document), part_two_texts(document)
    assert any(p.startswith("【待补充：在金明西街沿线增设公交车停车点") and "可商请市公交总公司提供" in p for p in one), one
    assert two[1] == f"（二）{STOPS_MARK}", two  # (was （二）在金明西街沿线增设公交车停车点。【待补充：具体举措】)
    assert not any("我局将" in p and "增设" in p for p in (p.text for p in document.paragraphs)), two
    said = comments_on(path, "（二）【待补充：在金明西街沿线")
    assert any("市公交总公司承担" in c and "此处不写本单位的下一步" in c for c in said), said
    gap = comments_on(path, "【待补充：在金明西街沿线增设公交车停车点")
    assert any("开封2014年新增4条公交线路" in c and "站点设置" in c and "可商请市公交总公司提供" in c for c in gap), gap
    assert "“在金明西街沿线增设公交车停车点”在已收集的材料中由市公交总公司承担" in output, output


def test_f1_a_reply_per_ask_leads_the_mark_by_next_alone(drafted):
    _, _, document = drafted["per_ask"]
    texts = [p.text for p in document.paragraphs]
    assert f"下一步，{STOPS_MARK}" in texts, texts  # (was 下一步，我局将【待补充：…】)


def test_f3_the_lead_in_says_the_matter(drafted):
    _, _, document = drafted["parts"]
    texts = [p.text for p in document.paragraphs]
    assert "根据您的提案，下一步我局将围绕金明西街交通治理、公交车停车点和停车次数，重点做好以下工作：" in texts, texts
