"""General reading rules found on held-out round 44 (pages of bureaus the earlier rounds did not hold, read by the developers
this stop: 阳春市卫生健康局's news, 岳阳县教育体育局's reply on a mirror, and others named in each test).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test) through
the public path a user's ``drafter distill`` takes (read_document → distill_document), in a workspace of the page's own bureau,
and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil, page_draft, unit_workspace

# 阳春市卫生健康局's news of 2023-05-16 (www.yangchun.gov.cn/zxzx/bmdt/content/post_705611.html), as printed.
YANGCHUN = """市卫生健康局:重视人大建议和政协提案办理

2023-05-16 11:48:06 文章来源: 阳春市卫生健康局
字体: 【    】

  5月15日,市卫生健康局召开了人大代表建议和政协委员提案交办工作会议,确保圆满完成今年建议提案办理工作任务。

a95b264fbd3d0831dcce95d1407e1d79_副本.jpg

  据了解,2023年,市卫生健康局共承办人大建议3件、政协提案14件。其中,人大建议主办2件,协办1件;政协提案主办8件,协办6件,涉及提升基层医院医疗服务水平、加强公共卫生人才队伍建设、急救和慢性病知识、中医药发展、健康知识宣传等方面内容。

  会议总结了去年建议提案办理工作,对今年工作进行了具体部署,将办理工作落实到了各业务股室,要求按时按质完成,力争办理结果满意率100%。局班子成员、各股室股长等参加了会议。

  (黎赞)

浏览次数:-

扫描二维码随身看资讯

正在阅读: 市卫生健康局:重视人大建议和政协提案办理
"""


def test_a_headline_naming_its_unit_before_a_colon_is_the_title_and_a_plan_of_this_year(tmp_path):
    """The news's title was made up (阳春市卫生健康局2023年新闻报道): a first line naming its unit before a colon
    (市卫生健康局：重视…) was taken for a field. A headline so is the page's title. Its 会议总结了去年…工作，对今年工作进行了
    具体部署… was a plan of 2022: a plan saying 今年 beside 去年 is of this year."""
    ws = unit_workspace(tmp_path / "ws", "阳春市卫生健康局", "市卫生健康局", "阳春市")
    facts = distil(tmp_path, ws, YANGCHUN, "news.txt")
    assert facts.source.title == "市卫生健康局：重视人大建议和政协提案办理", facts.source.title
    plan = next(f for f in facts.facts if "对今年工作进行了具体部署" in f.text)
    assert (plan.kind, plan.period.year) == ("plan", 2023), (plan.kind, plan.period)


# 岳阳县教育体育局's reply to 县十八届人大三次会议第13号建议 on a mirror (cnzheou.com/37586/38025/38495/content_2212823.html), its
# head and work paragraph as printed.
YUEYANG_13 = """對縣十八屆人大三次會議第13號建議的答復(fù)
來源:岳陽縣教體局   2024-07-09 09:16

  岳縣教體字〔2024〕1號 B1類 同意公開

劉釗等代表:

  你們提出的《關(guān)于榮家灣鎮(zhèn)城關(guān)地區(qū)文勝小學(xué)、大沖小學(xué)撤並新長征小學(xué)的建議》已經(jīng)收悉。現(xiàn)答復(fù)如下:

  2024年將城關(guān)中心學(xué)校的新長征小學(xué)改擴(kuò)建成42個(gè)班,可容納2000名學(xué)生的標(biāo)準(zhǔn)化學(xué)校,將文勝小學(xué)、大沖小學(xué)整合至新長征小學(xué)。2025年在新長征新建1所公辦幼兒園。

岳陽縣教育體育局

  2024年5月20日
"""


def test_classes_counted_are_the_noun_after_the_measure_word_and_a_subclass_is_its_class(tmp_path):
    """…新长征小学改扩建成42个班，可容纳… counted 城关中心学校的新长征小学改扩: a one-character noun right after the measure word
    and before the clause's end (42个班，) is what the figure counts, as a two-character one before 的 is (2000名学生的…); the
    reply's B1类 is class B."""
    ws = unit_workspace(tmp_path / "ws", "岳阳县教育体育局", "县教体局", "岳阳县")
    facts = distil(tmp_path, ws, YUEYANG_13, "r13.txt")
    assert facts.source.reply_class == "B", facts.source.reply_class
    figure = next(g for f in facts.facts for g in f.figures if g.raw == "42个")
    assert figure.counts == "班", figure.counts
    # …可容纳2000名学生的标准化学校 counted 学生的标准化学校: a two-character noun before 的 is what is counted
    figure = next(g for f in facts.facts for g in f.figures if g.raw == "2000名")
    assert figure.counts == "学生", figure.counts


