"""General reading rules found on held-out round 11 (replies and reports of units the earlier rounds did
not hold — 住建局, 水利局/水务局, 应急管理局/厅, 卫健委/局, 文旅局 — from 宁夏, 辽宁, 吉林, 浙江, 四川, 云南, 安徽,
湖北, 陕西, 内蒙古, 河南, 广东: pages with metadata tables, bullet heads and mirrors).

Each test distils a short text in the shape such a page has (the real page's words, names kept as the
page prints them), through the public path a user's ``drafter distill`` takes (read_document →
distill_document, in the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil, fact_texts


def _reply(addressee: str) -> str:
    return (f"关于兴庆区人大四届三次会议第16号建议的答复\n\n{addressee}\n\n"
            "您提出的《关于将健康社区纳入老旧小区改造项目的建议》已收悉,现就办理情况复函如下:\n\n"
            "其中健康社区纳入2019年老旧小区改造项目第二期改造项目。\n\n兴庆区住房和城乡建设局\n\n2019年7月26日\n")


def test_an_addressee_with_its_courtesy_or_assembly_names_the_deputy_alone(tmp_path, workspace):
    """尊敬袁大金代表 (尊敬 without 的), 市政协王伟政委员 (the assembly before the name) and 尊敬的于广海委员您好
    (a greeting before the colon): the deputy is the name (尊敬袁大金, 市政协王伟政 and none were read)."""
    for line, name in (("尊敬袁大金代表:", "袁大金"), ("市政协王伟政委员:", "王伟政"), ("尊敬的于广海委员您好:", "于广海")):
        ff = distil(tmp_path, workspace, _reply(line), "addressee.txt")
        assert ff.source.deputy == name, line
        assert line.rstrip(":") not in fact_texts(ff)


def test_the_unit_a_page_names_in_its_fields_writes_the_reply(tmp_path, workspace):
    """发文机构：崇阳县应急管理局 (its field not read: no unit, and 政协崇阳县 of the session taken for the place);
    文章来源：阳春市卫生健康局 after the page's timestamp on its line (not read); 发布机构 安宁市人民政府 over
    名称 安宁市水务局关于…的答复 (the government's site taken for the writer)."""
    fields = ("关于对政协崇阳县十一届二次会议第5号提案的答复\n\n索引号 : 011359676/2023-25818 文       号 :\n\n"
              "发文机构: 崇阳县应急管理局 主题分类: 其他\n\n有效性: 有效\n\n关于进一步提高崇阳县应急管理能力的提案收悉,现答复如下:\n\n"
              "近年来,县委县政府高度重视应急管理工作,安全生产形势总体平稳。\n")
    m = distil(tmp_path, workspace, fields, "fields.txt").source
    assert (m.issuer, m.jurisdiction) == ("崇阳县应急管理局", "崇阳县")
    stamped = ("市卫生健康局:重视人大建议和政协提案办理\n\n2023-05-16 11:48:06 文章来源: 阳春市卫生健康局\n\n"
               "  据了解,2023年,市卫生健康局共承办人大建议3件、政协提案14件。\n")
    assert distil(tmp_path, workspace, stamped, "stamped.txt").source.issuer == "阳春市卫生健康局"
    site = ("索引号: 0151216811-202208-600286 主题分类: 2022\n发布机构:  安宁市人民政府 发布日期: 2022-08-25 14:32\n"
            "名 称: 安宁市水务局关于对安宁市人大七届一次会议第71186号建议的答复\n\n"
            "安宁市水务局关于对安宁市人大七届一次会议第71186号建议的答复\n\n施学林代表:\n\n"
            "您提出的关于加大温泉街道农村人畜饮用水安全综合治理的建议,已交由我们办理,现答复如下:\n\n"
            "2019年以来连续三年的旱情叠加,全市城乡饮用水供水形势较为严峻。\n")
    assert distil(tmp_path, workspace, site, "site.txt").source.issuer == "安宁市水务局"


def test_a_breadcrumb_opening_with_your_place_is_chrome_and_the_title_names_the_writer(tmp_path, workspace):
    """您当前的位置：首页 » … » 详情 was read as text, run into the title under it, and the site's name over it
    (广元市利州区人民政府) was taken for the writer of 广元市利州区文化旅游和体育局关于…的复函."""
    text = ("广元市利州区人民政府\n您当前的位置:首页 » 广元市利州区文化旅游和体育局关于区八届政治协商会议第49号提案办理情况的复函 » 详情\n"
            "广元市利州区文化旅游和体育局关于区八届政治协商会议第49号提案办理情况的复函\n\n\n张薇委员:\n\n"
            "首先,感谢您对利州文化旅游发展工作的关心和支持。\n\n"
            "一、关于乡村旅游发展\n\n我区现在推进的文旅重点项目有鲲鹏小镇、月坝花前月下度假区等,总投资在150亿元左右。\n\n"
            "二、关于旅游线路打造\n\n根据游客需求,我区推出女皇传奇文化游、田园乡村休闲游等五大主题游览线路。\n\n"
            "三、关于旅游配套服务\n\n我区一方面抓旅游产品开发,一方面抓旅游质量提升。\n")
    ff = distil(tmp_path, workspace, text, "crumb.txt")
    assert ff.source.issuer == "广元市利州区文化旅游和体育局"
    assert ff.source.title == "广元市利州区文化旅游和体育局关于区八届政治协商会议第49号提案办理情况的复函"
    assert "您当前的位置" not in fact_texts(ff)


def test_a_reply_under_a_table_of_fields_flattened_into_cells(tmp_path, workspace):
    """汉阴县文化和旅游广电局关于办理…第155号建议的函 under 名称 | … |, 办理部门 | … | 处理状态 | …, 签发人 | 张石 |
    签发日期 | 2021-09-22 | … | 类别 | A |: a reply (it was read as a report, its cells as a fact), dated, classed,
    its item, deputy and session read (the session was 理县十八届…: 办理 cut after its 办)."""
    text = ("汉阴县文化和旅游广电局关于办理县十八届人大五次会议第155号建议的函\n"
            "名称 | 汉阴县文化和旅游广电局关于办理县十八届人大五次会议第155号建议的函 | ||||||\n"
            "办理部门 | 汉阴县文化和旅游广电局 | 处理状态 | 已办结 | ||||\n"
            "签发人 | 张石 | 签发日期 | 2021-09-22 | 发布日期 | 2021-09-24 | 类别 | A |\n正文 |\n"
            "盛良超等代表提出的《关于加大双河口镇旅游项目的支持的建议》。\n|\n||||||\n回复 |\n"
            "近年来,汉阴县旅游发展工作在县委、县政府的正确领导下,促进全县旅游业取得了持续健康发展的良好态势。 "
            "尤其是2019年由我局牵头、双河口镇负责,完成了国家A级景区创建。\n")
    ff = distil(tmp_path, workspace, text, "table.txt")
    m = ff.source
    assert (m.kind, m.date, m.reply_class, m.suggestion_number, m.deputy) == ("reply", "2021-09-22", "A", "155", "盛良超")
    assert (m.issuer, m.session) == ("汉阴县文化和旅游广电局", "县十八届人大五次会议")
    assert "签发人" not in fact_texts(ff) and "处理状态" not in fact_texts(ff)


def test_an_undated_reports_present_is_its_own_year_not_an_earlier_one_it_names(tmp_path, workspace):
    """A 2022 report with no date: 目前，全区共有医疗机构787间 is 2022's (it took 2021 from 获评广州市2021年度…
    the sentence before, and from 相比2021年末, the base of its change)."""
    text = ("2022年,是具有特殊重要意义的一年,番禺区卫生健康局围绕“强基层、引人才、促发展、建高地”的发展主线,多项工作成绩明显。"
            "番禺区获评广州市2021年度综合医改考核A等次。目前,全区共有医疗机构787间,相比2021年末增加66间。"
            "全系统共有医务人员1.86万人,各类型医疗机构门急诊总诊疗量1213.65万人次,与2021年度持平。\n"
            "一、主要工作\n(一)培根铸魂,坚持党全面领导的“总要求”。强化政治引领。\n")
    ff = distil(tmp_path, workspace, text, "report.txt")
    years = {g.raw: (g.year, f.period.year) for f in ff.facts for g in f.figures}
    for raw in ("787间", "66间", "1.86万人", "1213.65万人次"):
        assert (years[raw][0] or years[raw][1]) == 2022, raw


def test_a_sentence_on_recent_years_takes_no_year_named_before_it(tmp_path, workspace):
    """…尤其是2019年…完成了国家A级景区创建。近年来，由我局牵头为景区争取到位创建奖补资金40万元: 40万元 is of some
    recent years, not 2019's (the year the sentence before names)."""
    text = ("汉阴县文化和旅游广电局关于办理县十八届人大五次会议第155号建议的函\n\n盛良超代表:\n\n"
            "您提出的《关于加大双河口镇旅游项目的支持的建议》收悉,现答复如下:\n\n"
            "双河口镇作为我县北部旅游重镇,一直以来得到了全县上下的关注和各方面的支持。尤其是2019年由我局牵头、双河口镇负责,"
            "完成了国家A级景区创建,双河口古镇被正式命名为国家AAA级旅游景区。 近年来,由我局牵头为景区争取到位创建奖补资金40万元;"
            "累计争取到位资金118万元。\n\n汉阴县文化和旅游广电局\n\n2021年9月22日\n")
    ff = distil(tmp_path, workspace, text, "recent.txt")
    for raw in ("40万元", "118万元"):
        fact, fig = next((f, g) for f in ff.facts for g in f.figures if g.raw == raw)
        assert fig.year != 2019 and (fig.year is not None or fact.period.year != 2019), raw


def test_a_news_pages_widgets_and_a_replys_distribution_line_are_no_facts(tmp_path, workspace):
    """正在阅读：<the page's headline>, 扫描二维码随身看资讯 (a news page's widgets) and 抄报：县政府办、县政协办 (to whom
    a reply was reported, as 抄送) each became a fact."""
    news = ("市卫生健康局:重视人大建议和政协提案办理\n\n2023-05-16 11:48:06 文章来源: 阳春市卫生健康局\n\n"
            "  据了解,2023年,市卫生健康局共承办人大建议3件、政协提案14件。\n\n"
            "  会议总结了去年建议提案办理工作,对今年工作进行了具体部署,力争办理结果满意率100%。\n\n  (黎赞)\n\n浏览次数:-\n \n\n"
            "扫描二维码随身看资讯\n\n"
            "正在阅读: 市卫生健康局:重视人大建议和政协提案办理\n")
    texts = fact_texts(distil(tmp_path, workspace, news, "news.txt"))
    assert "正在阅读" not in texts and "二维码" not in texts
    reply = ("吴敬成委员:\n您好!您在县政协第十届委员会第三次会议上提出的《建议尽快拆除老城区移民时期所建危房的建议》收悉,"
             "现将办理情况报告如下:\n你们提出的梅山老城区危旧房屋已纳入2020年及后期分阶段实施棚户区改造计划。\n"
             "2019年5月9日\n抄报:县政府办、县政协办\n")
    ff = distil(tmp_path, workspace, reply, "cc.txt")
    assert "抄报" not in fact_texts(ff)
    assert ff.source.cc == ["县政府办", "县政协办"]


def test_head_of_livestock_buildings_and_sites_are_counted_figures(tmp_path, workspace):
    """420头大牲畜, 103栋楼 and 12处 were no figures (头, 栋 and 处 were not counters)."""
    text = ("施学林代表:\n\n您提出的关于加大温泉街道农村人畜饮用水安全综合治理的建议,已交由我们办理,现答复如下:\n\n"
            "工程建成后能满足辖区内6个村民小组及420头大牲畜的人畜饮水困难及安全问题。"
            "今年老旧小区改造共涉及103栋楼、4261户居民,新建供水点12处。\n\n安宁市水务局\n\n2022年8月25日\n")
    raws = {g.raw for f in distil(tmp_path, workspace, text, "counters.txt").facts for g in f.figures}
    assert {"420头", "103栋", "12处"} <= raws


def test_a_title_is_not_joined_to_a_field_over_its_number_nor_keeps_a_tables_rule(tmp_path, workspace):
    """• 主题分类： / 农业、林业、水利/水利 / • 文 号： / 泰水〔2024〕86号 over 泰顺县水利局关于答复…第413号代表建议的函: the
    title was the three lines run together (农业、林业、水利/水利泰水〔2024〕86号泰顺县…); a title in a table's cell
    (关于对…第37号代表建议的答复 |) kept the cell's rule."""
    bullets = ("• 索引号:\n  • 001008003011029/2024-68088\n  • 主题分类:\n  • 农业、林业、水利/水利\n  • 文 号:\n"
               "  • 泰水〔2024〕86号\n  • 发布机构:\n  • 泰顺县水利局\n\n泰顺县水利局关于答复县十七届人大三次会议第413号代表建议的函\n\n"
               "吴春华代表:\n\n您《关于增加蓄水工程建设的建议》收悉,我局高度重视,经调查研究,现答复如下:\n\n"
               "一、供水保障方面。我局安排水务融资资金4800万元,包括筱村镇备用水源工程3700万元、建城区管网改造300万元。\n\n"
               "泰顺县水利局\n\n2024年6月26日\n")
    ff = distil(tmp_path, workspace, bullets, "bullets.txt")
    assert ff.source.title.endswith("泰顺县水利局关于答复县十七届人大三次会议第413号代表建议的函")
    assert "农业" not in ff.source.title and ff.source.number == "泰水〔2024〕86号"
    assert all(g.place != "建城区" for f in ff.facts for g in f.figures)  # the built-up area is no place
    cell = ("|\n|\n关于对县十九届人大二次会议第37号代表建议的答复 |\n||\n|\n||\n韩忠国等代表: 您在县十九届人大二次会议上提出的"
            "《关于加强农村安全饮水投入的建议》(第37号建议)收悉,经认真研究办理,现答复如下: 农村饮水安全工程是一项民生工程。\n"
            "永吉县水利局\n2023年7月1日\n")
    assert distil(tmp_path, workspace, cell, "cell.txt").source.title == "关于对县十九届人大二次会议第37号代表建议的答复"


def test_a_prefectures_text_naming_itself_short_is_of_that_prefecture(tmp_path, workspace):
    """A 博尔塔拉 reply that says 自治州, 全州, 州党委 and once 博州 (round 10's leftover): its place is 博州, and 全州's
    figures are 博州's (no place was read: X州 is most often a city's short name)."""
    text = ("对自治州政协十三届二次会议第10号提案办理情况的答复\n\n帕尔哈提委员:\n\n"
            "您提出的《关于推进乡村振兴示范村建设的提案》收悉,现答复如下:\n\n"
            "近年来,州党委、州人民政府把推进乡村振兴作为“三农”工作的重要抓手。2022年全州投入行业资金6909万元支持示范创建,"
            "新建农村户厕1447座。\n\n下一步,我们将打造一批有品位内涵、具有博州特色的示范典型。\n\n2023年9月5日\n")
    ff = distil(tmp_path, workspace, text, "bozhou.txt")
    assert ff.source.jurisdiction == "博州"
    fact, fig = next((f, g) for f in ff.facts for g in f.figures if g.raw == "6909万元")
    assert (fig.place or fact.jurisdiction) == "博州"


def test_the_situation_a_deputy_described_is_no_result_of_the_bureaus(tmp_path, workspace):
    """您针对…造成人畜饮用水严重不达标，农村自流水源水质达标率不到30%，等问题，提出…的建议: 30% is what the deputy
    described (it was a fact of work done)."""
    text = ("施学林代表:\n\n您提出的关于加大温泉街道农村人畜饮用水安全综合治理的建议,已交由我们办理,现答复如下:\n\n"
            "您针对温泉街道由于受气候条件影响,连续多年降雨量严重不足,导致部分农村饮用水源干枯,造成人畜饮用水严重不达标,"
            "农村自流水源水质达标率不到30%,等问题,提出对龙山村、笔架山村的农村安全饮用水建设纳入工作计划的建议,十分必要、切实可行。\n\n"
            "2019年以来连续三年的旱情叠加,全市城乡饮用水供水形势较为严峻。设计概算投资为272万元。\n\n安宁市水务局\n\n2022年8月25日\n")
    ff = distil(tmp_path, workspace, text, "concern.txt")
    assert next(f for f in ff.facts for g in f.figures if g.raw.endswith("30%")).kind != "done"
    assert next(f for f in ff.facts for g in f.figures if g.raw == "272万元").kind == "done"


def test_what_a_place_plans_for_its_year_is_a_plan(tmp_path, workspace):
    """2019年，兴庆区计划投入1.18亿元…分期组织计划对102个老旧小区…进行改造 (a reply of July 2019): a plan, not work
    done (a year, then a place as the subject, was no plan's opening)."""
    ff = distil(tmp_path, workspace, _reply("尊敬袁大金代表:").replace(
        "其中健康社区纳入2019年老旧小区改造项目第二期改造项目。",
        "2019年,兴庆区计划投入1.18亿元, 按照先急后缓的原则,分期组织计划对102个老旧小区160万平米进行改造。"), "plan.txt")
    assert next(f for f in ff.facts for g in f.figures if g.raw == "1.18亿元").kind == "plan"


def test_a_bullet_heads_index_code_and_validity_are_no_title(tmp_path, workspace):
    """• 640104-107/2019-00169 (an index code with a dash) and • 有效 (有效性's value) over the title were run into it
    (640104-107/2019-00169有效关于兴庆区…的答复)."""
    text = ("  • 640104-107/2019-00169\n  • 兴庆区住房和城乡建设局\n  • 兴庆区住房和城乡建设局\n  • 有效\n  • 2019年07月26日\n"
            "关于兴庆区人大四届三次会议第16号“关于将解放西街健康社区纳入2019年老旧小区改造项目的建议”的答复\n"
            "时间:2019年07月26日 来源:兴庆区住房和城乡建设局\n\n尊敬袁大金代表:\n\n"
            "您提出的关于《关于将解放西街健康社区纳入2019年老旧小区改造项目的建议》已收悉,现就办理情况复函如下:\n\n"
            "其中健康社区纳入2019年老旧小区改造项目第二期改造项目。\n\n兴庆区住房和城乡建设局\n\n2019年7月26日\n")
    assert distil(tmp_path, workspace, text, "bullets.txt").source.title.startswith("关于兴庆区人大四届三次会议第16号")


def test_a_session_after_a_replys_verb_and_a_contact_line_in_traditional_characters(tmp_path, workspace):
    """…关于答复县十七届人大三次会议第413号代表建议的函: the session is 县十七届人大三次会议 (it was 答复县十七届…);
    聯系人姓名及電話：孫彤 … 永吉縣水利局 (a contact line in traditional characters) became a fact."""
    letter = ("泰顺县水利局关于答复县十七届人大三次会议第413号代表建议的函\n\n吴春华代表:\n\n"
              "您《关于增加蓄水工程建设的建议》收悉,我局高度重视,经调查研究,现答复如下:\n\n"
              "一、供水保障方面。十四五期间,对筱村镇城镇和农村供水进行新一轮的改造提升。\n\n泰顺县水利局\n\n2024年6月26日\n")
    assert distil(tmp_path, workspace, letter, "verb.txt").source.session == "县十七届人大三次会议"
    trad = ("關於對縣十九屆人大二次會議第37號代表建議的答復\n韓忠國等代表: 您在縣十九屆人大二次會議上提出的《關於加強農村安全飲水投入的建議》"
            "收悉,經認真研究辦理,現答復如下: 農村飲水安全工程是一項民生工程,一直以來縣委、縣政府高度重視農村飲水安全工作。\n"
            "聯系人姓名及電話:孫彤 15948410567 永吉縣水利局 2023年\n")
    ff = distil(tmp_path, workspace, trad, "contact.txt")
    assert "孫彤" not in fact_texts(ff)
    assert ff.source.issuer == "永吉县水利局"  # the unit the contact line names, the page's only one


def test_a_project_named_in_the_sentence_before_is_of_that_sentences_town(tmp_path, workspace):
    """…2024年积极引导托云乡申报《乌恰县托云乡苏约克村…建设项目》。该项目投入资金525万元 (round 10's leftover): 525万元
    and 1500亩 are 托云乡's, not the county's; so is a figure after 乌恰县托云乡 in its own sentence."""
    text = ("关于对乌恰县政协第十七届第四次会议(经济建设类1号总第1号)提案的答复\n\n艾尔肯·依扎克委员:\n\n"
            "您提出的《关于提升托云乡饲草料地质量的提案》收悉,现答复如下:\n\n"
            "“十四五”时期以提质增效为抓手,狠抓项目建设。2024年积极引导托云乡申报《乌恰县托云乡苏约克村、库瓦特村扩大优质饲草料地建设项目》。"
            "该项目投入资金525万元,建设内容:对1500亩草料地进行土地平整。\n\n"
            "2023年实施了乌恰县托云乡饲草料基地项目,新增饲草地800亩。\n\n乌恰县畜牧兽医局\n\n2024年8月23日\n")
    ff = distil(tmp_path, workspace, text, "project.txt")
    for raw in ("525万元", "1500亩", "800亩"):
        fact, fig = next((f, g) for f in ff.facts for g in f.figures if g.raw == raw)
        assert (fig.place or fact.jurisdiction) == "托云乡", raw


def test_a_report_opening_on_its_year_then_its_unit_is_that_units(tmp_path, workspace):
    """2022年，是具有特殊重要意义的一年，番禺区卫生健康局围绕…: the report's unit (none was read)."""
    text = ("2022年,是具有特殊重要意义的一年,番禺区卫生健康局围绕“强基层、引人才、促发展、建高地”的发展主线,多项工作成绩明显。"
            "目前,全区共有医疗机构787间。\n一、主要工作\n(一)培根铸魂,坚持党全面领导的“总要求”。强化政治引领。\n")
    ff = distil(tmp_path, workspace, text, "opener.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("番禺区卫生健康局", "番禺区")


def test_a_statement_in_traditional_characters_is_timed_as_one_in_simplified(tmp_path, workspace):
    """2020年至2022年我縣通過債券資金實施了…工程項目，在完成…農村自來水普及率達到97.5%目標前提下 (縣 is not 县: the span was not
    read, and 97.5% took the year of a later date, 2021年12月30日)."""
    text = ("關於對縣十九屆人大二次會議第37號代表建議的答復\n韓忠國等代表:\n您在縣十九屆人大二次會議上提出的《關於加強農村安全飲水投入的建議》"
            "收悉,經認真研究辦理,現答復如下:\n農村飲水安全工程是一項民生工程,投資力度逐年加大。2020年至2022年我縣通過債券資金實施了"
            "永吉縣農村飲水安全鞏固提升工程項目,在完成省委省政府要求農村自來水普及率達到97.5%目標前提下,逐步完成了部分老舊農村供水工程的改造。"
            "2021年12月30日,按照省水利廳要求我縣成立了永吉縣農村供水工程管理服務中心。\n永吉縣水利局\n2023年7月1日\n")
    ff = distil(tmp_path, workspace, text, "trad.txt")
    fact, fig = next((f, g) for f in ff.facts for g in f.figures if g.raw == "97.5%")
    assert (fig.year, fig.until) == (2020, 2022) or (fig.year is None and (fact.period.year, fact.period.until) == (2020, 2022))


def test_a_county_naming_itself_short_as_what_it_is_is_that_county(tmp_path, workspace):
    """A reply saying 我县 and 黑山作为农业大县 (never 黑山县): its place is 黑山县 (none was read)."""
    text = ("县政协十三届三次会议《关于加快发展钦差沟生态旅游业的提案》(7号)答复\n\n王影委员:\n"
            "  您提出的“关于加快发展钦差沟生态旅游业的建议”收悉。现答复如下:\n"
            "  我们作为旅游主管部门十分重视我县的旅游事业的发展,接此提案后,局党委召开专题会议,认真研究落实。\n"
            "  近年来,农家游、绿色游等回归大自然的旅游形式迅速发展。黑山作为农业大县,土地肥沃,土特产品丰富,"
            "应该把握好自身的自然资源,加快发展辽西特色的农家游和绿色旅游。\n")
    assert distil(tmp_path, workspace, text, "short.txt").source.jurisdiction == "黑山县"


def test_a_towns_part_of_a_total_is_the_towns(tmp_path, workspace):
    """…安排水务融资资金4800万元，包括筱村镇备用水源工程3700万元: 3700万元 is 筱村镇's (a name holding 村 was no town,
    包括 opened no town's clause); a list after 包括 (包括罗阳镇、雅阳镇等12个乡镇共…) names no one town."""
    text = ("泰顺县水利局关于答复县十七届人大三次会议第413号代表建议的函\n\n吴春华代表:\n\n"
            "您《关于增加蓄水工程建设的建议》收悉,我局高度重视,经调查研究,现答复如下:\n\n"
            "一、供水保障方面。我局安排水务融资资金4800万元,包括筱村镇备用水源工程3700万元、建城区管网改造300万元。"
            "全县农村供水工程覆盖12个乡镇,包括罗阳镇、雅阳镇等共计受益人口20万人。\n\n泰顺县水利局\n\n2024年6月26日\n")
    ff = distil(tmp_path, workspace, text, "part.txt")
    places = {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures}
    assert places["3700万元"] == "筱村镇"
    assert places["20万人"] != "罗阳镇"


def test_money_spent_in_a_town_is_the_towns(tmp_path, workspace):
    """二是拟使用2025年省级水利发展资金42万元用于攀莲镇水塘村9-15社供水点维修改造工程: the town's, not the county's."""
    text = ("米易县水利局\n对县十九届人大五次会议第34号建议的答复\n张迎春代表:\n"
            "感谢您对米易县水利事业发展的关心和支持,您提出的关于解决攀莲镇水塘村9-15社农村饮用水问题的建议收悉,现答复如下:\n"
            "为解决水塘村9-15社缺水问题,我局将从以下三个方面持续发力。二是拟使用2025年省级水利发展资金42万元用于攀莲镇水塘村9-15社供水点维修改造工程。\n"
            "米易县水利局\n2025年9月23日\n")
    ff = distil(tmp_path, workspace, text, "spent.txt")
    fact, fig = next((f, g) for f in ff.facts for g in f.figures if g.raw == "42万元")
    assert (fig.place or fact.jurisdiction) == "攀莲镇"


def test_a_towns_or_farms_name_may_hold_a_numeral(tmp_path, workspace):
    """…要求，五台林场生态护林员计划安排是2016—2017年每年68名 (round 9's 房县 reply): 68名 is 五台林场's (a name holding a
    numeral was read as a count); 三个乡镇 is still no town."""
    text = ("胡维英等四位代表:\n你们提出的《关于加大对五台林场森林资源管护经费投入的建议》已收悉,现答复如下:\n"
            "将部分建档立卡贫困人口转为生态护林员,是全面贯彻有关要求,五台林场生态护林员计划安排是2016—2017年每年68名,"
            "2018年增加了28名。另外,三个乡镇共安排护林员40名。\n房县林业局\n2019年6月1日\n")
    places = {g.raw: g.place or f.jurisdiction for f in distil(tmp_path, workspace, text, "farm.txt").facts for g in f.figures}
    assert places["68名"] == places["28名"] == "五台林场"
    assert places["40名"] != "三个乡镇"


def test_a_housing_estates_part_is_no_district(tmp_path, workspace):
    """改造范围为清原镇…东园西区及东园东区等7个…老旧小区 (round 9's 清原 reply): 7个 is 清原镇's, not a district 东园东区's;
    城东区 (西宁) is still a district."""
    text = ("对县八届人大二次会议\n第72号建议答复\n高松代表\n您提出的《关于加强县城小区基础设施建设的建议》收悉,现将办理情况答复如下:\n"
            "今年我局将实施老旧小区改造建设项目改造范围为清原镇东三环小区、县托小区、东园西区及东园东区等7个2000年以前建成的老旧小区。\n"
            "承办单位:清原满族自治县住房和城乡建设\n")
    places = {g.raw: g.place or f.jurisdiction for f in distil(tmp_path, workspace, text, "estate.txt").facts for g in f.figures}
    assert places["7个"] == "清原镇"
    from drafter.distill.places import is_place
    assert is_place("城东区")


def test_a_cppcc_sessions_formal_name_is_the_session(tmp_path, workspace):
    """政协内蒙古自治区第十二届委员会第三次会议的集体提案…收悉: its session (none was read: 委员会 between 届 and 次, and
    the region's name longer than four characters before its 自治区)."""
    text = ("政协内蒙古自治区第十二届委员会第三次会议的集体提案《关于将支持蒙医药事业发展纳入自治区“十四五”规划的提案》收悉,现答复如下。\n"
            "自治区卫生健康委在“十四五”时期卫生与健康事业发展规划的研究编制工作中,统筹部署了中医药(蒙医药)发展规划研究编制工作。\n"
            "感谢对中医药(蒙医药)事业的关注与支持。\n内蒙古自治区卫生健康委员会\n2020年9月27日\n")
    assert distil(tmp_path, workspace, text, "cppcc.txt").source.session == "政协内蒙古自治区第十二届委员会第三次会议"
