"""General reading rules left by held-out rounds 52 and 61 and fixed in round 67 (pages of bureaus the earlier rounds did not
hold, each named in its test).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test) through
the public path a user's ``drafter distill`` takes (read_document → distill_document), in a workspace of the page's own bureau,
and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import CHANGZHI, distil, unit_workspace

# 婺城区妇联's reply to 区政协五届一次会议 proposal 170 (www.wuch.gov.cn/art/2023/1/6/art_1229188822_4051064.html), its head as
# printed: the district's name only in the proposal's title, the writer named by its level alone.
WUCHENG_170 = """关于区政协五届一次会议第170号提案的答复

    日期:2023-01-06 16:24:47 来源:区妇联 浏览量:

    罗良庆委员:

    您在区政协五届一次会议提出的《关于“积极落实<家庭教育促进法>,全面助力优学婺城幸福城建设”》的提案收悉,现答复如下:

    对于您提出的“着力解决‘谁来领导’问题”的建议。《中华人民共和国家庭教育促进法》第六条规定:各级人民政府指导家庭教育工作,建立健全家庭学校社会协同育人机制。
"""


def test_a_reply_of_the_bureau_named_by_its_level_is_of_the_bureaus_place(tmp_path):
    """The reply had no jurisdiction: its writer, 来源：区妇联, is the workspace's bureau by its short name, and the text says
    区政协, but a unit named by its level (区…) was taken for the workspace's own only where the text names the place whole
    (婺城区) — here only its name, 婺城, in the title the reply quotes. The bureau's own unit, named by the workspace's level, in a
    text naming its place and no other, is of that place."""
    ws = unit_workspace(tmp_path / "ws", "金华市婺城区妇女联合会", "区妇联", "婺城区")
    source = distil(tmp_path, ws, WUCHENG_170, "r170.txt").source
    assert (source.jurisdiction, source.issuer) == ("婺城区", "婺城区妇联"), (source.jurisdiction, source.issuer)
    # a page of another place's unit of that level, naming no place, is not the bureau's (武汉's 市科技局 in 泉州's workspace)
    other = unit_workspace(tmp_path / "qz", "泉州市妇女联合会", "市妇联", "泉州市")
    assert distil(tmp_path, other, WUCHENG_170.replace("区", "市"), "m170.txt").source.jurisdiction is None


# 弥勒市民政局's reply to 市人大代表建议第200号 (www.hhml.gov.cn/info/3141/129051.htm), its head's fields as printed but its
# posting day under the bare key 婺城's page gives it (日期:2023-01-06 16:24:47), then its opening.
MILE_200 = """索引号000014348/2020-02432
发布机构弥勒市政府办公室
文号弥民函〔2017〕14号
日期:2018-08-19
有效性有效
弥勒市民政局关于市人大代表建议第200号答复的函
李文章代表:
你在人代会上提出的《关于瓦草冲建老年活动室的建议》第200号建议,已转交市民政局办理,现将办理情况答复如下:
三、积极主动,政策支持。市民政局针对各级民政部门没有村民小组老年人活动室建设经费的实际情况,积极主动加强与有关部门的沟通联系,争取借助2017年全市建设村民小组活动场所契机,把瓦草冲村民小组活动场所列入建设项目。
"""


def test_a_pages_bare_date_field_a_year_after_its_number_does_not_date_it(tmp_path):
    """A posting day a year or more after the number's year (发布日期2018-08-19 of 弥民函〔2017〕14号) is no date of the reply,
    but the same day under a bare 日期 key was still trusted: a page's 日期/时间 field dates the document only as its posting
    fields do."""
    ws = unit_workspace(tmp_path / "ws", "弥勒市民政局", "市民政局", "弥勒市")
    source = distil(tmp_path, ws, MILE_200, "r200.txt").source
    assert (source.number, source.date, source.id) == ("弥民函〔2017〕14号", None, "2017-reply-200"), source


# 重庆市科学技术局's reply to proposal 0883 (corpus 05, kjj.cq.gov.cn/zwgk_176/zwxxgkml/zxtablqkgk/202505/
# t20250523_14652438.html), a sentence of its second item as printed; and 武汉市人民政府's report on the 政协's 建议案
# (www.whzx.gov.cn/szx14j3chy/ldjh_20809/202401/t4799811.htm), a clause of its first item.
CHONGQING_LABS = "建设全国重点实验室11个,布局建设川渝共建重点实验室11个,市级重点实验室206个,市级以上科技平台基地1292家。\n"
WUHAN_LABS = "高水平建设东湖科学城,推进10个重大科技基础设施建设,13家全国重点实验室获批重组和新建。\n"


def test_national_key_laboratories_keep_their_national(tmp_path):
    """建设全国重点实验室11个 and 13家全国重点实验室 counted 重点实验室: 全国 was read as a scope, the nation whole, before what
    is counted — while after a verb or a measure word it names the class (全国重点实验室, others than 国家, 省级 or 市级 ones),
    and the count would meet the place's other 重点实验室."""
    ws = unit_workspace(tmp_path / "ws", "重庆市科学技术局", "市科技局", "重庆市")
    counts = [(g.raw, g.counts) for f in distil(tmp_path, ws, CHONGQING_LABS, "cq.txt").facts for g in f.figures]
    assert ("11个", "全国重点实验室") in counts and ("206个", "市级重点实验室") in counts, counts
    wuhan = unit_workspace(tmp_path / "wh", "武汉市人民政府", "市政府", "武汉市")
    counts = {g.raw: g.counts for f in distil(tmp_path, wuhan, WUHAN_LABS, "wh.txt").facts for g in f.figures}
    assert counts["13家"] == "全国重点实验室", counts


