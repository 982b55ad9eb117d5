"""General reading rules found on held-out round 7 (county and district bureaus' replies to 建议/提案 and
work reports of places neither the shared corpus nor the earlier rounds hold: 农业农村局, 教育局,
科工局 pages, a 工信局 half-year summary, an essay site's preview).

Each test distils a short text written for it, in the shape such a page has, through the public path
a user's ``drafter distill`` takes (read_document → distill_document, in the demo workspace), and
asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_texts


COURTESY_FIRST = """关于对县政协第十五届五次会议第64号提案的答复

李明委员：

你在县政协第十五届五次会议上提出的《关于进一步发展农村基础教育的提案》，已由县政府转来我局，现将办理情况答复如下：

感谢李明委员对于农村基础教育事业的关心和热爱。近几年来，县委县政府加大对农村基础教育设施建设力度，2020年全县共有各级各类幼儿园54所，小学35所，全县村级幼儿园覆盖率达100%。下一步教育局将继续加大城镇小学“大班额”问题整治力度。

某县教育局
2021年4月6日
"""


def test_a_paragraph_opening_with_thanks_keeps_the_work_it_goes_on_to(tmp_path, workspace):
    """A reply whose one paragraph opens with thanks (感谢…委员…的关心。) and goes on to the bureau's
    work: the thanks go, the work stays (it was dropped whole as the closing formula)."""
    ff = distil(tmp_path, workspace, COURTESY_FIRST, "reply.txt")
    text = fact_texts(ff)
    assert "幼儿园54所" in text and "大班额" in text
    assert "感谢" not in text
    assert {g.raw for f in ff.facts for g in f.figures} >= {"54所", "35所", "100%"}


def test_thanks_said_with_great_warmth_are_still_a_closing(tmp_path, workspace):
    """十分感谢您…，欢迎多提宝贵意见建议。 closes a reply as 再次感谢… does: no fact."""
    text = COURTESY_FIRST.replace("某县教育局", "十分感谢您对农业农村工作的关心支持，欢迎多提宝贵意见建议。\n\n某县教育局")
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert "十分感谢" not in fact_texts(ff)


HALF_YEAR = """区工信局2023年上半年工作总结和下半年工作打算

一、主要经济指标运行情况
1.规上工业增加值方面：2023年市下达两区规上工业增加值增速确保目标增长12%。1-5月，规上工业总产值上报数为97.74亿元，预测增长17.6%。预测两区上半年外贸进出口总额15.6亿元，同比增长4.5%。
2.工业投资方面：1-5月全区纳统在库项目127个，完成工业投资29.3亿元。
"""


def test_a_count_of_districts_after_a_verb_is_no_place(tmp_path, workspace):
    """市下达两区…, 预测两区上半年…: 两区 is a count (the two districts) after a verb, not a district named
    达两区 or 预测两区: the report names no place, its issuer is the unit it says (区工信局)."""
    ff = distil(tmp_path, workspace, HALF_YEAR, "report.txt")
    assert ff.source.jurisdiction is None  # was 达两区
    assert ff.source.issuer == "区工信局"  # was 达两区工业和信息化局
    places = {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures}
    assert places["97.74亿元"] is None and places["15.6亿元"] is None and places["127个"] is None


@pytest.mark.parametrize("name", ["达两区", "预测两区", "覆盖三县", "辐射十区"])
def test_a_stem_ending_in_a_count_is_no_place(name):
    from drafter.distill.places import is_place

    assert not is_place(name)


@pytest.mark.parametrize("name", ["二七区", "三明市", "十堰市", "两江新区", "五华区"])
def test_names_holding_numerals_are_places(name):
    from drafter.distill.places import is_place

    assert is_place(name)


@pytest.mark.parametrize("addressee, deputy", [
    ("尊敬的王海涛代表", "王海涛"),  # no colon after the addressee
    ("贺文明、佟金花委员", "贺文明、佟金花"),
    ("姜欣（等10位）代表：", "姜欣等10位"),  # the count in brackets, kept unbracketed (hd32a)
    ("姜欣(等10位)代表:", "姜欣等10位"),
])
def test_the_addressee_as_pages_write_it(tmp_path, workspace, addressee, deputy):
    text = f"""关于区三届人大三次会议第41号建议的答复

{addressee}

提出的“关于对高标准农田优化管理的建议”已收悉，现答复如下：

今年全区新建高标准农田1.2万亩。

