"""h316: findings of the held-out test hd57c (汕尾市住房和城乡建设局, 市八届人大五次会议第34号建议《关于汕尾市政内涝治理的建议》,
会同市水务局、市自然资源局、市应急管理局).

1. The title said in the bureau's own words read 汕尾市|政 where the text is 汕尾|市政: 下一步我局将围绕我市政内涝治理. A word the
   level character opens (市政, 市民, 市场…: grammar.LEVEL_OPENED) stays whole after the place said 我市: 我市市政内涝治理.
2. 市自然资源局, named by no ask, was asked for material in each of the four sections; a clerk asks a co-handler once. And
   市水务局, named only as one entry of a list of departments (住建、城管、水务、应急管理…等部门职责分工), was said to be named
   by that ask: it is asked there once, as one of the departments listed, not for matters the ask names as its.

The suggestion is the tester's restatement of the asks (hd57c's suggestion.txt); the base is one real page of its seeds
(seeds/2024-03-15_汕尾市2023年计划执行情况与2024年计划草案的报告.txt, its head and first paragraph), which holds
nothing on 内涝.
"""

from __future__ import annotations

import json
from collections import Counter

import docx
import pytest
from click.testing import CliRunner

from drafter.cli import cli
from helpers import part_one, seeds_draft, sections, unit_workspace

TITLE = "关于汕尾市政内涝治理的建议"
SUGGESTION = """关于汕尾市政内涝治理的建议

提出人：张浚莹

近年来，汕尾市区每逢强降雨，部分路段和低洼片区积水严重，市政排水设施能力不足、管网老化，城市内涝问题影响群众出行和生命财产安全。为此建议：
一、科学编制城市内涝治理系统化方案，评估排水防涝能力，找准内涝成因，谋划储备一批内涝治理项目并落实实施单位。
二、建立多部门协作机制，明确住建、城管、水务、应急管理、气象、交通运输、公安等部门职责分工，统筹做好排水防涝和应急处置工作。
三、全面排查排水防涝设施薄弱环节和易涝积水点，开展城市内涝风险评估，编制内涝风险图。
四、加快排水管网、泵站等排水防涝设施建设改造，结合城镇老旧小区改造推进源头减排，构建“源头减排、管网排放、蓄排并举、超标应急”的城市排水防涝工程体系。
"""
PLAN_REPORT = """广东汕尾市:2024年加强生态环境保护,打造人与自然和谐共生的汕尾样板

日期:2024-03-15    来源:国际能源网

国际能源网获悉,近日,广东汕尾市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告发布。

内容提到,加强大气污染防治和气候应对监管能力建设,强化重点时段臭氧污染防控,持续改善空气质量。深入推进东溪河等重点流域综合治理,强化地下水环境质量目标管理。持续加强固体废物规范化管理,加快推进“无废城市”建设。加强品清湖生态环境综合治理,推进遮浪港等美丽海湾建设。大力提升生态环境监测能力,加强生态环境执法效能。
"""
CO_HANDLERS = ("市水务局", "市自然资源局", "市应急管理局")


def _shanwei(tmp_path, fields: str = ""):
    ws = unit_workspace(tmp_path / "ws", "汕尾市住房和城乡建设局", "市住房城乡建设局", "汕尾市", "城区, 海丰县, 陆丰市, 陆河县")
    if fields:
        with open(ws.root / "drafter.yaml", "a", encoding="utf-8") as config:
            config.write(fields)
        from drafter.workspace import load_workspace

        ws = load_workspace(ws.root)
    return ws


def _draft(tmp_path, fields: str = ""):
    options = ["--deputy", "张浚莹", "--session", "市八届人大五次会议", "--date", "2024-06-28",
               *(w for unit in CO_HANDLERS for w in ("--with", unit))]
    _, out = seeds_draft(tmp_path, _shanwei(tmp_path, fields), {"2024-03-15_汕尾市2023年计划执行情况与2024年计划草案的报告.txt": PLAN_REPORT},
                         "34", TITLE, SUGGESTION, *options)
    return out