# 揭阳市政务服务和数据管理局's 2023 report (www.jieyang.gov.cn/jyzsj/gkmlpt/content/0/833/post_833959.html) and its 2024 half-year
# report (www.jieyang.gov.cn/jyzsj/gkmlpt/content/0/872/post_872543.html), a clause of each as printed.
JIEYANG_2023 = """一、2023年工作情况
(一)深化“放管服”改革,优化“三个最”政务服务
1.优化“三个最”政务服务。落实省政府向市、县赋能的60项行政审批事项。推动政务服务事项精简流程、简化手续、压缩时限,去年以来,市直单位和各县(市、区)优化办事流程逾300项,市直单位行政许可事项和公共服务事项平均压缩时间近81%。
"""
JIEYANG_2024 = """一、2024年上半年工作总结
(一)主要做法和成效
一是优化“三个最”政务服务。继续做好“五减少两增加”工作。截至目前,全市减少证明材料1045份,市直单位和各县(市、区)优化办事流程事项310项,办理时限由平均缩短64%上升到81%;减少跑动次数方面,市级行政许可事项全流程网办率由62%上升到80%。
"""


def test_a_cut_changed_to_a_new_value_names_the_cut_not_the_change(tmp_path):
    """办理时限由平均缩短64%上升到81% counted 办理时限由平均缩短 (both figures): the 由 saying the value changed from, before the
    words qualifying it, was kept in the name. And 市直单位行政许可事项和公共服务事项平均压缩时间近81%, a name too long to keep
    whole, was cut to its last characters inside 单位 (位行政许可事项…): the units whose work it is end a word a cut may follow."""
    ws = unit_workspace(tmp_path / "ws", "揭阳市政务服务和数据管理局", "市政务和数据局", "揭阳市")
    counts = {g.raw: g.counts for f in distil(tmp_path, ws, JIEYANG_2024, "2024-07-20_report.txt").facts for g in f.figures}
    assert (counts["64%"], counts["81%"]) == ("办理时限平均缩短", "办理时限平均缩短"), counts
    assert (counts["62%"], counts["80%"]) == ("市级行政许可事项全流程网办率",) * 2, counts
    counts = {g.raw: g.counts for f in distil(tmp_path, ws, JIEYANG_2023, "2023-11-10_report.txt").facts for g in f.figures}
    assert counts["近81%"] == "行政许可事项和公共服务事项平均压缩时间", counts


