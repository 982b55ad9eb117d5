"""General reading rules found on held-out round 8 (city, county and district bureaus' replies to
建议/提案 — 卫健局, 交通运输局, 民政局, 市场监管局, 文旅局, 生态环境分局, 房管局 — and work reports of
places neither the shared corpus nor the earlier rounds hold, several on mirrors with heavy clutter).

Each test distils a short text written for it, in the shape such a page has, through the public path
a user's ``drafter distill`` takes (read_document → distill_document, in the demo workspace), and
asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_texts


ROAD_REPLY = """关于市十七届人大三次会议第182号代表建议的答复函
尊敬的朱明代表：
您在市十七届人大三次会议期间提出的第182号《关于乡镇快递存在二次收费问题的建议》收悉，经研究办理，现答复如下：
“十四五”以来，我市交通运输部门重点提质改造县乡公路，2021-2022年完成农村公路提质改造工程283公里。
根据您的建议，2023年我局将继续提质改造农村公路137公里。
感谢您对我市交通运输事业的关注和支持。
{mark}
联系人：胡某
2023年5月5日
"""


@pytest.mark.parametrize("mark, cls", [
    ("办复类别：B类", "B"),
    ("类别：B", "B"),
    ("办理类别：C类", "C"),
    ("分类标识【D】", "D"),
])
def test_a_class_written_under_the_names_pages_give_it(tmp_path, workspace, mark, cls):
    """办复类别：B类 after the body, 类别：B under the title, 分类标识【D】 on a page's field list: the
    reply's class (none was read)."""
    ff = distil(tmp_path, workspace, ROAD_REPLY.format(mark=mark), "reply.txt")
    assert ff.source.reply_class == cls
    assert mark not in fact_texts(ff)


TOURISM_REPLY = """关于市十四届人大五次会议第5号代表建议的答复

徐某代表：

非常感谢您提出的《关于加大南部山区乡村旅游基础设施建设资金投入力度的建议》，现答复如下：

二是加大政策资金扶持。2020年，我局积极为龙凤山提档升级项目向省厅争取项目资金50万。今年2月，向省文旅厅上报9个旅游景区提档升级建设项目争取省级项目资金。为确保4A验收成功，拨付8万元用于交通标识标牌制作。

某市文化和旅游局
2021年7月15日
"""


def test_this_year_in_a_later_sentence_is_the_reply_s_year(tmp_path, workspace):
    """2020年，…50万。今年2月，…9个…。…8万元: 50万 is 2020's; 9个 and 8万元, after 今年, the reply's
    2021 (they took 2020 from the sentence before)."""
    ff = distil(tmp_path, workspace, TOURISM_REPLY, "reply.txt")
    years = {g.raw: g.year or f.period.year for f in ff.facts for g in f.figures}
    assert years["50万"] == 2020
    assert years["9个"] == 2021 and years["8万元"] == 2021


GOVERNMENT_SITE_REPLY = """长者模式
无障碍浏览
索引号: 015125076-202011-330958 主题分类: 2020年
发布机构:  某某县人民政府办公室 发布日期: 2020-11-10 15:33
名 称: 某某县卫生健康局关于县第十七届人大第四次会议第37号建议答复的函
某某县卫生健康局关于县第十七届人大第四次会议第37号建议答复的函
发布时间:2020-11-10 15:33 浏览次数:98
陈某会代表：
您在第十七届人民代表大会第四次会议提出的《解决大哨村委会卫生室建设资金事项》第37号建议交县卫生健康局办理，现答复如下：
2017年底，县卫生健康局结合健康扶贫工作，申请县财政45万元作为全县贫困村卫生室重建、修缮项目资金，其中安排了6.39万元用于支持大哨村卫生室重建，已全额拨付。
"""


@pytest.mark.parametrize("office", ["某某县人民政府办公室", "某某县政府办"])
def test_a_reply_published_by_the_government_s_office_is_its_writer_s(tmp_path, workspace, office):
    """发布机构：某某县人民政府办公室 over 名称：某某县卫生健康局关于…答复的函: the office publishes the
    county's pages, the bureau the title names wrote the reply (the issuer was the office)."""
    text = GOVERNMENT_SITE_REPLY.replace("某某县人民政府办公室", office)
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert ff.source.issuer == "某某县卫生健康局"