# 内黄县教育局's account of its 2025 handling of suggestions (www.neihuang.gov.cn/…/f4bdd22fb552449688fa239747fb22b5.html), its
# second and third paragraphs as printed.
NEIHUANG = """2025年内黄县教育局建议提案办理工作情况

为切实做好人大代表建议和政协委员提案办理工作,县教育局专门成立了办理工作领导小组,建立工作台账,指派专人负责,统筹协调办理工作。办理过程中,我局积极与代表、委员沟通交流,通过电话答复、上门面复、邀请实地调研等方式,不断提升建议办理质量。

截止6月底,已完成全部人大代表建议和政协委员提案的答复,并走访完毕,答复满意率100%。
"""


def test_a_reports_account_of_handling_the_suggestions_is_context(tmp_path):
    """内黄县教育局's …成立了办理工作领导小组… and …答复满意率100% were work done, to be drafted into a reply on 心理健康教育 as the
    bureau's results: a statement of a report or news item, as of a reply, that speaks only of handling suggestions and
    proposals (办理工作, 答复, 满意率) is context; one taking the handling as its occasion (以提案办理为契机，积极推动出台…) is work."""
    ws = unit_workspace(tmp_path / "ws", "内黄县教育局", "县教育局", "内黄县")
    facts = distil(tmp_path, ws, NEIHUANG, "nh.txt")
    assert [f.kind for f in facts.facts] == ["context", "context"], [(f.kind, f.text[:20]) for f in facts.facts]


# 余姚市住房和城乡建设局's 协办 reply to proposal 151 (www.yy.gov.cn/art/2021/10/8/art_1229874428_59035376.html), as printed.
YUYAO_151 = """关于市政协十三届五次会议第151号提案协办件的答复
发布日期: 2021- 10- 08 10: 45 浏览次数: 字体:[ ] 信息来源: 市住房和城乡建设局

市民政局:

王伟委员所提出的《关于开展老年友好型社会建议的建议》已收悉,现答复如下:

关于老年友好宜居环境建设,我局高度重视。 2020年,我局将既有多层住宅电梯加装工作列入年度工作要点,在前期与部分街道、社区、业主进行沟通、听取意见的同时,多次赴宁波市住建局请教既有住宅电梯加装工作,以先试点、再推广的工作思路,在保庆花园10幢10单元、11单元加装完成了2台电梯。今年我局将围绕“能装尽装、愿装就装”原则,听民声、集民智,继续推进既有住宅加装电梯项目,让更多的市民朋友,特别是老年人,享受电梯房的便利。

领导签批:谢  高

承 办 人:董雯雯

联系方式:62704842

余姚
"""
# A suggestion on the same matter whose asks (审批, 补助, 宣传) none of the bureau's facts says (written for this test).
LIFTS = """关于加快推进既有住宅加装电梯工作的建议

我市老旧小区多，老年人上下楼难。为此建议：
一、简化加装电梯审批流程，提高办事效率。
二、加大财政补助力度，减轻居民负担。
三、加强宣传和协调，化解邻里矛盾。
"""


def test_where_no_ask_finds_a_result_part_one_opens_on_the_titles_matter(tmp_path):
    """Every ask of a suggestion on 既有住宅加装电梯 was a placeholder and part one opened on 关于…，有关情况如下：, while the
    bureau's reply of 2021 said 2020年…在保庆花园…加装完成了2台电梯: where no ask finds a result, the newest fresh result on
    the title's matter opens part one, dated and its source in its comment; A's "no result" warning is then not given."""
    ws = unit_workspace(tmp_path / "ws", "余姚市住房和城乡建设局", "市住建局", "余姚市")
    result, document = page_draft(tmp_path, ws, YUYAO_151, LIFTS, "88", "关于加快推进既有住宅加装电梯工作的建议",
                                  "--type", "A", "--date", "2022-05-20")
    body = [p.text for p in document.paragraphs]
    first = body[body.index("一、基本情况") + 1]
    assert first.startswith("2020年，我局将既有多层住宅电梯加装工作列入年度工作要点"), first
    assert "加装完成了2台电梯" in first and "有关情况如下" not in "".join(body)
    assert "（一）简化加装电梯审批流程" in body  # the asks' placeholders follow
    assert "第一部分没有可写入的已办成效" not in result.output