def test_minutes_a_time_was_cut_to_are_a_figure_of_that_time(tmp_path):
    """办理时长从原来的1.5小时缩短至10分钟左右 read no figure after 缩短至: 分钟 was no unit; and a new value in another unit than
    the old one's took no name. Minutes are a unit, the figure keeping its 左右 or 以内, and a value a thing is changed to counts
    what the value it is changed from counts."""
    ws = unit_workspace(tmp_path / "ws", "长治市行政审批服务管理局", "市行政审批局", "长治市")
    figures = [g for f in distil(tmp_path, ws, CHANGZHI, "2022-08-31_report.txt").facts for g in f.figures]
    counts = {g.raw: g.counts for g in figures}
    assert counts["10分钟左右"] == counts["1.5小时"] and counts["10分钟左右"].endswith("办理时长"), counts
    assert counts["30分钟以内"] == counts["3个小时"], counts
    assert {(g.value, g.unit) for g in figures if g.raw.startswith(("10", "30"))} == {(10, "分钟"), (30, "分钟")}


# An article on 梧州's ports in 珠江水运 2019年8期, on a mirror in traditional characters (m.zgkjsz.com/page/2019/0526/5149799.shtml),
# its head and a paragraph as printed; read in 梧州市交通运输局's workspace.
WUZHOU = """梧州的“水運藍圖”

2019-05-26 14:29張奕
珠江水運 2019年8期
關鍵詞:梧州市西江梧州

梧州港口航運發展勢頭強勁

梧州港是國家28個內河主要港口之一,是西江重要的貨物“中轉港”。梧州港包含梧州中心港區、藤縣港區、蒼梧港區三個部分。2008年以來,全市西江黃金水道建設累計完成投資65.2億元,建成生產性泊位81個。
"""


def test_a_journal_article_is_no_report_of_the_bureau(tmp_path):
    """The article, under its journal's issue (珠江水运 2019年8期) and its keywords (关键词：梧州市西江梧州), by its author (张奕),
    was read as the bureau's work report, its figures the bureau's results: a page printing a journal's issue or an article's
    keywords is an article, a third party's (news), as one printing its 作者 is."""
    ws = unit_workspace(tmp_path / "ws", "梧州市交通运输局", "市交通运输局", "梧州市")
    facts = distil(tmp_path, ws, WUZHOU, "article.txt")
    assert facts.source.kind == "news", facts.source.kind
    assert not [f.text[:12] for f in facts.facts if f.kind == "done"], [(f.kind, f.text[:12]) for f in facts.facts]


