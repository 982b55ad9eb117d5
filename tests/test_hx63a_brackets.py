"""hx63a: an ask's bracketed examples and the purpose clause closing it (held-out hd63a, 重庆市南川区林业局, 第96号建议 I1).

I1. A bracketed list of examples belongs to the noun before it (完善城郊森林消防基础设施（消防水池、取水设施、防火隔离带等）): the
    heading may leave it out, but no point, placeholder or part-two comment opens on the bracket cut from its noun (the
    placeholder was 【待补充：（消防水池、取水设施、防火隔离带等），提升…能力，保护…安全方面的工作情况…】, the comment quoted
    “（消防水池…），提升…安全。” as the ask's 做法). The bracket's items are the things it names (消防水池 too, not 基础设施（消防水池).
    A purpose clause closing an ask (提升城郊森林火灾扑救能力，保护人民群众生命财产安全) is no point, no placeholder's topic and
    nothing the ask proposes; a sentence proposing something keeps its aim, as the deputy wrote it.
"""

from __future__ import annotations

import docx
from helpers import comments_on, part_two_texts, seeds_draft, unit_workspace

from drafter.compose.asks import closing_aim, parse_asks

TITLE = "关于修建城郊森林防火通道的建议"
# hd63a's suggestion.txt (the 96号建议 as the bureau's reply restates it).
TEXT = ("关于修建城郊森林防火通道的建议\n\n南川城区依山而建，四面环山，城市面山区域（西城永隆山，南城笔架山、黄岩山，东城华尔山、凤顶山等）"
        "山体距离城区较近，山上林草茂盛，一旦发生森林火灾，极易造成重大损失。建议：一、在城郊面山区域修建森林防火通道；"
        "二、完善城郊森林消防基础设施（消防水池、取水设施、防火隔离带等），提升城郊森林火灾扑救能力，保护人民群众生命财产安全。\n")
# seeds/2023-04-20_黔江区林业局三防并举森林防火.txt of hd63a: its lead and 物防 paragraph (another district's work, no 我区's).
PAGE = ("本报讯(通讯员 陈海燕 龙小江)今年以来,黔江区林业局“三防并举”下好春夏森林防火先手棋,织密森林“防火网”、筑牢森林“防火墙”,"
        "切实维护森林资源安全。\n物防强保障。修复防火隔离带62.7公里,编制林区专项规划,稳步推进封闭成网的林火阻隔系统建设;"
        "拟新建消防水池25个,新增蓄水量2500立方米;新建标准化检查站5座,配备灭火弹、二号扑火工具等各类防灭火物资5000余件。\n")
SEED = "2023-04-20_黔江区林业局三防并举森林防火.txt"
BRACKET = "（消防水池、取水设施、防火隔离带等）"
AIMS = ("提升城郊森林火灾扑救能力", "保护人民群众生命财产安全")


def test_i1_the_bracket_is_its_nouns_and_the_closing_aims_no_points():
    _, ask = parse_asks(TEXT, TITLE)
    assert ask.phrase == "完善城郊森林消防基础设施"  # (the heading leaves the examples out)
    assert not any(p.startswith("（") or BRACKET in p for p in ask.points), ask.points  # (was the bracket as a point)
    assert ask.points_asked == []  # (the aims closing it: was both of them and the bracket)
    assert all(closing_aim(a) for a in AIMS)  # (保护…生命财产安全: was no aim)
    assert ask.measures == ""  # (nothing proposed after the heading: was “（消防水池…），提升…安全。”)
    assert ask.subjects == ["消防水池", "取水设施", "防火隔离带"]  # (the bracket's items; 消防水池 was lost to 基础设施（消防水池)
    # (a measure after the bracket is a point; its sentence, proposing something, keeps its aim as the deputy wrote it)
    _, more = parse_asks(TEXT.replace("等），", "等），加强专业扑火队伍建设，"), TITLE)
    assert more.points_asked == ["加强专业扑火队伍建设"]
    assert more.measures == "加强专业扑火队伍建设，提升城郊森林火灾扑救能力，保护人民群众生命财产安全。"


def test_i1_the_placeholder_and_the_next_steps_comment_keep_the_bracket_with_its_noun(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "重庆市南川区林业局", "区林业局", "南川区", "西城街道, 东城街道, 南城街道")
    _, out = seeds_draft(tmp_path, ws, {SEED: PAGE}, "96", TITLE, TEXT, "--deputy", "苟朝琼", "--session", "区十八届人大三次会议",
                         "--date", "2023-05-18")
    body = [p.text for p in docx.Document(str(out)).paragraphs]
    # (part one: the ask with its examples, no aim; was 【待补充：（消防水池、取水设施、防火隔离带等），提升…安全方面的…】)
    assert "【待补充：完善城郊森林消防基础设施（消防水池、取水设施、防火隔离带等）方面的工作情况及数据（注明年份）】" in body
    assert not any(f"：{BRACKET}" in t or f"【待补充：{AIMS[0]}" in t or AIMS[1] in t for t in body)
    item = next(t for t in part_two_texts(docx.Document(str(out))) if t.startswith("（二）"))
    assert item.startswith("（二）完善城郊森林消防基础设施。")
    notes = comments_on(out, "（二）完善城郊森林消防基础设施。")  # (part two's item, not part one's heading)
    assert notes and not any("“（" in n or "做法为：“提升" in n or AIMS[1] in n for n in notes), notes  # (was “（消防水池…）…安全。”)