某区农业农村局
2023年7月17日
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert ff.source.deputy == deputy


@pytest.mark.parametrize("line", ["人大代表", "政协委员", "各位代表", "全体委员", "市人大代表", "县政协委员"])
def test_a_line_naming_deputies_in_general_names_no_deputy(tmp_path, workspace, line):
    text = f"""关于区三届人大三次会议第41号建议的答复

{line}

提出的“关于对高标准农田优化管理的建议”已收悉，现答复如下：

今年全区新建高标准农田1.2万亩。
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert ff.source.deputy is None


def test_a_new_district_spoken_of_is_no_place(tmp_path, workspace):
    """XX区（含新区）外贸进出口总额…: 含新区 is 'including the new district', no district's name."""
    from drafter.distill.places import is_place

    assert not is_place("含新区") and not is_place("设新区")
    assert is_place("两江新区") and is_place("浦东新区")
    ff = distil(tmp_path, workspace, HALF_YEAR.replace("预测两区上半年", "XX区（含新区）上半年"), "report.txt")
    assert ff.source.jurisdiction is None and ff.source.issuer == "区工信局"
    assert all((g.place or f.jurisdiction) is None for f in ff.facts for g in f.figures)


ESSAY_PREVIEW = """区科技局2024年度工作总结及2025年度工作计划
今年以来，区科技局紧紧围绕区委区政府中心工作，2024年全区全社会R&D占比达到3.21%，技术合同认定登记272项。
一、2024年度主要工作成果
首先，在科技创新能力提升方面，我们通过政策引导、资金支持、平台建设等多措并举，推动了全区科技创新能力的稳步提升。全年共新增国家级高新技术......
预览结束,免费获取全文或定制代笔此类文章,请扫码联系老师!
"""


@pytest.mark.parametrize("line", [
    "预览结束,免费获取全文或定制代笔此类文章,请扫码联系老师!",
    "文稿预览结束,查看原文请点击下方加入会员全站免费下",
])
def test_an_essay_site_s_end_of_preview_is_chrome(line):
    from drafter.read.clean import is_chrome

    assert is_chrome(line)


def test_an_essay_site_s_end_of_preview_joins_no_fact(tmp_path, workspace):
    ff = distil(tmp_path, workspace, ESSAY_PREVIEW, "report.txt")
    text = fact_texts(ff)
    assert "272项" in text and "预览结束" not in text and "扫码" not in text


def test_a_summary_planning_the_next_year_is_of_the_year_before(tmp_path, workspace):
    """区科技局202x年度工作总结及2025年度工作计划 (a year the site masked): the summary is of 2024, so are
    the figures its opening paragraph gives without a year."""
    text = ESSAY_PREVIEW.replace("2024年度工作总结", "202x年度工作总结").replace("2024年全区", "202x年全区")
    ff = distil(tmp_path, workspace, text, "report.txt")
    assert ff.source.period == 2024  # was none
    periods = {g.raw: g.year or f.period.year for f in ff.facts for g in f.figures}
    assert periods["3.21%"] == 2024 and periods["272项"] == 2024


@pytest.mark.parametrize("title, item", [
    ("盐池县教育体育局关于对政协盐池县第十届委员会五次会议49号提案的答复函", "49"),  # no 第
    ("对云南省第十二届人大第五次会议第 JY100012050700号建议的答复", "JY100012050700"),  # a code of letters and digits
])
def test_an_items_number_as_pages_write_it(tmp_path, workspace, title, item):
    text = f"""{title}

贺文明委员：

《关于更新补充农村中小学适用图书的建议》收悉，现就提案办理有关情况答复如下：

截至目前全县中小学校共短缺图书4万余册，正在进行资金筹措。

盐池县教育体育局
2021年10月22日
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert ff.source.suggestion_number == item  # was none


@pytest.mark.parametrize("line, date", [("2023717", "2023-07-17"), ("2023105", "2023-10-05"), ("2023111", None)])
def test_a_signature_date_without_its_marks(tmp_path, workspace, line, date):
    """A page that stripped 年月日 from the signature's date and left a one-digit month or day
    (2023717): the one date it can be; none where it reads two ways (2023111: 1-11 or 11-1)."""
    text = f"""关于三届人大三次会议第41号建议的答复

幸世明代表：

提出的“关于对高标准农田优化管理的建议”已收悉，现答复如下：

今年全区新建高标准农田1.2万亩。

赣州市南康区农业农村局