def test_a_document_library_s_name_over_a_report_joins_no_fact(tmp_path, workspace):
    text = """2020年县民政局2020年工作总结

一、各项工作目标任务完成情况
城乡最低生活保障。全县城乡最低生活保障城镇8779户，支出低保金3347万元。

腾讯文库2020年县民政局2020
"""
    ff = distil(tmp_path, workspace, text, "report.txt")
    text = fact_texts(ff)
    assert "8779户" in text and "腾讯文库" not in text


BRANCH_REPLY = """昆明市生态环境局某某分局关于对县政协第十届一次会议第17号提案的答复
昌某波委员：
你们在县政协第十届一次会议提出的《关于加强小江流域河道污水治理》提案收悉，现答复如下：
市生态环境局某某分局高度重视县政协委员提案办理工作，2022年3月28日召开局长办公会专题进行研究部署，省生态环境厅于2022年6月13日组织专家对2个项目进行技术帮扶指导。
"""


def test_a_bureau_s_branch_is_the_writer_its_title_names(tmp_path, workspace):
    """昆明市生态环境局某某分局关于…的答复: the branch, not the city's bureau (the issuer was cut at 局)."""
    ff = distil(tmp_path, workspace, BRANCH_REPLY, "reply.txt")
    assert ff.source.issuer == "昆明市生态环境局某某分局"
    # a bureau and its branches named together are no branch
    text = BRANCH_REPLY.replace("昆明市生态环境局某某分局关于", "昆明市生态环境局和各分局关于")
    assert distil(tmp_path, workspace, text, "other.txt").source.issuer == "昆明市生态环境局"


CO_HANDLER_LETTER = """省文化和旅游厅关于省政协十三届二次会议第20240349号提案会办意见的函

省自然资源厅：

{who}提出的《关于重视草在食物安全、乡村振兴中作用的提案》（第20240349号）收悉。经认真研究，我单位会办意见如下：

近年来，全省共打造51个全国乡村旅游重点村（镇）、259个广东省文化和旅游特色村。

省文化和旅游厅
2024年3月19日
"""


@pytest.mark.parametrize("who, deputy", [
    ("张建国委员", "张建国"),
    ("李某、王某某等代表在省十四届人大二次会议上", "李某、王某某"),
])
def test_a_co_handler_s_letter_names_the_deputy_where_it_acknowledges_the_item(tmp_path, workspace, who, deputy):
    """A 会办意见 written to the lead unit (省自然资源厅：) names the member in its first sentence:
    张建国委员提出的《…》收悉 (the deputy was none); members in general name no one."""
    ff = distil(tmp_path, workspace, CO_HANDLER_LETTER.format(who=who), "reply.txt")
    assert ff.source.deputy == deputy
    for general in ("政协委员", "部分人大代表"):
        assert distil(tmp_path, workspace, CO_HANDLER_LETTER.format(who=general), "other.txt").source.deputy is None


