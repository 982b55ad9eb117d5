"""hx62d: a repost's date, forum chrome and field values — held-out findings hd62a (温州市洞头区交通运输局) and hd62b (栖霞市农业
农村局), each on its seed's real lines.

a. (H1) A repost's header timestamp (時間: 2021-4-12 17:01) does not date a page whose lede names its day (水母網10月16日讯) when
   the file's name agrees with it (2020-10-16_…): the page is of 2020-10-16, its facts 2020's (were 2021's, 2020年品牌價值 too); a
   lede's dateline outranks a reposting header without the name too (the last such day up to the header's), where the header
   is two months after it or more.
b. (H2) A forum's chrome is clutter: its login wall (您需要 登录 才可以下载或查看,没有账号?中文注册 — no □ for its ?), a board's tag at a
   title's head ([城事], [浙江]), a print button at a title's end in traditional characters ([打印本頁]).
c. (GD1) The line under a field's name alone (  • 发布机构: /   • 区府办(外事办、大数据发展管理局)) is that field's value: no fact.
d. (GD2) A 政府工作报告 reposted on a forum is titled without the board's tag, and is its government's: the title names it, or the
   head delivering it (温州市洞头区区长  何莉平); never the office a page's 发布机构 names.
e. (H5) What an event's guests will do there (出席…的驻华使节还将担任…形象大使) is no plan.
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.metadata import _government_of_head
from drafter.model import PLAN
from drafter.read.clean import is_chrome, strip_inline_chrome

QIXIA = ("栖霞市农业农村局", "市农业农村局", "栖霞市", "")
DONGTOU = ("温州市洞头区交通运输局", "区交通运输局", "洞头区", "北岙街道, 东屏街道, 元觉街道, 霓屿街道, 灵昆街道, 大门镇, 鹿西乡")

# seeds/2020-10-16_好山好水好苹果新天新地新栖霞.txt of hd62b: its head and first paragraphs.
REPOST = """台灣好山好水

標題: 專题 | 好山好水好苹果 新天新地新栖霞 [打印本頁]

作者: admin    時間: 2021-4-12 17:01
標題: 專题 | 好山好水好苹果 新天新地新栖霞
牟氏庄园。

水母網10月16日讯( 通信員 言芳 倩倩 柏磊 丙翠)金秋時节,一脚踏進栖霞,满眼便是红遍果园的累累硕果。

“果都”栖霞,地处苹果种植的“黄金地带”,既是烟台苹果的焦點產區,具有百年苹果莳植汗青;又是中國苹果優良品种引進和现代出產技能的先导區、初始地。栖霞苹果被全世界大使馆、上合组织青島峰會指定為專用瓜果,2020年品牌價值达66.31亿元。

近几年,栖霞市秉持绿色成长理念,深挖深挚的文化資本,成长起独具特點的生態财產,激起出绿色成长的勃勃朝气。
"""
# seeds/2018-10-17_栖霞苹果艺术节开幕.txt of hd62b: a forum's head and the post's first paragraphs.
FORUM = """找回密码
 中文注册

QQ登录

只需一步,快速开始

搜索
查看: 3144|回复: 0

[城事] 【关注】烟台栖霞十七届苹果艺术节暨首届“农民丰收节”启动

[复制链接]
发表于 2018-10-17 09:17 | 显示全部楼层 |阅读模式

马上注册,结交更多好友,享用更多功能,让你轻松玩转前线论坛。

您需要 登录 才可以下载或查看,没有账号?中文注册

×

十月的栖霞,硕果累累。第十七届中国·山东栖霞苹果艺术节暨庆祝中国首届“农民丰收节”今日开幕,来自葡萄牙、西班牙、美国等多国的驻华使节齐聚“果都”,为栖霞颁授“世界苹果之城”“全球驻华大使馆指定专用水果”两块牌匾,栖霞苹果再添金字招牌。出席第十七届苹果艺术节的驻华使节还将担任“中国·栖霞苹果推介全球形象大使”,通过自身影响力与传播力,向世界推介栖霞和栖霞苹果。




中国苹果看烟台,烟台苹果看栖霞。位于胶东半岛腹地的栖霞市,地处北纬37°苹果种植“黄金地带”,是烟台苹果优势主产区和核心区,相继获得“中国苹果之都”“全国优质苹果生产基地”“中国果菜无公害十强市”“全国现代苹果产业10强县(市)”等荣誉称号。
"""
# seeds/2020-12-15_洞头区2019年政府工作报告.txt of hd62a: its head and first paragraph.
FIELDS = """2019年政府工作报告

发布日期:2020-12-15 09:13:50 浏览次数: 来源: 字体:[ ]
  • 索引号:
  • 001008003006/2020-51037
  • 组配分类:
  • 政府工作报告
  • 发布机构:
  • 区府办(外事办、大数据发展管理局)
  • 成文日期:
  • 2020-12-15
  • 公开方式:
  • 主动公开


一、2018年主要工作回顾