{line}
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert ff.source.date == date


GEJIU = """对个旧市十八届人大一次会议第20号建议的答复

罗某、兰某等二位代表：

你们在个旧市十八届人大一次会议上提出的《关于加大协调争取蔓耗镇农业灌溉项目力度的建议》，已转交我们研究办理，现将办理情况答复如下：

2019年全市建设高标准农田9100亩，2022年我市第一批高标准农田建设项目建设高标准农田12500亩。

个旧市农业农村局
2022年8月9日
"""


def test_a_name_opening_with_a_counts_word_before_its_unit(tmp_path, workspace):
    """个旧市农业农村局 signs the reply: 个旧市 is its place (个 opens the name as 将 opens 将乐县), so the
    figures of 全市 are 个旧市's (the reply had no place)."""
    ff = distil(tmp_path, workspace, GEJIU, "reply.txt")
    assert ff.source.jurisdiction == "个旧市" and ff.source.issuer == "个旧市农业农村局"
    assert {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures} == {"9100亩": "个旧市", "12500亩": "个旧市"}


def test_a_counts_word_in_running_text_opens_no_name():
    from drafter.distill.places import is_place, leading_places, places_in

    assert not is_place("个旧市")  # alone, as running text has it (两个旧市场…)
    assert leading_places("个旧市农业农村局") == ["个旧市"]
    assert "个旧市" not in places_in("改造两个旧市场，新增摊位120个。")


def test_a_publisher_without_its_place_takes_the_texts(tmp_path, workspace):
    """发布机构：农业农村局 on a page whose text says 区农业农村局 of 柯城区: 柯城区农业农村局 (was 农业农村局)."""
    text = """发布机构：农业农村局
发布时间：2024-01-24 16:33
四季度以来，区农业农村局紧扣农民增收、农业产业发展等重点工作，有力推动我区“三农”事业迈上新台阶。
（一）稳产保供有序有力。全年粮食种植面积同比增长1.34%。通过两年努力，柯城区创成了美丽乡村示范县，和美乡村建设覆盖率超26%。
"""
    ff = distil(tmp_path, workspace, text, "report.txt")
    assert ff.source.jurisdiction == "柯城区" and ff.source.issuer == "柯城区农业农村局"


NINGSHAN = """标题 对宁陕县第十九届人大二次会议 第247号建议的复函
编号 247 办理部门 农水局 处理状态
签发人 张某 签发日期 2023-09-07 17:16 发布日期 2023-09-08 10:16 类别 B

对宁陕县第十九届人大二次会议

第247号建议的复函

杨某代表：

您提出的《关于建设瓦南沟、红岩山高标准农田的建议》收悉，现答复如下：

近年来，我县大力推进高标准农田项目建设，全县现有永久基本农田内高标准农田3.3万亩，占永久基本农田面积的84.4%。
"""


@pytest.mark.parametrize("page, date", [
    (NINGSHAN, "2023-09-07"),  # 签发日期, not the 发布日期 after it
    (NINGSHAN.replace("签发日期 2023-09-07 17:16 ", ""), "2023-09-08"),
    (NINGSHAN.replace(" 2023-09-07 17:16 ", "：2023-09-07 17:16 "), "2023-09-07"),
])
def test_a_date_field_without_its_colon(tmp_path, workspace, page, date):
    """A reply page's table of fields without colons (签发日期 2023-09-07 17:16 发布日期 …): the reply has
    its date (none before), so its 现有 figures are dated."""
    ff = distil(tmp_path, workspace, page, "reply.txt")
    assert ff.source.date == date


FENGNAN = """唐山市丰南区农业农村局
对丰南区第七届人民代表大会
第三次会议第20号建议的答复
李某代表：
您提出的关于“对大新庄镇农田管灌设施进行更新”的建议收悉，现答复如下：
2023年，我局共为我区争取高标准农田建设项目立项2.5万亩。
2023年7月28日
"""


@pytest.mark.parametrize("page, title", [
    # the title's first line opens with 对 and ends as an assembly's name: no unit's line (the letterhead is one)
    (FENGNAN, "对丰南区第七届人民代表大会第三次会议第20号建议的答复"),  # was 第三次会议第20号建议的答复
    # a label line (回复) before the title's lines is no part of it
    (NINGSHAN.replace("\n对宁陕县第十九届人大二次会议", "\n回复\n\n对宁陕县第十九届人大二次会议").replace("标题 对宁陕县第十九届人大二次会议 第247号建议的复函\n", ""),
     "对宁陕县第十九届人大二次会议第247号建议的复函"),
])
def test_a_title_broken_over_lines(tmp_path, workspace, page, title):
    ff = distil(tmp_path, workspace, page, "reply.txt")
    assert ff.source.title == title


