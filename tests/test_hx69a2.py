"""hx69a2: findings of the held-out test hd69a (昆明市东川区文化和旅游局), each on its seed's real lines.

1. A page written one phrase per line with no full stops (a reposted item: 这条公路于2017年1月开工建设 / 止于…附近 / 道路全长39.47千米)
   has a body: its phrases are joined into sentences (was: no body, 0 facts).
2. A 图片来源：… caption inside a long paragraph makes no line of who posted the page (POSTED_FIELDS only at a line's start, or a
   short line).
3. A file of text in which no body is read is said so by distill (未读出正文), never 0 facts unsaid.
"""

from __future__ import annotations

from click.testing import CliRunner
from helpers import distil, first_saying, unit_workspace

from drafter.cli import cli
from drafter.distill.structure import posted_line

DONGCHUAN = ("昆明市东川区文化和旅游局", "区文化和旅游局", "东川区")
# seeds/2019-06-01_东格高速与东川旅游.txt of hd69a, in its traditional characters: lines 11–21.
PHRASES = ("經過兩年多的建設\n東格高速公路將于下月試通車\n東川將成為滇中城市群連接四川\n和重慶的重要高速路網節點\n圖片來源:青柳\n"
           "如今\n東格高速公路正在加緊建設\n這條公路于2017年1月開工建設\n順接功東高速\n止于東川區拖布卡鎮格勒村附近\n道路全長39.47千米\n")


def test_1_a_page_of_one_phrase_a_line_has_a_body_of_sentences(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *DONGCHUAN), PHRASES, "2019-06-01_东格高速与东川旅游.txt")
    road = first_saying(ff.facts, "39.47千米")
    assert "这条公路于2017年1月开工建设，顺接功东高速，止于东川区拖布卡镇格勒村附近，道路全长39.47千米" in road.text
    assert "2017年1月" in road.text
    # (a phrase running on into the next joins it with no comma; the caption is no part of any)
    assert "连接四川和重庆的重要高速路网节点" in first_saying(ff.facts, "东格高速公路将于下月试通车").text
    assert not any("图片来源" in f.text for f in ff.facts)


def test_2_a_caption_inside_a_paragraph_is_no_posted_line():
    # (a 图片来源 caption run into a paragraph of the same page, its lines joined)
    paragraph = ("东格高速是云南进入川渝的主要通道之一，也是昆明市骨架路网的重要组成部分。图片来源：青柳 经过两年多的建设，"
                 "东格高速公路将于下月试通车，东川将成为滇中城市群连接四川和重庆的重要高速路网节点。")
    assert not posted_line(paragraph)
    assert posted_line("图片来源：青柳")
    assert posted_line("杨某   发布时间：2014-01-14 11:15:00   来源：某某县人民政府网")


def test_3_a_file_with_no_body_read_is_said(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *DONGCHUAN)
    (tmp_path / "seeds").mkdir()
    # (the page's headings and captions alone: 白鹤滩库区建设 / 图片来源：竣皓爱摄)
    (tmp_path / "seeds" / "2019-06-01_东川旅游.txt").write_text("白鹤滩库区建设\n图片来源：竣皓爱摄\n", "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "seeds")])
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "未读出正文" in line]
    assert len(said) == 1 and "2019-06-01_东川旅游.txt" in said[0]


# seeds/2007-06-01_东川旅游指南.txt of hd69a: its head and first paragraph.
GUIDE = ("你好,游客 登录 注册 搜索\n背景:\n阅读新闻\n\n东川旅游指南\n\n[日期:2007-06-01] 来源:新浪网  作者: [字体: ]\n  一、 神游东川天上轿子\n\n"
         "  “天上轿子”(轿子山)位于东川区西部,古称“绛云露山”,南诏仿中原封岳而称之“东岳”,属乌蒙山余脉拱王山系。\n\n"
         "  这里蔡萃了山的雄奇、水的秀丽、花的浪漫、树的挺拔。远眺所及的海拔4344米的“滇中第一高峰”雪火岭,近之所观是传说中称为彝族发源地的落鹰山诸峰峰峦都是那么巍峨俊秀,充满英姿。\n")


def test_4_a_guests_login_bar_is_no_title(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *DONGCHUAN), GUIDE, "2007-06-01_东川旅游指南.txt")
    assert ff.source.title == "东川旅游指南"