2018年是改革开放40周年、海上花园建设15周年。一年来,面对错综复杂的外部环境和艰巨繁重的改革发展任务,在中共洞头区委的坚强领导下,区政府坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大和区第一次党代会精神,坚持海上花园建设目标不动摇,积极践行新发展理念,全面聚焦高质量发展,深入实施“三区”战略,强担当、抓落实,经济社会发展取得新成绩。全区实现地区生产总值101.15亿元,同比增长8.9%;一般公共预算收入8.18亿元,增长15.1%增幅连续三年全市第一;城乡居民人均可支配收入分别为45407元和27130元,分别增长8.4%和9.2%
"""
# seeds/2023-02-14_洞头区政府工作报告2023.txt of hd62a: a forum's head over the report, and its first paragraphs.
FORUM_REPORT = """设为首页收藏本站
查看: 441|回复: 0

[浙江] 2023年温州市洞头区政府工作报告

[复制链接]
  • TA的每日心情
    开心
    昨天 16:51
  • 签到天数: 717 天

    [LV.9]以坛为家II
    发表于 2023-5-31 19:37:13 | 显示全部楼层 |阅读模式
    2023年温州市洞头区政府工作报告
    ——2023年2月14日在温州市洞头区第十五届人民代表大会第二次会议上
      温州市洞头区区长  何莉平
      各位代表:
      现在,我代表区人民政府向大会报告工作,请予审议,并请区政协委员和其他列席人员提出意见。
      一、2022年工作回顾
      2022年是党和国家历史上具有里程碑意义的一年,也是本届政府的开局之年。一年来,我们坚持以习近平新时代中国特色社会主义思想为指导,全面落实“疫情要防住、经济要稳住、发展要安全”重要要求,在市委、市政府和区委的坚强领导下,在区人大和区政协的监督支持下,各项事业发展迈上新台阶。实现地区生产总值137.2亿元(含海经区),同比增长5.4%;一般公共预算收入10.62亿元,增长3.3%;
"""


def test_a_a_ledes_dateline_dates_a_repost_over_its_header(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *QIXIA)
    ff = distil(tmp_path, ws, REPOST, "2020-10-16_好山好水好苹果新天新地新栖霞.txt")
    assert ff.source.date == "2020-10-16"  # (was 2021-04-12, the repost's 時間)
    assert first_saying(ff.facts, "深挖深挚的文化").period.year == 2020  # (was 2021)
    assert first_saying(ff.facts, "66.31亿元").period.year == 2020
    # (no file name's day: the lede's day, the last up to the header's — 10月16日 before 2021-4-12 is 2020's)
    ff = distil(tmp_path, ws, REPOST, "好山好水好苹果.txt")
    assert ff.source.date == "2020-10-16"
    # (a page posted the day after its lede's day is dated as posted: no repost)
    ff = distil(tmp_path, ws, REPOST.replace("2021-4-12 17:01", "2020-10-17 08:30"), "好山好水好苹果.txt")
    assert ff.source.date == "2020-10-17"


def test_b_a_forums_login_wall_board_tag_and_print_button_are_clutter(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *QIXIA), FORUM, "2018-10-17_栖霞苹果艺术节开幕.txt")
    assert not [f.text for f in ff.facts if "登录" in f.text or "注册" in f.text or "□" in f.text or "[城事]" in f.text]
    assert ff.source.title == "【关注】烟台栖霞十七届苹果艺术节暨首届“农民丰收节”启动"
    assert first_saying(ff.facts, "十月的栖霞").text.startswith("十月的栖霞")
    assert is_chrome("您需要 登录 才可以下载或查看,没有账号?中文注册")
    assert not is_chrome("没有账号?可到政务服务窗口现场办理。")  # (a sentence on accounts is no wall)
    assert strip_inline_chrome("標題: 專题 | 好山好水好苹果 新天新地新栖霞 [打印本頁]") == "標題: 專题 | 好山好水好苹果 新天新地新栖霞"
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws2", *QIXIA), REPOST, "2020-10-16_好山好水好苹果新天新地新栖霞.txt")
    assert "打印" not in ff.source.title


def test_c_the_line_under_a_fields_name_is_its_value_no_fact(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *DONGTOU), FIELDS, "2020-12-15_洞头区2019年政府工作报告.txt")
    assert not [f.text for f in ff.facts if "区府办" in f.text or f.text in ("政府工作报告", "主动公开")]
    assert first_saying(ff.facts, "101.15亿元").section == ["一、2018年主要工作回顾"]
    assert ff.source.issuer == "区政府"  # (never the office posting it, 发布机构's 区府办; the base names it 洞头区政府)


def test_d_a_government_report_on_a_forum_is_titled_without_its_tag_and_is_its_governments(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *DONGTOU), FORUM_REPORT, "2023-02-14_洞头区政府工作报告2023.txt")
    assert ff.source.title == "2023年温州市洞头区政府工作报告"  # (was [浙江] 2023年…)
    assert ff.source.issuer == "温州市洞头区政府"  # (was none)
    assert ff.source.date == "2023-02-14"  # (its own dateline, not the post's 2023-5-31)
    # (the head delivering it names it where the title does not)
    assert _government_of_head(["2023年政府工作报告", "温州市洞头区区长 何莉平"]) == "温州市洞头区人民政府"
    assert _government_of_head(["大理市人民政府市长 严启红"]) == "大理市人民政府"
    assert _government_of_head(["市局局长 王某某"]) is None


def test_e_what_an_events_guests_will_do_is_no_plan(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *QIXIA), FORUM, "2018-10-17_栖霞苹果艺术节开幕.txt")
    assert first_saying(ff.facts, "形象大使").kind != PLAN  # (was a plan)
