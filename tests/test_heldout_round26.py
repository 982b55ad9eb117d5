"""General reading rules found on the pages earlier reading rounds left misread (福州市教育局's news pages, 番禺区卫生健康局's
2022 report, 郑州市生态环境局's report and reply, a news item on 厦门市政协's standing committee).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document), in a
workspace of the page's own bureau, and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_texts, unit_workspace


@pytest.fixture
def fuzhou(tmp_path):
    """A workspace of 福州市教育局 (its name, short name, city and districts)."""
    return unit_workspace(tmp_path / "ws_fz", "福州市教育局", "市教育局", "福州市", "鼓楼区, 台江区, 仓山区, 晋安区, 马尾区, 长乐区, 闽侯县")


@pytest.fixture
def panyu(tmp_path):
    """A workspace of 广州市番禺区卫生健康局."""
    return unit_workspace(tmp_path / "ws_py", "广州市番禺区卫生健康局", "区卫生健康局", "番禺区", "市桥街道, 沙湾街道")


@pytest.fixture
def xiamen(tmp_path):
    """A workspace of 厦门市卫生健康委员会 (whose director the CPPCC's news item quotes)."""
    return unit_workspace(tmp_path / "ws_xm", "厦门市卫生健康委员会", "市卫健委", "厦门市", "思明区, 湖里区, 集美区, 海沧区, 同安区, 翔安区")


# riulidt.cn/news/2022/2022-09-22/510119.html (中新网's item, mirrored): its second paragraph.
LIGHTING = ("中新网福建新闻正文\n\n福州市科学精准防控近视，少儿总体近视率逐年下降\n\n2022-09-22\n\n"
            "9月是全国第五个近视防控宣传教育月，今年的主题是“全社会行动起来，共同呵护好孩子的眼睛，让他们拥有一个光明的未来”。"
            "我市的近视防控工作进展如何？“小眼镜”的数量有无减少？连日来，记者采访相关学校和教育部门时了解到，"
            "2021年全市儿童青少年总体近视率同比下降2.41%，今年我市还计划改造近视防控教室照明3561间。\n\n"
            "照明改造 为“心灵之窗”护航\n\n"
            "新学期开学，鼓楼区不少师生都发现，教室里的灯光柔和了许多，不再那么刺眼。记者在延安中学看到，"
            "教室里安装了新型护眼灯，无眩光，光线柔和舒适。\n")


def test_a_plan_clause_after_a_result_is_a_plan_of_its_own(tmp_path, fuzhou):
    """…总体近视率同比下降2.41%，今年我市还计划改造近视防控教室照明3561间。 (riulidt.cn, 2022-09-22) held the year's plan in
    the result's fact, its 3561间 among the figures reached: a clause after a result's comma opening on what is planned for
    a time to come (今年…还计划…, 拟…, 今年将继续…) is a plan of its own, its figure out of the result's."""
    facts = distil(tmp_path, fuzhou, LIGHTING, "lighting.txt").facts
    plan = next(f for f in facts if "3561间" in f.text)
    assert plan.kind == "plan" and plan.text.startswith("今年我市还计划")
    result = next(f for f in facts if "2.41%" in f.text)
    assert [g.raw for g in result.figures] == ["2.41%"] and result.text.endswith("下降2.41%")


def test_a_plan_clause_is_its_sentence_alone(tmp_path):
    """泉科〔2017〕28号 (the demo's seed): …目前，已研究出台4份政策文件，下一步拟再出台14份配套政策。推动设立泉州片区建设专项资金，
    …: the plan clause is split off, and the sentence after it is the report's work again, not part of the plan."""
    ws = unit_workspace(tmp_path / "ws_qz", "泉州市科学技术局", "市科技局", "泉州市", "鲤城区, 丰泽区")
    text = ("泉州市科学技术局2016年工作总结\n\n一、2016年工作总结\n\n"
            "全面推进示范区建设各项任务。目前，已研究出台4份政策文件，下一步拟再出台14份配套政策。推动设立泉州片区建设专项资金，"
            "结合我市产业特色和重点，生成一批示范区重点建设项目。\n")
    kinds = {f.text: f.kind for f in distil(tmp_path, ws, text, "summary.txt").facts}
    assert kinds["下一步拟再出台14份配套政策。"] == "plan"
    assert kinds["推动设立泉州片区建设专项资金，结合我市产业特色和重点，生成一批示范区重点建设项目。"] == "done"
    assert next(t for t in kinds if t.endswith("已研究出台4份政策文件"))


def test_a_year_opening_a_plan_stays_with_it(tmp_path, fuzhou):
    """A plan's year before its comma (2022年，我市计划改造…) is no result the plan clause follows: the statement stays whole."""
    text = ("福州市教育局2022年工作要点\n\n一、重点任务\n\n2022年，我市计划改造近视防控教室照明3561间，全面改善教室采光照明条件。\n")
    facts = distil(tmp_path, fuzhou, text, "points.txt").facts
    assert [f.text[:5] for f in facts] == ["2022年"] and facts[0].kind == "plan"


def test_a_reporters_questions_and_framing_are_no_part_of_a_fact(tmp_path, fuzhou):
    """The same page's fact held 我市的近视防控工作进展如何？“小眼镜”的数量有无减少？连日来，记者采访相关学校和教育部门时了解到，
    and 记者在延安中学看到，: the questions a news item asks and how its reporter learned what follows are no part of a fact."""
    texts = fact_texts(distil(tmp_path, fuzhou, LIGHTING, "lighting.txt"))
    assert "？" not in texts and "记者" not in texts
    assert "今年的主题是“全社会行动起来，共同呵护好孩子的眼睛，让他们拥有一个光明的未来”。2021年全市儿童青少年" in texts
    assert "教室里的灯光柔和了许多，不再那么刺眼。教室里安装了新型护眼灯" in texts


def test_a_news_ledes_credit_is_no_part_of_its_fact(tmp_path, fuzhou):
    """edu.gmw.cn/2024-09/19/content_37570737.htm (中国教育报) opens 本报讯（记者龙超凡）记者近日从…启动仪式上获悉，从2022年起，…:
    the credit and the reporter's framing went into the fact."""
    text = ("福建两年改造五万余间教室照明\n来源：中国教育报2024-09-19 15:38\n"
            "本报讯（记者龙超凡）记者近日从福建省举办的第9个全国近视防控宣传教育月启动仪式上获悉，从2022年起，该省连续3年将中小学校"
            "教室照明改造列入为民办实事项目，两年累计完成改造5.52万间，今年将继续改造1.5万间，力争实现教室照明改造达标率100%。\n")
    facts = distil(tmp_path, fuzhou, text + "《中国教育报》2024年09月19日 第03版\n", "gmw.txt").facts
    assert facts[0].text.startswith("从2022年起，该省连续3年将")
    plan = next(f for f in facts if "1.5万间" in f.text)
    assert plan.kind == "plan" and plan.text.startswith("今年将继续改造") and "5.52万间" not in plan.text
    # (the lines after a paragraph whose plan was split off are read as before: its last line is no heading)
    assert facts[-1].text == "《中国教育报》2024年09月19日 第03版"


def test_a_run_of_years_counts_nothing(tmp_path, fuzhou):
    """The same page's 该省连续3年将中小学校教室照明改造列入为民办实事项目 gave a figure 3年 counting 中小学校教室照明改造: 连续3年
    (连续6个月…) is how long something went on, no count of the thing after it."""
    text = ("福建两年改造五万余间教室照明\n来源：中国教育报2024-09-19 15:38\n"
            "从2022年起，该省连续3年将中小学校教室照明改造列入为民办实事项目，两年累计完成改造5.52万间。\n")
    figures = [g.raw for f in distil(tmp_path, fuzhou, text, "gmw.txt").facts for g in f.figures]
    assert figures == ["5.52万间"]


# bkwk.cn/article/fzcsslpczlqsnhyxdgzsljkshmlwl-a18915983.html: an article on 仓山区's eye tests, no date, no author's unit.
ARTICLE = ("引言\n随着电子产品的普及和学业压力的增加,青少年近视问题日益严重。为了有效预防和控制青少年近视,福州市仓山区积极开展视力"
           "普查活动,旨在提高青少年视力健康意识,守护他们的明亮未来。\n二、视力普查的实施过程\n1. 组织与实施\n"
           "仓山区卫生健康部门牵头,联合教育、民政等部门成立视力普查工作领导小组。\n学校积极配合,组织学生参加视力普查。\n"
           "三、视力普查的成果与启示\n1. 成果\n仓山区青少年近视率得到有效控制,近视率逐年下降。\n2. 启示\n"
           "视力普查是青少年近视防控的重要手段,应持续开展。\n家庭、学校、社会应共同努力,关注青少年视力健康。\n"
           "加强视力健康教育,提高青少年自我保护意识。\n")


def test_an_undated_article_on_a_place_is_no_work_report(tmp_path, fuzhou):
    """The bkwk.cn article was typed a work report and its advice (家庭、学校、社会应共同努力…, 加强视力健康教育…) stored as done: a
    text naming no issuer, number, date nor year, speaking of a place by its name and never as 我局/我区/我们, is a third party's
    article (news), no report of the bureau's work."""
    ff = distil(tmp_path, fuzhou, ARTICLE, "bkwk.txt")
    assert ff.source.kind == "news"
    assert not [f.text for f in ff.facts if f.kind == "done"]


def test_advice_and_lessons_are_no_work_done(tmp_path, fuzhou):
    """The same article's advice read in a report: a statement opening on what its subject should do (家庭、学校、社会应共同努力…) and
    the lessons under a heading of 启示 are no work done."""
    text = "福州市仓山区教育局2023年工作总结\n" + ARTICLE.replace("福州市仓山区积极", "我区积极")
    ff = distil(tmp_path, fuzhou, text, "report.txt")
    assert ff.source.kind == "work_report"
    kinds = {f.text[:6]: f.kind for f in ff.facts}
    assert kinds["家庭、学校、"] == "context" and kinds["加强视力健康"] == "context"
    assert kinds["学校积极配合"] == "done"


# panyu.gov.cn/zwgk/zjgb/bmgzbg/2022/content/post_8899638.html: 番禺区卫生健康局's 2022 report, its opening paragraph.
PANYU = ("2022年,是具有特殊重要意义的一年,番禺区卫生健康局围绕“强基层、引人才、促发展、建高地”的发展主线,坚持公益,聚焦健康,"
         "多项工作成绩明显。目前,全区共有医疗机构787间,相比2021年末增加66间。全区户籍孕产妇死亡率为0,全人口孕产妇死亡率为3.85/10万,"
         "新生儿、婴儿和5岁以下儿童死亡率分别为0.93‰、1.62‰、1.93‰,均优于国家、省、市标准。\n一、主要工作\n")


def test_rates_listed_with_one_name_count_each_their_own(tmp_path, panyu):
    """新生儿、婴儿和5岁以下儿童死亡率分别为0.93‰、1.62‰、1.93‰ gave all three the name 婴儿和5岁以下儿童死亡率: things listed with
    、 and 和 before as many figures count each its own, the rate the last one names being each one's (新生儿死亡率…); and
    全人口孕产妇死亡率为3.85/10万, a rate per 10万, was not read at all."""
    counts = {g.raw: (g.counts, g.unit) for f in distil(tmp_path, panyu, PANYU, "panyu.txt").facts for g in f.figures}
    assert counts["0.93‰"][0] == "新生儿死亡率"
    assert counts["1.62‰"][0] == "婴儿死亡率"
    assert counts["1.93‰"][0] == "5岁以下儿童死亡率"
    assert counts["3.85/10万"] == ("全人口孕产妇死亡率", "/10万")


# fafqdl.cn/xiamen/sz/2210136.html: a news item (in traditional characters) on 厦门市政协's standing committee.
CPPCC = ("http://www.fafqdl.cn/xiamen/sz/2210136.html\n10月15日-16日,市政協召開十三屆十八次常委會,主要議程有傳達學習貫徹中央政協工作會議和省委常委會、市委常委會會議精神,"
         "對重點提案辦理開展民主監督。\n"
         "昨日上午,市政協常委會組織視察廈門市中醫院和翔安區大宅社區。\n"
         "針對《關于提升我市中醫藥服務能力的建議》,市衛健委主任姚冠華通報辦理情況。姚冠華表示,廈門將啟動以市級為單位創建全國基層"
         "中醫藥工作先進單位,爭取將中藥飲片加成恢復到25%的政策早日落地。\n"
         "針對《推動廈門鄉村振興,改善鄉村生態環境的對策建議》,市農業農村局局長呂參軍通報辦理情況。下一步,市農業農村局將全面推進"
         "農村人居環境整治,著力打造生態宜居美麗鄉村。\n")


def test_news_of_an_assemblys_meeting_is_that_assemblys(tmp_path, xiamen):
    """The item was issued by 厦门市农业农村局 (a bureau it quotes, 市农业农村局将…): a text opening, after the day, on the body
    that held its event (市政协召开…常委会) is that body's news."""
    ff = distil(tmp_path, xiamen, CPPCC, "cppcc.txt")
    assert (ff.source.kind, ff.source.issuer) == ("news", "厦门市政协")
    assert not [f.text for f in ff.facts if f.kind == "done"]


@pytest.fixture
def zhengzhou(tmp_path):
    """A workspace of 郑州市生态环境局."""
    return unit_workspace(tmp_path / "ws_zz", "郑州市生态环境局", "市生态环境局", "郑州市", "中原区, 二七区, 金水区, 管城回族区, 惠济区, 上街区")


def test_a_rank_is_a_figure_of_what_is_ranked_where(tmp_path, zhengzhou):
    """public.zhengzhou.gov.cn/D250401X/8885474.jhtml (2023年工作报告): 正排第5 was not read, 第34位 borrowed the name of the rank
    before it (下降率在国家中心城市中正排) and 168个 counted 重点城市倒排第: a rank (第N位, or 第N right after 排名/正排/倒排) is a figure
    of unit 位 named by its own clause (what is ranked where, the field's size left out), and a count reading forward stops
    where a rank begins."""
    text = ("2023年工作报告\n一、空气质量情况\n"
            "2023年,全市空气质量排名取得历史性突破,全市空气质量年综合指数4.53,同比下降2.2%,在全国监测的168个重点城市有106个城市"
            "不降反升的情况下,我市保持了下降趋势,下降率在国家中心城市中正排第3位、省会城市正排第5;年排名在全国168个重点城市倒排"
            "第34位,同比提升7个名次。\n")
    figures = {g.raw: (g.counts, g.unit) for f in distil(tmp_path, zhengzhou, text, "report.txt").facts for g in f.figures}
    assert figures["第3位"] == ("下降率在国家中心城市中正排", "位")
    assert figures["第5"] == ("下降率在省会城市正排", "位")  # (round 28: listed after 第3位's 、, it ranks the same 下降率)
    assert figures["第34位"] == ("年排名在全国重点城市倒排", "位")
    assert figures["168个"] == ("重点城市", "个")


def test_ranks_listed_after_things_listed_are_each_ones(tmp_path, zhengzhou):
    """henan.kjzch.com/zhengzhou/2019-11-19/610833.html (reply to B(2019)331): PM10、PM2.5下降率分别为10.2%、4.5%,全省排名第2、第5位
    read 第2 not at all, both rates as PM2.5下降率, and PM10、PM2.5年均浓度分别为106、63微克/立方米 both as 浓度: a thing named by a
    code (PM10) is a thing of a list, the measure the last one names (年均浓度) each one's, and ranks listed after the list
    rank each thing in turn."""
    text = ("对市十五届人大二次会议第B(2019)331号 建议的答复\n尊敬的程刚岭代表:\n"
            "您提出的关于“对郑州市大气污染攻坚工作”的建议收悉,现答复如下:\n"
            "2018年,全市上下团结一心,大气环境质量持续改善;PM10、PM2.5年均浓度分别为106、63微克/立方米,超额完成年度目标,"
            "是完成目标的7个省辖市之一;PM10、PM2.5下降率分别为10.2%、4.5%,全省排名第2、第5位;优良天数168天,比去年增加2天;"
            "在169个重点城市排名第18位。\n")
    figures = {g.raw: (g.counts, g.unit) for f in distil(tmp_path, zhengzhou, text, "reply.txt").facts for g in f.figures}
    assert figures["106"][0] == "PM10年均浓度" and figures["63微克/立方米"][0] == "PM2.5年均浓度"
    assert figures["10.2%"][0] == "PM10下降率" and figures["4.5%"][0] == "PM2.5下降率"
    assert figures["第2"] == ("PM10下降率全省排名", "位") and figures["第5位"] == ("PM2.5下降率全省排名", "位")
    assert figures["第18位"] == ("重点城市排名", "位")


def test_a_garbled_pages_question_mark_ends_no_question(tmp_path):
    """A mirror of 衡阳市财政局's reply to suggestion 414 (衡財建復〔2022〕8號) prints pinyin into its words and ? for a lost
    character (醫(yī)?;鹭?fù)擔(dān)): that ? ends no question, and the sentence stays whole."""
    ws = unit_workspace(tmp_path / "ws_hy", "衡阳市财政局", "市财政局", "衡阳市", "雁峰区, 石鼓区, 珠晖区, 蒸湘区, 南岳区")
    text = ("對(duì)市十六屆人大一次會(huì)議第414號(hào)建議的答復(fù)\n衡財(cái)建復(fù)〔2022〕8號(hào)(B類)\n"
            "按照黨中央、國(guó)務(wù)院部署,對(duì)2021年2月6日以前的重點(diǎn)人群接種工作,由各級(jí)政府組織安排費(fèi)用保障,"
            "對(duì)之後的疫苗及接種費(fèi)用由醫(yī)?;鹭?fù)擔(dān),財(cái)政按照實(shí)際費(fèi)用的30%予以補(bǔ)助。\n")
    texts = fact_texts(distil(tmp_path, ws, text, "hy.txt"))
    assert texts.startswith("按照党中央、国务院部署") and texts.endswith("予以补助。")  # (as the reader gives it, simplified)


def test_a_rank_in_brackets_ranks_the_figure_before_it(tmp_path):
    """huzhou.gov.cn/art/2021/12/30/art_1229630078_59066032.html (湖州's 十四五 plan for science): …占GDP比重从2015年的2.39%
    提升到2020年的3.09%(全省第3位) left the rank nameless: a rank in brackets right after a figure ranks that figure's measure."""
    ws = unit_workspace(tmp_path / "ws_hz", "湖州市科学技术局", "市科技局", "湖州市", "吴兴区, 南浔区, 德清县, 长兴县, 安吉县")
    text = ("湖州市科技创新“十四五”规划\n"
            "科技创新主要指标走在全省前列,全社会R&D经费支出占GDP比重从2015年的2.39%提升到2020年的3.09%(全省第3位);"
            "高新技术产业增加值占规上工业增加值比重从42.1%提升到59.7%高于全省平均水平。\n")
    figures = {g.raw: g for f in distil(tmp_path, ws, text, "hz.txt").facts for g in f.figures}
    assert figures["第3位"].counts == figures["3.09%"].counts + "全省" and figures["第3位"].unit == "位"


def test_a_bare_plan_word_after_a_result_splits_nothing(tmp_path, fuzhou):
    """The plan clause rule (…下降2.41%，今年我市还计划改造…) wants a time to come, a subject or 还/也 before 计划: a bare 计划 after a
    comma is the size or the measure of what was done (…改造近视防控教室照明3561间，计划总投资…, …，计划完成率…), no plan of its own."""
    text = ("福州市教育局2022年工作总结\n\n一、工作成效\n\n"
            "2022年全市改造近视防控教室照明3561间，计划总投资1.2亿元，完成投资0.9亿元。\n")
    facts = distil(tmp_path, fuzhou, text, "summary.txt").facts
    assert [f.kind for f in facts] == ["done"] and facts[0].text.endswith("完成投资0.9亿元。")
