"""hx61d1: a page's date, title and clutter — held-out findings hd61a (大理州卫生健康委员会) and hd61b (霞浦县农业农村局), each on
its seed's real lines.

a. A reposted 政府工作报告 is dated by its own dateline — ――2019年12月29日在…会议上 (its dashes horizontal bars), or （2022年1月23日）
   under its speaker's name — not by the reposting site's 发布时间 or timestamp (was 2021-07-27, 2022-08-04); the site's line of its
   name, the time and its column (公文搜 2021-07-27 17:49:24 政府报告) is no title: the report's own line is, its (全文) after its kind.
b. A comment board's rules under 留言须知 are clutter (were facts, some done).
c. A paper's page label, issue line and its list of headlines run together are no fact; the paper's masthead no title (was
   大理时讯多媒体数字报纸, and the list a done fact of 常务会议 六十一次, 图片新闻 大理市市民基本文明行为 15条).
d. A mark stamped at many line ends (7rw) is stripped from headings and text.
e. A photo's caption (△寿宁青葱满眼高山茶 卓仕尉 摄) is never the title, nor words before a place's short name in a file's name a
   place (闽东茶产业宁德霞浦…: the page, on 宁德市's tea, is 宁德市's).
f. 随处可见市政协委员 names no place 随处可见市.
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.places import places_in
from drafter.read.clean import is_chrome
from helpers import XIAPU

DALI = ("大理白族自治州卫生健康委员会", "州卫生健康委", "大理州", "大理市, 漾濞县, 祥云县, 宾川县, 弥渡县, 南涧县, 巍山县, 永平县")

# seeds/2019-12-29_2020年霞浦县政府工作报告.txt of hd61b: its head, to its first section's opening.
XIAPU_REPORT = """(福建省)2020年霞浦县人民政府工作报告(全文)
公文搜 2021-07-27 17:49:24 政府报告
(福建省)2020年霞浦县人民政府工作报告(全文) 政府工作报告7rw ――2019年12月29日在霞浦县第十七届人民代表大会第四次会议上7rw 霞浦县人民政府代
(福建省)2020年霞浦县人民政府工作报告(全文)
政府工作报告7rw
――2019年12月29日在霞浦县第十七届人民代表大会第四次会议上7rw
霞浦县人民政府代县长 陈贵裕7rw
各位代表:7rw
现在,我代表霞浦县人民政府向大会报告政府工作,请予审议,并请各位政协委员
和列席人员提出意见。7rw
一、2019年工作回顾7rw
即将过去的一年,是霞浦坚持高质量发展落实赶超、决胜全面建成小康社会的重要
一年。预计全年地区生产总值增长8.3%;固定资产投资(
不含农户)增长20%;公共财政总收入12.77亿元,下降2.4%,地方公共财政收入8.58亿元
,下降4.3%。7rw
一年来的主要工作和成效是:7rw
(一)发展支撑持续增强。一湾两半岛开发有新进展。主动融入环三都澳大湾区建设
布局,福宁湾、溪南半岛和东冲半岛加快开发建设。
"""
# seeds/2022-01-23_大理市政府工作报告.txt of hd61a: its head and first paragraphs.
DALI_REPORT = """发布时间:2022-08-04 00:15   责任编辑:www
大理市人民政府市长 严启红
(2022年1月23日)
各位代表:
现在,我代表市人民政府,向大会报告政府工作,请予审议,并请市政协委员和列席同志提出意见。
一、2021年和九届人民政府工作回顾
2021年是中国共产党成立100周年,是“十四五”开局之年。2021年,全市预计完成地区生产总值517.5亿元、增长6%;一般公共预算收入36.85亿元。一年来,我们主要开展了以下工作:
"""
# seeds/2020-05-27_大理市政协委员报到.txt of hd61a: its last paragraphs, the credits and the comment board closing it.
BOARD = """市政协九届四次会议于5月27日至29日在下关召开。5月26日上午,来自全市各行各业的政协委员肩负全市人民的重托,带着认真履职的责任和参政议政的热情,陆续前来向大会报到,积极建言献策、服务发展。
在报到现场,随处可见市政协委员就各种民生问题展开讨论,每一个话题代表着一个群体的声音。政协委员们表示,将以高度的责任感、使命感认真履行人民赋予的职责,把老百姓的心里话带到会上。
记者 彭黎明 戴向晖 杨 雨
我要评报 隐藏留言须知
2.大理时讯拥有管理笔名和留言的一切权力。
3.您在大理时讯留言板发表的言论,大理时讯有权在网站内转载或引用。
4.如您对管理有意见请向 留言板管理员 或 大理时讯网络中心 反映。
"""
# seeds/2020-10-14_大理市政协重点提案督办.txt of hd61a: its head and first paragraph.
EPAPER = """大理时讯多媒体数字报纸

2020年10月14
星期三 第1698期

