"""Held-out round hd25 (武定县住房和城乡建设局, 九江市教育局, 淮南市交通运输局): a source's issuer, place and title, statements'
periods and figures' labels.

Each test distils a short excerpt of a real page the testers saved (its words as the page prints them, half-width commas and
traditional characters kept) through the public path a user's ``drafter distill`` takes, in a workspace of the bureau that
tested it.
"""

from __future__ import annotations

from helpers import distil, unit_workspace


def _wuding(tmp_path):
    return unit_workspace(tmp_path / "ws", "武定县住房和城乡建设局", "县住建局", "武定县")


def _jiujiang(tmp_path):
    return unit_workspace(tmp_path / "ws", "九江市教育局", "市教育局", "九江市")


def _huainan(tmp_path):
    return unit_workspace(tmp_path / "ws", "淮南市交通运输局", "市交通运输局", "淮南市")


def _figure(ff, raw: str):
    return next(g for f in ff.facts for g in f.figures if g.raw == raw)


def _fact(ff, words: str):
    return next(f for f in ff.facts if words in f.text)


# 武定县人民政府's page of the bureau's reply to 政协 proposal 20 (2020): the site's field line over the title.
WUDING_LANDFILL = """首页 >> 正文
索  引  号:11532329015178442p-/2020-1104009 公文范围:公开 发布机构:武定县政府办 失效日期:2020年09月30日 发文字号:武住建复〔2020〕16号 主  题  词: 标      题:武定县住房和城乡建设局对政协武定县九届四次会议第20号提案的答复 发布日期:2020年11月04日

武定县住房和城乡建设局对政协武定县九届四次会议第20号提案的答复

赵剑波、周宗福、陈贵忠、李晓雯委员:

    你们在政协武定县九届四次会议提出的“关于在全县11个乡镇126个村委会建设小型垃圾填埋场的提案”,已交我局研究办理,现答复如下:

    关于垃圾治理方面我局主要做了以下几方面工作:

    一、垃圾焚烧场建设项目
    我县新建了集镇垃圾焚烧场9个。
"""


def test_an_expiry_date_field_ends_the_publishers_value_and_the_title_names_the_writer(tmp_path):
    """发布机构:武定县政府办 失效日期:2020年09月30日 was read as one issuer, the 失效日期 glued on, and the reply's 4 facts were
    dropped as another unit's: 失效日期 is a field of its own, and a government's office publishing is not the bureau the title
    names."""
    ff = distil(tmp_path, _wuding(tmp_path), WUDING_LANDFILL, "武定住建_2020_政协20号_垃圾填埋场.txt")
    assert ff.source.issuer == "武定县住房和城乡建设局"
    assert ff.source.jurisdiction == "武定县"


# 九江日报's page of 2024-05-14: its edition line over the interview's headline.
JIUJIANG_INTERVIEW = """正文复制
九江日报/2024 年/5 月/14 日/第 001 版
“ 五个聚力” 推动教育高质量发展
——访市教育局X委书记、局长何明
本报记者 孔颖
“ 我们将认真学习贯彻习近平总书记关于抓落实的重要论述、关于教育重要论述和考察江西重要讲话精神,解放思想、改革创新,担当作为、大抓落实,加快推动九江教育高质量发展,奋力办好公平、优质、全面、融合的新样态九江教育。 ” 在接受市融媒体中心记者采访时,市教育局X委书记、局长何明表示,市教育局将抓好“ 五个聚力”,为九江打造“ 三个区域中心”、建设“ 一个美好家园”,高标准高质量建设长江经济带重要节点城市贡献教育力量。
聚力强基固本,筑牢教育发展基石。争取广泛支持,合力共为加快教育发展。成立九江教育高质量发展研究院,加强教育研究和科学谋划。健全多渠道筹措教育经费机制,加快完成九江中心城区教育补短板三年行动,进一步扩充各类优质教育资源。
"""


def test_a_newspapers_edition_line_is_no_title_and_its_city_named_short_is_the_bureaus(tmp_path):
    """The source was titled 九江日报/2024 年/5 月/14 日/第001版 and had no place, though the 市教育局 speaks of 九江 throughout:
    the edition line (a date and a page) is the paper's, the headline under it the article's; the workspace's bureau by its
    short name, in a text naming its city short more than once, is of that city."""
    ff = distil(tmp_path, _jiujiang(tmp_path), JIUJIANG_INTERVIEW, "2024-05-14_九江日报_访市教育局局长何明.txt")
    assert "五个聚力" in ff.source.title and "第" not in ff.source.title
    assert ff.source.jurisdiction == "九江市"
    assert ff.source.issuer == "九江市教育局"


# 淮南市's 市长信箱-type page of 2025-08-19: a letter and the bureau's answer, in a table's cells.
HUAINAN_MAILBOX = """| 信件编号: | 20250818001 | 来信时间: | 2025-08-18 21:56 |
|---|---|---|---|
| 信件类型: | 建言献策 | 姓名: | 陈**** |
| 内容: | 建议把这些公交站台列入今年的老旧改造计划:国庆东路上的国庆东路站台、眼科医院站台、卫校站台、洛河站台、洛河电厂站台、十一中站台,还有水厂路上的水厂路站台。 | ||
| 答复情况: |
答复单位:市交通运输局
   答复时间:2025-08-19 16:35
答复意见: 尊敬的来信人:您好! 留言已收悉,现将办理情况反馈如下:
2019年起我市启动了老旧站亭新建及改建工作,分批次对城区公交站亭进行新改建。新改建公交站亭均配备了候车座椅,并对部分符合条件的公交站亭进行了无障碍改造。为广大市民提供“安全、舒适、文明、便捷”的候车环境。截止目前,已新改建公交站亭1192座,新建公交电子站牌33块。2025年我市站亭建设计划已通过淮南市公共资源交易中心完成了招标,拟对田大路、湖滨路、国庆东路等15条路段的公交站亭进行新改建,六里站、眼科医院、卫校、国庆东路等公交站点已纳入今年的新改建计划。
市交通运输部门将持续推进公交站亭的新建及改建工作,逐步实现公交站台整体状况的改善,不断提升市民候车舒适度,展示城市形象,提高公交服务水平。
感谢您对我们工作的理解和支持。
|
"""


def test_the_answering_unit_field_names_the_writer(tmp_path):
    """答复单位:市交通运输局 was no field read: the answer had no issuer and no place, its 我市 nobody's."""
    ff = distil(tmp_path, _huainan(tmp_path), HUAINAN_MAILBOX, "hn_mailbox_gongjiao_2025.txt")
    assert ff.source.issuer == "淮南市交通运输局"
    assert ff.source.jurisdiction == "淮南市"
    assert {f.jurisdiction for f in ff.facts} == {"淮南市"}