def test_the_documents_own_urban_area_is_its_place(tmp_path, workspace):
    """截至目前衢江城区公办幼儿园有16所 in a reply of 衢江区: the district's town (衢江 + 城区) is the
    district's for its figures (was 衢江城区, a place of its own); 鲤城区, 东城区 stay names."""
    text = """衢州市衢江区教育局关于区十六届人大二次会议第088号建议的答复

姜某代表：

你在区十六届人大二次会议期间提出的《关于加大城区幼儿园建设力度的建议》收悉。现将有关情况答复如下：

截至目前衢江城区公办幼儿园有16所，今后还会有一批幼儿园投入使用。

衢州市衢江区教育局
2023年8月10日
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures} == {"16所": "衢江区"}
    from drafter.distill.places import own_urban_area

    assert own_urban_area("鲤城区", "泉州市") == "鲤城区" and own_urban_area("东城区", "北京市") == "东城区"


def test_a_numbered_topic_and_colon_before_a_figure_reports(tmp_path, workspace):
    """2.“主导+特色”产业方面：2023年市下达…产值目标201亿元。 is a numbered item's first sentence, not a
    heading: its figure is a fact's, and the items after it are not under it."""
    text = """区工信局2023年上半年工作总结

（一）工业方面
1.规上工业增加值方面：2023年市下达规上工业增加值增速确保目标增长12%，奋斗目标增长14%。
2.“主导+特色”产业方面：2023年市下达“主导+特色”产业产值目标201亿元。2023年1-5月，“主导+特色”产业规上企业79家，产值66.42亿元。
3.“新上规”培育方面：今年新增1家企业上规纳统，已建立40家企业的培育库台帐。
"""
    ff = distil(tmp_path, workspace, text, "report.txt")
    assert "201亿元" in {g.raw for f in ff.facts for g in f.figures}
    assert all(len(f.section) == 1 for f in ff.facts if "40家" in f.text)  # was under item 2 as a heading


def test_a_town_opening_a_counted_clause_is_its_figures_place(tmp_path, workspace):
    """仅大新庄镇就安排了1.0万亩, 其中蔓耗镇冲天岭片区建设高标准农田1322亩: the town's figures, not the
    district's (were 丰南区); the district's own stay its (2.5万亩), and words of towns in general
    (全区7个乡镇, 深入乡村) name none."""
    text = FENGNAN.replace(
        "争取高标准农田建设项目立项2.5万亩。",
        "争取高标准农田建设项目立项2.5万亩，仅大新庄镇就安排了1.0万亩。其中蔓耗镇冲天岭片区建设高标准农田1322亩。"
        "深入乡村开展培训12场，覆盖全区7个乡镇。")
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures} == {
        "2.5万亩": "丰南区", "1.0万亩": "大新庄镇", "1322亩": "蔓耗镇", "12场": "丰南区", "7个": "丰南区"}


def test_a_tables_unit_and_class_without_colons(tmp_path, workspace):
    """编号 247 办理部门 农水局 … 类别 B: the reply's writer is the county's 农水局 (the text says 我县 of
    宁陕县) and its class B (both were none)."""
    page = NINGSHAN.replace("近年来，我县大力推进", "近年来，我县大力推进").replace("全县现有", "我县现有")
    ff = distil(tmp_path, workspace, page, "reply.txt")
    assert ff.source.issuer == "宁陕县农水局" and ff.source.reply_class == "B"


def test_a_field_name_without_its_colon_is_no_part_of_the_title(tmp_path, workspace):
    """政协委员提案办理 / 信息名称  关于对…第64号提案的答复: the title is the 信息名称's value alone (was
    政协委员提案办理信息名称 关于…)."""
    page = COURTESY_FIRST.replace("关于对县政协第十五届五次会议第64号提案的答复",
                                  "政协委员提案办理\n 信息名称  关于对县政协第十五届五次会议第64号提案的答复\n 公开日期  2021-04-07", 1)
    ff = distil(tmp_path, workspace, page, "reply.txt")
    assert ff.source.title == "关于对县政协第十五届五次会议第64号提案的答复"