大理时讯时政要闻 更好肩负起新时代的职责使命 严启红主持召开市政府九届六十一次常务会议 图片新闻 大理市市民基本文明行为15条 市政协开展重点提案督办

第1版:时政要闻 PDF原版PDF下载

市政协开展重点提案督办

2020 年 10 月 14 日 星期三 阅读:54

近日,市政协重点提案督办组对2020年重点提案《关于提高重特大传染病防治能力的提案》办理情况开展督办。
"""
# seeds/2021-03-01_闽东茶产业宁德霞浦长春元宵茶.txt of hd61b: its caption and first paragraphs.
CAPTIONED = """△寿宁青葱满眼高山茶 卓仕尉 摄
峰连天际处,茶香绕山间。
初春时节,记者在霞浦县长春镇莲花山社区茶山看到,一丛丛茶树犹如五线谱般在山间延伸开来,采茶人像是一个个流动的音符,游走于茶山之间,采摘新鲜的元宵茶叶。
一壶煮尽千秋事,半盏茶香荡古今。闽东是著名的茶叶之乡,有着悠久的产茶历史,茶产业规模大,品种资源丰富。茶叶是宁德市农业支柱产业和重要的民生产业之一,闽东历史岁月的每一帧画面,几乎都飘荡着幽幽茶香。
近年来,宁德市茶产业的发展不断翻开新的篇章,茶叶生产规模、茶园面积都在不断扩大,茶叶产量、品牌茶叶价值都在不断增加。据统计,2020年,全市茶园面积95万亩,毛茶产量11.04万吨,同比增长5.8%,毛茶产值41.95亿元,同比增长5.3%,产业整体保持稳定增长态势。
从一片嫩绿的叶芽,到杯中的一片茶叶,一片小茶叶带富一方人。喜人成绩的背后,凝聚着全市上下因地制宜、精准施策、积极扶持茶产业发展的决心。为应对新冠肺炎疫情对宁德市春茶生产造成的不利影响,该市出台一系列措施“扶”好一片叶子,帮助全市茶产业“转危为机”,实现逆境突围。
"""


def test_a_a_reposted_report_is_dated_and_titled_by_its_own_lines(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *XIAPU)
    ff = distil(tmp_path, ws, XIAPU_REPORT, "2019-12-29_2020年霞浦县政府工作报告.txt")
    assert (ff.source.date, ff.source.title) == ("2019-12-29", "（福建省）2020年霞浦县人民政府工作报告（全文）")
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws2", *DALI), DALI_REPORT, "大理市政府工作报告.txt")
    assert ff.source.date == "2022-01-23"  # (was 2022-08-04, the page's 发布时间)


def test_b_a_comment_boards_rules_are_clutter_and_a_verb_before_a_levels_body_no_place(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *DALI), BOARD, "2020-05-27_大理市政协委员报到.txt")
    assert not [f.text for f in ff.facts if "留言" in f.text or "笔名" in f.text]
    assert first_saying(ff.facts, "随处可见").jurisdiction == "大理市"  # (was 随处可见市)
    assert not places_in("在报到现场,随处可见市政协委员就各种民生问题展开讨论")
    assert [p for _, _, p in places_in("来自全市的大理市政协委员")] == ["大理市"]  # (a place before 市政协 stays one)


def test_c_a_papers_masthead_and_headline_list_are_no_fact_nor_title(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *DALI), EPAPER, "2020-10-14_大理市政协重点提案督办.txt")
    assert ff.source.title == "市政协开展重点提案督办"
    assert not [f.text for f in ff.facts if "常务会议" in f.text or "第1版" in f.text or "第1698期" in f.text]
    assert first_saying(ff.facts, "开展督办")
    assert is_chrome("星期三 第1698期") and is_chrome("第1版:时政要闻 PDF原版PDF下载")
    assert not is_chrome("第1版面向全市读者发布")  # (a sentence opening on 第1版 is no page label)


def test_d_a_mark_stamped_at_line_ends_is_stripped(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *XIAPU), XIAPU_REPORT, "2019-12-29_2020年霞浦县政府工作报告.txt")
    assert not [f for f in ff.facts if "7rw" in f.text or any("7rw" in s for s in f.section)]
    fact = first_saying(ff.facts, "12.77亿元")
    assert fact.section == ["一、2019年工作回顾"] and fact.text.endswith("下降4.3%。")


def test_e_a_photos_caption_is_no_title_nor_words_before_a_short_name_a_place(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *XIAPU), CAPTIONED, "2021-03-01_闽东茶产业宁德霞浦长春元宵茶.txt")
    assert ff.source.title != "△寿宁青葱满眼高山茶 卓仕尉 摄" and "摄" not in (ff.source.title or "")
    assert ff.source.jurisdiction == "宁德市"
    assert first_saying(ff.facts, "该市出台一系列措施").jurisdiction == "宁德市"