@pytest.mark.parametrize("title, item", [
    ("对市政协第十四届第四次会议第2025D048号集体提案的答复", "2025D048"),  # year, a letter, serial
    ("关于市政协十四届四次会议（第2025D048号）提案的答复", "2025D048"),
])
def test_an_item_number_with_a_letter_between_year_and_serial(tmp_path, workspace, title, item):
    text = f"""分类标识【D】
长房议字〔2025〕11号 签发人：赵某利
{title}
民建长春市委员会：
贵会在市政协会议上提出的《关于做好城市体检工作，助推城市更新行动的建议》收悉，现答复如下：
我市已正式下发了《长春市2025年城市体检工作方案》，我局作为配合部门，将做好指导和配合工作。
长春市住房保障和房屋管理局
2025年7月23日
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert ff.source.suggestion_number == item  # was none
    assert ff.source.reply_class == "D"


@pytest.mark.parametrize("words", ["完成", "累计完成", "共", "全市新建"])
def test_a_span_of_years_before_the_work_done_in_it(tmp_path, workspace, words):
    """“十四五”以来，…，2021-2022年完成…283公里: 283公里 is of 2021-2022, not of 十四五以来 (2021-2023)."""
    ff = distil(tmp_path, workspace, ROAD_REPLY.format(mark="").replace("2021-2022年完成", f"2021-2022年{words}"),
                "reply.txt")
    spans = {g.raw: (g.year or f.period.year, g.until or f.period.until) for f in ff.facts for g in f.figures}
    assert spans["283公里"] == (2021, 2022)
    assert spans["137公里"] == (2023, None)


@pytest.mark.parametrize("name", ["申请县", "申请市", "改造县", "提质改造县"])
def test_a_request_or_a_work_before_a_level_is_no_place(name):
    from drafter.distill.places import is_place

    assert not is_place(name)


def test_a_figure_requested_from_the_county_s_purse_is_no_place_s(tmp_path, workspace):
    """…县卫生健康局结合健康扶贫工作，申请县财政45万元…: 45万元's place is the county the reply is of,
    not 申请县."""
    ff = distil(tmp_path, workspace, GOVERNMENT_SITE_REPLY, "reply.txt")
    places = {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures}
    assert places["45万元"] == "某某县"


def test_a_city_named_only_by_its_own_plan_is_the_reply_s_place(tmp_path, workspace):
    """按照《淮南市“十四五”交通运输发展规划》，我市…: a reply speaking of 我市 that names its city only as
    its plan's first words is of that city (its place and its figures' were none)."""
    text = ROAD_REPLY.format(mark="").replace(
        "“十四五”以来，我市交通运输部门", "“十四五”以来，按照《淮南市“十四五”交通运输发展规划》，我市交通运输部门")
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert ff.source.jurisdiction == "淮南市"
    assert {g.place or f.jurisdiction for f in ff.facts for g in f.figures} == {"淮南市"}


def test_a_higher_level_s_plan_is_no_county_s_place(tmp_path, workspace):
    text = ROAD_REPLY.format(mark="").replace("市十七届", "县十七届").replace("我市", "我县").replace(
        "“十四五”以来，我县交通运输部门", "“十四五”以来，按照《淮南市“十四五”交通运输发展规划》，我县交通运输部门")
    assert distil(tmp_path, workspace, text, "reply.txt").source.jurisdiction is None


def test_a_bureau_s_branch_is_of_the_place_it_is_named_after(tmp_path, workspace):
    """昆明市生态环境局寻甸分局 writing of 《寻甸回族彝族自治县…可行性研究报告》: the branch's place is
    the county it is named after (was 昆明市), and so its figures'."""
    text = BRANCH_REPLY.replace("某某分局", "寻甸分局").replace(
        "2022年3月28日召开局长办公会专题进行研究部署，",
        "2022年3月28日召开局长办公会专题进行研究部署，已牵头完成《寻甸回族彝族自治县横山河流域农村污水治理工程可行性研究报告》，")
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert ff.source.jurisdiction == "寻甸回族彝族自治县"
    assert {g.place or f.jurisdiction for f in ff.facts for g in f.figures} == {"寻甸回族彝族自治县"}


PINYIN_MIRROR = """对市九届人大四次会议第111号建议的答复(fù) |
陆某忠代表：您在市九届人大四次会议上提出的《关(guān)于加强水生态(tài)环(huán)境保护治理的建议》收悉，经(jīng)研究，现(xiàn)答复(fù)如下：
近年来，嘉兴市持续推进水生态环境保护工作。2024年全市计划排查管网450公里，新建改造污水管网32.2公里。
"""


def test_a_mirror_s_pinyin_after_characters_is_dropped(tmp_path, workspace):
    """A mirror that writes each hard character's pinyin after it (答复(fù), 关(guān)于): the text
    reads as the page's own (the reply was taken for a work report, its number and deputy unread)."""
    ff = distil(tmp_path, workspace, PINYIN_MIRROR, "reply.txt")
    assert ff.source.kind == "reply"
    assert ff.source.suggestion_number == "111" and ff.source.deputy == "陆某忠"
    assert "guān" not in fact_texts(ff) and "(" not in fact_texts(ff)
    from drafter.read.clean import normalize_text

    for line in ("一是（a）类项目", "（一）推进项目建设"):  # brackets without a tone mark stay
        assert normalize_text(line) == line


PLAN_REPORT = """关于某某区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告

来源：某某区发展和改革局 时间：2023-02-06 17:01

各位代表：

受区人民政府委托，现将某某区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案提请会议审议。

一、2022年国民经济和社会发展计划执行情况

初步预计，地区生产总值635亿元，完成年计划710亿元的89.4%，增长2.0%。固定资产投资300亿元，下降18.4%。
"""


