"""hx69a1: an ask naming a particular thing keeps it in its heading (held-out hd69a, fault A).

政协东川区第77号提案《关于增加和创造文化内涵，推动旅游业发展的建议》 asks first for 增加和创造金东大桥及金沙江沿线大江大湖旅游资源的
文化内涵: its first clause (29 characters) was too long for a heading and no shorter saying of it was found, so the title's
增加和创造文化内涵，推动旅游业发展 headed it and its placeholder, 金东大桥 said nowhere. Its heading now keeps the thing, said
shorter by its first verb of the pair (增加…); the title heads no ask that names the title's matter of a thing of its own.
"""

from __future__ import annotations

from helpers import page_draft, unit_workspace

from drafter.compose.asks import _headed_by_title, parse_asks

TITLE = "关于增加和创造文化内涵，推动旅游业发展的建议"
# The suggestion's text (/work/wt/hd69a/suggestion.txt), as the proposer wrote it.
SUGGESTION = ("关于增加和创造文化内涵，推动旅游业发展的建议\n\n东川拥有金沙江大江大湖旅游资源，这是昆明市几乎独有的旅游资源。但作为昆明市几乎独有的"
              "大江大湖旅游资源，金东大桥只有景观，没有文化内涵。文化是旅游的灵魂，旅游是文化的载体，缺少文化内涵制约了东川旅游业的转型升级。\n\n"
              "为此建议：\n一、增加和创造金东大桥及金沙江沿线大江大湖旅游资源的文化内涵，丰富景观的文化元素。\n"
              "二、推动文化与旅游融合发展，以文化内涵带动东川旅游业转型升级。\n")
FIRST = "增加和创造金东大桥及金沙江沿线大江大湖旅游资源的文化内涵，丰富景观的文化元素。"
# seeds/2007-06-01_东川旅游指南.txt of hd69a: its headline, byline and first section.
GUIDE = ("东川旅游指南\n\n[日期:2007-06-01] 来源:新浪网  作者:\n  一、 神游东川天上轿子\n\n  “天上轿子”(轿子山)位于东川区西部,古称“绛云露山”,"
         "南诏仿中原封岳而称之“东岳”,属乌蒙山余脉拱王山系。景区资源丰富,类型多。\n\n  景区由:天上轿子、南天门、天然杜鹃园、天上人家、天外来河、"
         "晓光田园等景区构成。\n")


def test_the_ask_on_the_bridge_is_headed_by_it_not_by_the_title():
    first, second = parse_asks(SUGGESTION, TITLE)
    assert first.text == FIRST and "金东大桥" in first.phrase  # (was 增加和创造文化内涵，推动旅游业发展)
    assert first.phrase == "增加金东大桥及金沙江沿线大江大湖旅游资源的文化内涵" and len(first.phrase) <= 25
    assert second.phrase == "推动文化与旅游融合发展"


def test_the_titles_core_heads_no_ask_naming_its_matter_of_a_thing_of_its_own():
    heading = _headed_by_title(FIRST, TITLE, [])
    assert heading and "增加和创造文化内涵" not in heading and "金东大桥" in heading


def test_the_drafts_heading_names_the_bridge(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "昆明市东川区文化和旅游局", "区文化和旅游局", "东川区", "铜都街道, 汤丹镇, 拖布卡镇")
    _, document = page_draft(tmp_path, ws, GUIDE, SUGGESTION, "77", TITLE, "--proposal", "--date", "2020-11-24",
                             name="2007-06-01_东川旅游指南.txt")
    text = "\n".join(p.text for p in document.paragraphs)
    assert "金东大桥" in text
    assert "增加和创造文化内涵，推动旅游业发展方面" not in text
    assert any("金东大桥" in p.text and len(p.text) <= 40 for p in document.paragraphs)  # a heading, not the proposal's text
