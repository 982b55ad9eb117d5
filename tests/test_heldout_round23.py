"""General reading rules found on held-out round 23 (two bureaus the earlier rounds did not hold — 福州市教育局, whose base
is news pages on its work, and 马关县交通运输局, whose base is its replies).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document), in a
workspace of the page's own bureau, and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import shutil

import pytest
from helpers import REPO, distil, fact_texts

from drafter.distill.facts import subject_place
from drafter.workspace import load_workspace


@pytest.fixture
def fuzhou(tmp_path):
    """A workspace of 福州市教育局 (its name, short name, city and districts), the repository's templates."""
    root = tmp_path / "ws_fz"
    root.mkdir()
    (root / "drafter.yaml").write_text(
        "organisation:\n  name: 福州市教育局\n  short_name: 市教育局\n  jurisdiction: 福州市\n"
        "  areas: [鼓楼区, 台江区, 仓山区, 晋安区, 马尾区, 长乐区, 闽侯县]\n", "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    return load_workspace(root)


# riulidt.cn/news/2022/2022-09-22/510119.html (中新网's item, mirrored): a photo's caption and credit, then a section
# on one district's schools.
LIGHTING = ("中新网福建新闻正文\n\n福州市科学精准防控近视，少儿总体近视率逐年下降\n\n2022-09-22\n\n"
            "9月是全国第五个近视防控宣传教育月，今年的主题是“全社会行动起来，共同呵护好孩子的眼睛，让他们拥有一个光明的未来”。"
            "我市的近视防控工作进展如何？“小眼镜”的数量有无减少？连日来，记者采访相关学校和教育部门时了解到，"
            "2021年全市儿童青少年总体近视率同比下降2.41%，今年我市还计划改造近视防控教室照明3561间。\n\n"
            "江南水都中学八年级1班学生们认真做眼保健操。记者 叶诚 摄\n\n"
            "照明改造 为“心灵之窗”护航\n\n"
            "新学期开学，鼓楼区不少师生都发现，教室里的灯光柔和了许多，不再那么刺眼。记者在延安中学看到，"
            "教室里安装了新型护眼灯，无眩光，光线柔和舒适。现在，学生们可以在更健康的用眼环境中学习了。\n\n"
            "在我市积极支持近视防控试点县（市、区）建设的背景下，去年3月，鼓楼区被认定为全国儿童青少年近视防\n")


def test_a_district_opening_a_statement_after_its_setting_is_its_place(tmp_path, fuzhou):
    """新学期开学，鼓楼区不少师生都发现，… and 在我市积极支持…的背景下，去年3月，鼓楼区被认定为… (riulidt.cn, 2022-09-22) were
    the city's: the district opens the sentence's first clause after its setting (a short clause of time, a frame 在…背景下)."""
    places = {f.text[:4]: f.jurisdiction for f in distil(tmp_path, fuzhou, LIGHTING, "lighting.txt").facts}
    assert places["新学期开"] == "鼓楼区"
    assert places["9月是全"] == "福州市"
    # (the page stops inside its last sentence, …鼓楼区被认定为全国儿童青少年近视防: since round 28 no fact, its setting alone
    # is nothing; the rule that read its place is the statement's subject's)
    assert "在我市积" not in places
    assert subject_place("在我市积极支持近视防控试点县（市、区）建设的背景下，去年3月，鼓楼区被认定为全国儿童青少年近视防") == "鼓楼区"


def test_a_page_with_a_photo_credit_is_news_and_the_credit_no_fact(tmp_path, fuzhou):
    """The same page, a news item whose reporter's credit closes a photo's caption (记者 叶诚 摄), was read as a work report:
    its reporter's prose (我市的近视防控工作进展如何？…记者采访…了解到, with the year's plan 今年我市还计划改造…3561间) became work
    done, and the caption and credit a fact."""
    ff = distil(tmp_path, fuzhou, LIGHTING, "lighting.txt")
    assert ff.source.kind == "news"
    assert "叶诚" not in fact_texts(ff) and "眼保健操" not in fact_texts(ff)
    assert not [f.text for f in ff.facts if f.kind == "done"]


def test_a_credit_alone_is_no_fact(tmp_path, fuzhou):
    """edu.people.com.cn/n1/2021/0112/c1053-31997282.html closes on 新华社记者 宋为伟 摄, which was a fact."""
    text = ("福州持续开展学生视力筛查\n\n2021年01月12日11:16 | 来源:新华网\n\n"
            "近年来,福建省福州市持续开展学生视力筛查工作,在越来越多的中小学及幼儿园建立视力定期监测制度,"
            "目前已为超过100万人次学生建立视力筛查档案。\n\n新华社记者 宋为伟 摄\n")
    ff = distil(tmp_path, fuzhou, text, "screening.txt")
    assert ff.source.kind == "news" and "宋为伟" not in fact_texts(ff)


def test_a_news_outlets_page_on_the_bureaus_work_is_news_of_its_work(tmp_path, fuzhou):
    """hxcsw.com/chengshizixun/2023/0217/c_123595229.html (来源:新华网) and house.mnw.cn/fujian/20200616/54782.html
    (来源:福州晚报) were work reports: their source field names a news outlet. The bureau's own work the outlet reports
    (福州市教育局近日出台《…》) stays its work done; what others do is context."""
    text = ("福州多举措推动中小学生顺利开启新学期\n\n2023-02-17 21:57:28 来源:新华网\n\n"
            "近来，全国各地中小学陆续开学，师生们回到了阔别多日的校园。为了帮助学生们缓解因为“长假期”引发的担忧、焦虑、不安等情绪，"
            "福州市部分中小学通过心理健康教育课、团体辅导、线上家访、体育锻炼等方式，引导广大学生增强信心，尽快进入学习生活状态。\n\n"
            "福州市教育局近日出台《福州市加强和改进新时代学校体育工作的十六条措施》，要求各校每天户外时间一般不少于2小时。\n")
    ff = distil(tmp_path, fuzhou, text, "sixteen.txt")
    assert ff.source.kind == "news"
    assert {f.text[:4]: f.kind for f in ff.facts} == {"近来，全": "context", "福州市教": "done"}
    text = ("福州市教育局公布2020下学年小学校历\n\n发布时间:2020-06-16  来源:福州晚报\n\n"
            "市教育局昨日发布下学年小学校历。\n\n"
            "下学年第一学期8月31日开学，2021年1月20日学期结束，寒假2021年1月21日开始，2月20日结束。\n")
    assert distil(tmp_path, fuzhou, text, "calendar.txt").source.kind == "news"


def test_a_place_written_under_its_province_is_the_places(tmp_path, fuzhou):
    """近年来,福建省福州市持续开展学生视力筛查工作,…目前已为超过100万人次学生建立视力筛查档案 (edu.people.com.cn, 2021-01-12):
    the figure was the province's, the first of a chain of places that names the city."""
    text = ("福州持续开展学生视力筛查\n\n2021年01月12日11:16 | 来源:新华网\n\n"
            "近年来,福建省福州市持续开展学生视力筛查工作,在越来越多的中小学及幼儿园建立视力定期监测制度,"
            "目前已为超过100万人次学生建立视力筛查档案。\n")
    ff = distil(tmp_path, fuzhou, text, "screening.txt")
    [figure] = [g for f in ff.facts for g in f.figures]
    assert (figure.value, figure.place or ff.facts[0].jurisdiction) == (100, "福州市")


@pytest.fixture
def maguan(tmp_path):
    """A workspace of 马关县交通运输局, the repository's templates."""
    root = tmp_path / "ws_mg"
    root.mkdir()
    (root / "drafter.yaml").write_text(
        "organisation:\n  name: 马关县交通运输局\n  short_name: 县交通运输局\n  jurisdiction: 马关县\n"
        "  areas: [马白镇, 八寨镇, 坡脚镇]\n", "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    return load_workspace(root)


def test_a_year_inside_the_span_a_statement_opens_on_is_no_period_of_its_own(tmp_path, maguan):
    """马关县交通运输局's reply to 熊林花 (ynmg.gov.cn/info/2089/67562.htm, 2020-09-18) opens “十三五”期间,全县农村公路建设任务主要是
    2017年通建制村路面硬化、…: the statement was of 2017, one task of the span it speaks of."""
    text = ("马关县交通运输局答复函\n\n类别:C\n\n熊林花代表:\n\n"
            "你提出的“关于修建方山村委会中嗄达至新发寨村小组连接道路的建议”,已交我们研究办理,现答复如下:\n\n"
            "“十三五”期间,全县农村公路建设任务主要是2017年通建制村路面硬化、全县50户以上自然村道路硬化、部分经济干线、"
            "边境乡镇20户以上自然村道路硬化建设。你建议中所提的道路属于村小组与村小组之间的连接道路,因目前没有这方面的项目,"
            "加之县级财力困难,暂时不能解决。\n\n马关县交通运输局\n\n2020年9月18日\n")
    [fact] = [f for f in distil(tmp_path, maguan, text, "c.txt").facts if "十三五" in f.text]
    assert (fact.period.year, fact.period.until) == (2016, 2020)


def test_a_deputys_remarks_under_their_name_are_no_work_and_their_name_no_title(tmp_path, fuzhou):
    """rd.fuzhou.gov.cn/zl/rmdbdsc/sd/201501/t20150116_1744360.htm prints deputies' remarks at the 两会, each under a line
    naming them (刘炜英(仓山团代表)): 活到老学到老。但现在，政府对于教育的投入还停留在学校教育，建议加大… was work done, and the first
    deputy's line (陈建钦(闽侯团代表)) the page's title."""
    text = ("陈建钦(闽侯团代表)\n\n"
            "虽然近年来我市社会保障水平不断提高，但对农村“五保户”等弱势群体来说，目前的保障和帮助还不够。希望民政部门能完善社会救济工作机制。\n\n"
            "张茂华(福清团代表)\n\n"
            "福州经济具有鲜明外向型特点，在新常态下2015年将面临更大的下行压力。作为经济主体的企业，要在这轮冲击中增强“生命力”，"
            "必须加速转型升级，提升核心竞争力。在这方面，政府已经出台了一系列金融、税收等方面扶持政策，建议企业能主动争取，共渡难关。\n\n"
            "刘炜英(仓山团代表)\n\n"
            "活到老学到老。但现在，政府对于教育的投入还停留在学校教育，建议加大推动终身教育事业发展力度。这方面可以充分利用现有的机构和设施。\n")
    ff = distil(tmp_path, fuzhou, text, "remarks.txt")
    assert "代表" not in (ff.source.title or "")
    assert ff.facts and {f.kind for f in ff.facts} == {"context"}


def test_a_sites_section_over_its_article_is_no_title(tmp_path, fuzhou):
    """riulidt.cn/news/2022/2022-09-22/510119.html opens on the site's section 中新网福建新闻正文, which was the title; the
    headline under it (福州市科学精准防控近视，少儿总体近视率逐年下降) is."""
    assert distil(tmp_path, fuzhou, LIGHTING, "lighting.txt").source.title == "福州市科学精准防控近视，少儿总体近视率逐年下降"


def test_a_replys_paragraph_parts_its_work_its_obstacle_and_its_plan(tmp_path, maguan):
    """马关县交通运输局's replies to 杨开顺 put the bureau's work, why the road cannot be done now and what will be done in
    one paragraph, stored as one fact: 105 (ynmg.gov.cn/info/2239/88502.htm) as work done, holding 由于县级财力有限，一时难以
    解决 and …待下级下达任务后，将及时组织实施; 124 (ynmg.gov.cn/info/2400/101254.htm) as a problem, holding the bureau's
    standing rule (按照一个村小组至少有一条通村硬化路的目标和原则). The obstacle is a problem of its own, what waits on a condition
    a plan; a sentence on the road that deputy named (我局已将你所提的路段纳入2023年大中修项目…) is context, told to them of their
    own road — a draft to another deputy reported it as a result."""
    text = ("马关县交通运输局关于马关县第十八届人大一次会议第105号建议的答复函\n\n类别:B\n\n杨开顺代表:\n\n"
            "你提出的“关于对浪健段柏油路维修的建议”,已交我局研究办理,现答复如下:\n\n"
            "加大农村公路建设维修,改善道路通行条件是我局义不容辞的责任,近几年来,我们按照一个村小组至少有一条通村硬化路的目标和原则,"
            "大力解决群众出行难问题。县级自筹资金大量用于修建进村道路,对一些因雨季受损公路维修不到位,导致群众出行存在安全隐患。"
            "由于县级财力有限,一时难以解决。我局已将你所提的路段纳入2023年大中修项目上报上级业务主管部门,待下级下达任务后,"
            "将及时组织实施。\n\n马关县交通运输局\n\n2022年7月22日\n")
    kinds = [(f.text[:4], f.kind) for f in distil(tmp_path, maguan, text, "105.txt").facts]
    # (the shortfall of that deputy's road before the obstacle is how it stood, context of its own: round 69)
    assert kinds == [("加大农村", "done"), ("县级自筹", "context"), ("由于县级", "problem"), ("我局已将", "context")]
    text = ("马关县交通运输局关于马关县第十八届人大二次会议第124号建议的答复函\n\n杨开顺代表:\n\n"
            "你提出的“关于解决八寨镇夹马石村委会下寨小组至湾子寨村委会丫咪黑村小组交浪健油路公路硬化的建设”,已交我局研究办理,"
            "现答复如下:\n\n"
            "加大农村公路建设和改善道路通行条件是我局义不容辞的责任,近几年来,我们按照一个村小组至少有一条通村硬化路的目标和原则,"
            "大力解决群众出行难问题。目前,主要是在修建全县还未通硬化路的进村路,你所提的建议暂不能解决。只能纳入项目库,"
            "待上级有这方面的投资,我们将优先解决。同时我们也将积极向上级汇报,多方争取项目或资金,争取早日得到解决。\n\n"
            "马关县交通运输局\n\n2023年8月8日\n")
    kinds = [(f.text[:4], f.kind) for f in distil(tmp_path, maguan, text, "124.txt").facts]
    assert kinds == [("加大农村", "done"), ("目前，主", "problem"), ("只能纳入", "plan")]



def test_a_time_counts_what_it_is_the_time_of(tmp_path, fuzhou):
    """hxcsw.com/chengshizixun/2023/0217/c_123595229.html: 确保学生每天校内、校外1小时的体育活动时间落在实处 — 1小时 counted
    校外, not the time it is of."""
    from drafter.distill.figures import find_figures, normalise

    [hour] = find_figures(normalise("同时实施体育家庭作业制度，确保学生每天校内、校外1小时的体育活动时间落在实处。"))
    assert (hour.value, hour.counts) == (1, "体育活动时间")