# 北辰区's reply to the city's suggestion 0668 (tjbc.gov.cn/zwgk/jyta/202012/t20201229_5231478.html), as printed with its
# footer: the district named only there, as the site's owner.
BEICHEN_0668 = """关于北辰医院公交站附近交通安全问题的建议

发布日期:2018-10-19 09:39 来源:北辰政务网

对市十七届人大一次会议

第0668号建议的答复

王迎代表:

您在市十七届人大一次会议上提出的《关于北辰医院公交站附近交通安全问题的建议》已收悉,领导对此建议非常重视。经研究,现提出答复意见如下:

经与公交一公司实地展开调研,目前京津公路共涉及25条公交线路,因桥下辅路较狭窄无法容纳大型公交车辆集中行驶停靠。关于您提到的对现有立交桥和主辅路之间的隔离带进行改造,我区将协调道路养护单位——天津市道桥处对此问题进行研究,并将随时向您转达后续工作进展情况。

    感谢您对北辰工作的关心、理解和支持。祝您身体健康、工作顺利!

    二〇一八年五月三十日

友情链接

关于我们|网站地图|网站帮助|版权声明|法律声明

主办单位:天津市北辰区人民政府  版权所有    承办:天津市北辰区人民政府办公室
"""
# 武汉市科学技术局's summary of its 2021 items (corpus 26, kjj.wuhan.gov.cn/zwgk_8/fdzdnrgk/jytabl/syta/202112/
# t20211209_1869629.html), its head as stored; the stored copy stops before the site's footer, written here as 北辰's site prints
# its own, with the bureau's name.
WUHAN = """http://kjj.wuhan.gov.cn/zwgk_8/fdzdnrgk/jytabl/syta/202112/t20211209_1869629.html
今天是:

市科技局2021年人大政协议提案办理工作总结

发布时间: 2021-12-09 16:18 发布单位: 来源: 办公室

2021年,市科技局在市人大代工委、市政府督查室、市政协提案委的指导和支持下,认真贯彻落实《市人民政府办公厅关于印发2021年全市人大议案代表建议和政协建议案提案办理工作方案的通知》《市人民政府办公厅关于印发市政协第十三届五次会议1号建议案办理工作方案的通知》等文件精神,坚持围绕中心、服务大局,以增强办理实效为目标,以规范办理程序、完善办理机制为保障,充分吸纳人大代表、政协委员对科技工作的意见建议,紧密结合我局工作职能,高质高效完成议提案答复工作。现将办理情况总结如下:

一、基本情况

2021年,市政府督查室交我局办理的人大议案、代表建议和政协建议案、提案(以下统称议提案)共138件(主(承、分)办45件,会办93件)。
"""


def test_the_sites_owner_its_footer_names_gives_the_place_the_text_does_not(tmp_path):
    """北辰区's reply, saying 我区将协调…, had no place in a workspace of another place's bureau: its district is named only in
    the site's footer (主办单位:天津市北辰区人民政府  版权所有), a line of chrome dropped unread; and 武汉's 市科技局 summary, on
    its bureau's own site, none either. The unit owning the site, as its footer names it, gives the place of a page of a unit
    named by that place's level (or of none, speaking of that level as its own), on its government's site or its own; never
    the address alone (kjj.wuhan.gov.cn names no place sure), nor a site of another level or unit."""
    ws = unit_workspace(tmp_path / "ws", "天津市交通运输委员会", "市交通运输委", "天津市")
    assert distil(tmp_path, ws, BEICHEN_0668, "beichen.txt").source.jurisdiction == "北辰区"
    qz = unit_workspace(tmp_path / "qz", "泉州市科学技术局", "市科技局", "泉州市")
    signed = distil(tmp_path, qz, WUHAN + "\n主办单位:武汉市科学技术局  版权所有\n", "wuhan.txt").source
    assert (signed.issuer, signed.jurisdiction) == ("武汉市科学技术局", "武汉市"), (signed.issuer, signed.jurisdiction)
    assert distil(tmp_path, qz, WUHAN, "wuhan0.txt").source.jurisdiction is None
    other = distil(tmp_path, qz, WUHAN + "\n主办单位:武汉市教育局  版权所有\n", "wuhan1.txt").source
    assert (other.issuer, other.jurisdiction) == ("市科技局", None), (other.issuer, other.jurisdiction)


def test_what_is_laid_out_and_built_is_counted_without_the_verbs(tmp_path):
    """布局建设川渝共建重点实验室11个 (重庆's reply 0883, corpus 05) counted 布局建设川渝共建重点实验室, the verbs kept: 布局建设 opens
    what is counted after it, as 加快建设 and 启动建设 do."""
    ws = unit_workspace(tmp_path / "ws", "重庆市科学技术局", "市科技局", "重庆市")
    counts = [(g.raw, g.counts) for f in distil(tmp_path, ws, CHONGQING_LABS, "cq.txt").facts for g in f.figures]
    assert ("11个", "川渝共建重点实验室") in counts, counts
