"""hx68d: three wordings stop 58 noticed (held-out hd62b, hd57b, hd57c; the fourth, hd67a's lead-in over work, hx68a did),
each on real lines.

1. A brand or a landmark named after the bureau's place keeps the name (栖霞苹果, 榆林长城: in_own_words said 我市苹果, 我市长城);
   the place's trade in its produce is still the place's own (栖霞苹果产业, 景德镇陶瓷电商平台: 我市…).
2. The safety of the pupils, teachers and children a school serves or of the patients a hospital does is an aim, as the residents'
   is (保障学生上学安全 was read as a point asked).
3. 科学, 有序 before a verb of work are manner words (科学编制…方案 was a thing named 科学编制…, no plan made).
"""

from __future__ import annotations

import docx
from helpers import APPLE_TEXT, APPLE_TITLE, part_one, seeds_draft, unit_workspace

from drafter.compose.asks import MAKING, closing_aim, parse_asks
from drafter.compose.select import thing_named

# seeds/2018-10-17_栖霞苹果艺术节开幕.txt of hd62b: its title and its first paragraph (its suggestion: helpers.APPLE_TEXT).
QIXIA_2018 = ("[城事] 【关注】烟台栖霞十七届苹果艺术节暨首届“农民丰收节”启动\n\n发表于 2018-10-17 09:17 | 显示全部楼层 |阅读模式\n\n"
              "十月的栖霞,硕果累累。第十七届中国·山东栖霞苹果艺术节暨庆祝中国首届“农民丰收节”今日开幕,来自葡萄牙、西班牙、美国等多国的"
              "驻华使节齐聚“果都”,为栖霞颁授“世界苹果之城”“全球驻华大使馆指定专用水果”两块牌匾,栖霞苹果再添金字招牌。\n")


def test_1_a_brand_or_landmark_named_after_the_place_keeps_its_name(tmp_path):
    qixia = unit_workspace(tmp_path / "qixia", "栖霞市农业农村局", "市农业农村局", "栖霞市")
    # (hd62b's ask 三; its reply: 实施栖霞苹果自主品种选育计划 — was 开展我市苹果自主品种选育)
    assert qixia.in_own_words("开展栖霞苹果自主品种选育") == "开展栖霞苹果自主品种选育"
    assert qixia.in_own_words("加快栖霞苹果产业发展") == "加快我市苹果产业发展"  # (the suggestion's own 我市苹果产业)
    assert qixia.in_own_words("推动栖霞市苹果产业高质量发展") == "推动我市苹果产业高质量发展"
    yulin = unit_workspace(tmp_path / "yulin", "榆林市文化和旅游局", "市文化和旅游局", "榆林市")
    # (hd57b's ask 三; its reply: 树立“万里长城穿大漠”榆林长城品牌 — was 打造我市长城…)
    assert yulin.in_own_words("打造榆林长城边塞文化旅游品牌") == "打造榆林长城边塞文化旅游品牌"
    assert yulin.in_own_words("统一规划建设榆林边塞文化旅游走廊") == "统一规划建设我市边塞文化旅游走廊"  # (as before)
    jingdezhen = unit_workspace(tmp_path / "jdz", "景德镇市商务局", "市商务局", "景德镇市")
    assert jingdezhen.in_own_words("规范景德镇陶瓷电商平台利润分配") == "规范我市陶瓷电商平台利润分配"  # (hd53a, as before)


def test_1_the_placeholder_of_the_ask_keeps_the_brand(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "栖霞市农业农村局", "市农业农村局", "栖霞市", "翠屏街道, 庄园街道, 桃村镇")
    _, out = seeds_draft(tmp_path, ws, {"2018-10-17_栖霞苹果艺术节开幕.txt": QIXIA_2018}, "1802016", APPLE_TITLE, APPLE_TEXT,
                         "--deputy", "衣世龙", "--date", "2023-08-10")
    said = part_one(docx.Document(str(out)))
    assert any("开展栖霞苹果自主品种选育" in t for t in said), said
    assert not any("我市苹果自主品种" in t for t in said), said


# A 政协 proposal as 朝阳报 reports it (video.bjchy.gov.cn, 2024-01-10: 郑丹娜's 《有关学校旁马路加设斑马线或红绿灯》), its
# sentences on the crossing and its ask.
CROSSING_TITLE = "有关学校旁马路加设斑马线或红绿灯"
CROSSING_TEXT = (f"{CROSSING_TITLE}\n\n校门口马路对面就是公交站，每天有不少学生乘坐公交车上学，公交车站与学校之间没有斑马线、红绿灯，"
                 "孩子们过马路很危险。建议在学校周边道路加划斑马线或添加简易的自助式红绿灯，保障学生上学安全。\n")


def test_2_the_safety_of_pupils_kept_is_an_aim_no_point():
    ask, = parse_asks(CROSSING_TEXT, CROSSING_TITLE)
    assert ask.points_asked == ["在学校周边道路加划斑马线或添加简易的自助式红绿灯"], ask.points_asked  # (was …, 保障学生上学安全)
    assert closing_aim("保障学生上学安全") and closing_aim("保障人民群众生命财产安全")


def test_3_method_adverbs_before_a_verb_are_manner_words():
    ask = "科学编制城市内涝治理系统化方案"  # (hd57c's ask 一)
    assert MAKING.match(ask) and MAKING.match(ask)["verb"] == "编制"  # (a plan made, as 编制…方案 is)
    assert thing_named(ask) == thing_named("编制城市内涝治理系统化方案") == "内涝治理系统化方案"  # (was the whole phrase)
    assert thing_named("加强科学普及工作") == "科学普及工作"  # (a noun 科学 opens stays)
    assert thing_named("合理拨付文物保护专项经费") == "合理拨付文物保护专项经费"  # (a standard asked: hd29b's ask, as before)