@pytest.mark.parametrize("said, own", [
    ("汕尾市政内涝治理", "我市市政内涝治理"),  # (市政: municipal works)
    ("保障汕尾市民出行", "保障我市市民出行"),
    ("强化汕尾市场监管", "强化我市市场监管"),
    ("整治汕尾市容市貌", "整治我市市容市貌"),
    ("完善汕尾市级财政投入机制", "完善我市市级财政投入机制"),
    # the level's own organs and what is within it are the place and a word after it
    ("汕尾市政府", "我市政府"), ("汕尾市政协", "我市政协"), ("汕尾市民政局", "我市民政局"), ("汕尾市民营经济", "我市民营经济"),
    ("治理汕尾市内涝", "治理我市内涝"), ("发展汕尾市直播电商", "发展我市直播电商"),
])
def test_a_word_the_level_character_opens_stays_whole(tmp_path, said, own):
    assert _shanwei(tmp_path).in_own_words(said) == own


def test_the_title_said_in_the_bureaus_words_keeps_its_municipal_works(tmp_path):
    paragraphs = [p.text for p in docx.Document(str(_draft(tmp_path))).paragraphs]
    assert any("下一步我局将围绕我市市政内涝治理" in p for p in paragraphs), paragraphs
    assert not any("我市政内涝" in p for p in paragraphs), paragraphs


def test_each_co_handler_is_asked_once(tmp_path):
    """市自然资源局 (no ask names its field) is asked for its part once, after the asks' sections; 市应急管理局 under the ask
    saying 应急处置 in a clause of its own; 市水务局 under the ask listing 水务 among the departments, its comment saying so."""
    out = _draft(tmp_path)
    one = part_one(docx.Document(str(out)))
    marks = {unit: [p for p in one if f"【待{unit}提供：" in p] for unit in CO_HANDLERS}
    assert marks["市自然资源局"] == ["（五）【待市自然资源局提供：小标题】",
                                   "【待市自然资源局提供：市自然资源局承办部分的工作情况及数据（注明年份）】"], one
    parts = sections(docx.Document(str(out)))
    listing = parts["建立多部门协作机制"]
    assert [p for p in listing if "提供：" in p] == [
        "二是【待市水务局提供：建立多部门协作机制方面的工作情况及数据（注明年份）】",
        "三是【待市应急管理局提供：统筹做好排水防涝和应急处置工作方面的工作情况及数据（注明年份）】"], listing
    notes = [c.text for c in docx.Document(str(out)).comments]
    assert any(n.startswith("此项留待市水务局的会办意见：建议在本项下将其列为有关部门之一") for n in notes), notes
    assert any(n.startswith("此项留待市应急管理局的会办意见：建议在本项下提到了其承办的事项") for n in notes), notes
    listed = CliRunner().invoke(cli, ["-w", str(tmp_path / "ws"), "requests", str(out), "--json"])
    assert listed.exit_code == 0, listed.output
    counts = Counter({u["unit"]: u["count"] for u in json.loads(listed.output)["units"]})
    assert [counts[unit] for unit in CO_HANDLERS] == [1, 1, 1], counts


def test_a_co_handlers_field_in_drafter_yaml_places_it_nearest(tmp_path):
    """A field drafter.yaml gives 市水务局 (源头减排) said by ask 四 in a clause of its own puts its one placeholder there, before
    the ask that lists 水务 among the departments (as many mentions: the one saying its field wins)."""
    out = _draft(tmp_path, "other_fields:\n  市水务局: [源头减排, 海绵城市]\n")
    parts = sections(docx.Document(str(out)))
    water = {h: [p for p in ps if "【待市水务局提供：" in p] for h, ps in parts.items()}
    assert [(h, len(ps)) for h, ps in water.items() if ps] == [("加快排水管网、泵站等排水防涝设施建设改造", 1)], parts