@pytest.mark.parametrize("salutation", ["各位代表：", "各位委员："])
def test_a_report_read_to_the_assembly_is_no_reply(tmp_path, workspace, salutation):
    """各位代表： opening a 计划执行情况 report read to the congress is its audience, no reply's addressee
    (the report was taken for a reply)."""
    ff = distil(tmp_path, workspace, PLAN_REPORT.replace("各位代表：", salutation), "report.txt")
    assert ff.source.kind == "work_report"
    assert ff.source.period == 2022


def test_lengths_and_weights_in_metres_and_kilograms_are_figures(tmp_path, workspace):
    """…对该路段547米公路进行了硬化, 新建排水管网1.2千米, 清运淤泥300立方米, 发放大米500公斤: figures
    (547米 was none: 米 was no unit)."""
    text = """姚安县交通运输局关于对姚安县第十七届人民代表大会第一次会议第48号建议案的答复

王某菊等12位代表：

你们提出的《大龙口村村内水泥路硬化工程》的建议收悉，现答复如下：

2015年我局已在第一批村组公路项目内对该路段547米公路（启明线-白家屯小学）进行了硬化，新建排水管网1.2千米，清运淤泥300立方米，发放大米500公斤。

姚安县交通运输局
2017年6月23日
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    figures = {g.raw: g.year or f.period.year for f in ff.facts for g in f.figures}
    assert figures == {"547米": 2015, "1.2千米": 2015, "300立方米": 2015, "500公斤": 2015}


@pytest.mark.parametrize("line", [
    # a page's toolbar and a document library's name
    "放大字体 | 缩小字体 | 已收藏，点击取消收藏 点击收藏 点击收藏 | 打印 |",
    "放大字体 缩小字体 【打印】 【关闭】",
    "腾讯文库2020年县民政局2020",
    "百度文库某县民政局2021年工作总结",
    # a site's greeting, an empty breadcrumb step, a field's name alone, an index code, a banner
    "姚安县人民政府欢迎您！",
    "UU快3> 建议提案   > >  人大代表建议",
    "成文日期",
    "发布机构",
    "政府信息公开指南",
    "11511122MB16320264/2023-00040",
    "石林彝族自治县人民政府 www.kmsl.gov.cn",
])
def test_a_page_s_toolbars_greetings_and_field_names_are_chrome(line):
    from drafter.read.clean import is_chrome

    assert is_chrome(line)


def test_a_reply_s_title_takes_no_navigation_before_it(tmp_path, workspace):
    """A mirror's greeting and breadcrumb, a table's field names on lines of their own, over a reply's
    title: the title alone (it was 姚安县人民政府欢迎您！UU快3> 建议提案 > > 人大代表建议姚安县交通运输局关于…)."""
    text = """姚安县人民政府欢迎您!
UU快3> 建议提案   > >  人大代表建议
成文日期
2017-06-30
姚安县交通运输局关于对姚安县第十七届人民代表大会第一次会议第48号建议案的答复
来源: 姚安县交通运输局 | 访问量:3487 | 发布时间: 2017/6/30 16:31:56

王某菊等12位代表:

你们提出的《大龙口村村内水泥路硬化工程》的建议收悉，现答复如下：

2015年我局已在第一批村组公路项目内对该路段547米公路进行了硬化。

姚安县交通运输局
2017年6月23日
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert ff.source.title == "姚安县交通运输局关于对姚安县第十七届人民代表大会第一次会议第48号建议案的答复"


def test_a_title_broken_before_its_spaced_out_last_word(tmp_path, workspace):
    """高平市卫生健康和体育局 / 关于对市七届人大五次会议第71号建议的 / 答 复: one title (it was cut at 建议的)."""
    text = """高平市卫生健康和体育局
关于对市七届人大五次会议第71号建议的
答 复
高卫体发〔2023〕148号
尊敬的王某珍代表：
您好！您所提的“关于改善神农卫生院就医环境的建议”已收悉，现答复如下：
目前神农分院项目场地平整已完成，水电开始安装，土方已开挖。
高平市卫生健康和体育局
2023年6月29日
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert ff.source.title == "关于对市七届人大五次会议第71号建议的答复"
    assert ff.source.suggestion_number == "71" and ff.source.number == "高卫体发〔2023〕148号"
