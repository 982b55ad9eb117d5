"""What is a result, a plan, context, found on held-out round hd25 (武定县住房和城乡建设局, 九江市教育局, 淮南市交通运输局): a
news item's 今年将… after its aspect, a 计划十四五期间… after a clause of what the city values, a tender's 拟对…15条路段 and a project
still sought (正在争取…力争在2022年启动) were filed as done; a site described with its road's width was a result; a deputy's words
quoted opened a done fact; a letter's callback note was a result; the bureau's own press conference was background; a meeting's
demand took the year reviewed before it, and a year described opening a speech lost its year to the document's.

Each test distils a short excerpt of the real page (its words as the page prints them, web clutter and traditional characters
kept; the page is named in the test) through the public path ``drafter distill`` takes, in a workspace of the page's own bureau.
"""

from __future__ import annotations

from dataclasses import replace

from helpers import distil, fact_saying, unit_workspace

from drafter.compose.select import fact_sentences
from drafter.compose.sentences import absolute_time
from drafter.model import CONTEXT, DONE, PLAN

HUAINAN_AREAS = "田家庵区, 大通区, 谢家集区, 八公山区, 潘集区, 凤台县, 寿县"
WUDING_AREAS = "狮山镇, 高桥镇, 猫街镇, 插甸镇, 白路镇, 万德镇, 环州乡, 东坡傣族乡, 己衣镇, 发窝乡, 田心乡"
JIUJIANG_AREAS = "浔阳区, 濂溪区, 柴桑区, 瑞昌市, 共青城市, 庐山市, 武宁县, 修水县, 永修县, 德安县, 都昌县, 湖口县, 彭泽县"


def _huainan(tmp_path):
    return unit_workspace(tmp_path / "ws", "淮南市交通运输局", "市交通运输局", "淮南市", HUAINAN_AREAS)


def _jiujiang(tmp_path):
    return unit_workspace(tmp_path / "ws", "九江市教育局", "市教育局", "九江市", JIUJIANG_AREAS)


# 淮南 news (undated, a mirror in traditional characters): 我市正推进74个重点交通项目.
HUAINAN_NEWS = """(記者 李嚴(yán))近日,記者從市交通運(yùn)輸局獲悉,我市正推進(jìn)74個(gè)重點(diǎn)交通項(xiàng)目,總投資達(dá)1018億元。其中,今年計(jì)劃實(shí)施的交通重點(diǎn)建設(shè)項(xiàng)目為34個(gè),總投資558.59億元,年度計(jì)劃完成投資80億元,為完善我市交通網(wǎng)絡(luò)注入強(qiáng)大動(dòng)力。
在項(xiàng)目建設(shè)方面,今年將建設(shè)高速公路147公里,建成S16合周高速壽縣劉崗至保義段和S19淮桐高速淮南段82公里;新改建普通國(guó)省干線公路155.6公里;持續(xù)推進(jìn)鳳臺(tái)新港等港口建設(shè);實(shí)施“四好農(nóng)村路”603公里。
"""


def test_this_years_will_after_an_aspect_is_a_plan(tmp_path):
    """hd25d 1: 在项目建设方面，今年将建设高速公路147公里… was done, drafted under 基本情况: what this year will see, after the
    aspect it is of, is a plan."""
    ff = distil(tmp_path, _huainan(tmp_path), HUAINAN_NEWS, "hn_news_74projects.txt")
    assert fact_saying(ff, "高速公路147公里").kind == PLAN
    assert fact_saying(ff, "74个重点交通项目").kind == DONE  # (正推进: the work under way, as before)


# 淮南市人民政府's 协办意见 on 省人大 suggestion 0037 (2023-04-27).
HUAINAN_XIEBAN = """关于省人大十四届一次会议第0037号代表建议的协办意见
发布时间:2023-04-28 16:01信息来源:淮南市人民政府办公室文字大小:[    ] 背景色:
省交通运输厅:
我市高度重视普通国省干线公路建设,计划十四五期间根据地方政府经济社会发展需求,适时启动部分国省干线公路建设计划。S325三觉至众兴一级公路改建工程计划2023年启动前期工作,力争2024年开工建设。
"""


def test_a_plan_for_a_five_year_span_after_what_is_valued_is_a_plan(tmp_path):
    """hd25d 3: 我市高度重视…，计划十四五期间…适时启动… was done: 计划 before the span it plans for, after a first clause of what
    the city values, is a plan."""
    ff = distil(tmp_path, _huainan(tmp_path), HUAINAN_XIEBAN, "hn_s325_xieban_2023.txt")
    assert fact_saying(ff, "计划十四五期间").kind == PLAN


# 淮南市交通运输局's reply to 市十七届人大三次会议 suggestion 182 (2023-05-05).
HUAINAN_182 = """关于市十七届人大三次会议第182号代表建议的答复函
尊敬的朱杰代表:
您在市十七届人大三次会议期间提出的第182号《关于乡镇快递存在二次收费问题的建议》收悉,经研究办理,现答复如下:
建议中提出“加强农村物流基础设施建设,加大对农村道路交通的建设,落实好‘村村通’工程,提高物流配送效率”。大力建设农村道路,助力农村运输发展,一直是我局的主要工作,“十三五”时期以农村道路畅通工程、扩面延伸工程为抓手,建设农村公路3513公里,实现全市每个乡镇建成1条连接国省干线或县城的三级及以上公路,1条连同相邻乡镇最短捷且路面宽度5米以上公路,每个建制村及较大自然村通1条路面宽度不低于4.5米的硬化路,特殊区域特殊路段不低于3.5米,为完善农村运输网络提供坚实的交通设施基础。
联系电话:13855402597
联系人:胡晓炜
2023年5月5日
"""


def test_a_deputys_words_quoted_in_a_sentence_are_no_part_of_the_answer(tmp_path):
    """hd25d 4: 建议中提出“…”。大力建设农村道路… was one done fact opening on the deputy's words: their sentence is context, the
    bureau's answer after it a fact of its own."""
    ff = distil(tmp_path, _huainan(tmp_path), HUAINAN_182, "hn_182_2023.txt")
    asked = fact_saying(ff, "提高物流配送效率")
    done = fact_saying(ff, "3513公里")
    assert asked.kind == CONTEXT and "3513" not in asked.text
    assert done.kind == DONE and done.text.startswith("大力建设农村道路")


def test_standards_met_are_no_counts_of_work(tmp_path):
    """hd25d 4: the 十三五 standards (每个乡镇建成1条…公路，1条…路面宽度5米以上公路，…不低于3.5米) were stored as result figures
    beside the 3513公里 built: a size's bound and one for each place are no counts of work."""
    ff = distil(tmp_path, _huainan(tmp_path), HUAINAN_182, "hn_182_2023.txt")
    assert [(g.value, g.unit) for g in fact_saying(ff, "3513公里").figures] == [(3513, "公里")]


# 淮南 市长信箱-type answer by 市交通运输局 (2025-08-19), on bus shelters.
HUAINAN_MAIL = """答复单位:市交通运输局
   答复时间:2025-08-19 16:35
答复意见: 尊敬的来信人:您好! 留言已收悉,现将办理情况反馈如下:
2019年起我市启动了老旧站亭新建及改建工作,分批次对城区公交站亭进行新改建。新改建公交站亭均配备了候车座椅,并对部分符合条件的公交站亭进行了无障碍改造。为广大市民提供“安全、舒适、文明、便捷”的候车环境。截止目前,已新改建公交站亭1192座,新建公交电子站牌33块。2025年我市站亭建设计划已通过淮南市公共资源交易中心完成了招标,拟对田大路、湖滨路、国庆东路等15条路段的公交站亭进行新改建,六里站、眼科医院、卫校、国庆东路等公交站点已纳入今年的新改建计划。
市交通运输部门将持续推进公交站亭的新建及改建工作,逐步实现公交站台整体状况的改善,不断提升市民候车舒适度,展示城市形象,提高公交服务水平。
市运管处公客中心工作人员8月22日14:24通过电话6661520拨打网友预留手机回复,其表示理解。
感谢您对我们工作的理解和支持。
"""


def test_a_tenders_intended_work_and_a_callback_are_no_results(tmp_path):
    """hd25d 7 and 6: …完成了招标，拟对…15条路段的公交站亭进行新改建 stood in the done fact of 1192座 and read as 基本情况; the callback
    note (…通过电话…拨打网友预留手机回复，其表示理解) was a done fact."""
    ff = distil(tmp_path, _huainan(tmp_path), HUAINAN_MAIL, "hn_mailbox_gongjiao_2025.txt")
    built = fact_saying(ff, "1192座")
    assert built.kind == DONE and "15条" not in built.text
    tender = fact_saying(ff, "15条路段")
    assert tender.kind == PLAN and [g.value for g in tender.figures] == [15]
    assert fact_saying(ff, "拨打网友预留手机回复").kind == CONTEXT


# 武定县住建局's undated reply to 赵建佳代表 (环州乡垃圾焚烧厂), its mirror's traditional characters kept.
WUDING_HUANZHOU = """趙建佳代表:
您提出的“關(guān)于支持幫助環(huán)州鄉(xiāng)垃圾焚燒廠提高整體運(yùn)行功能的建議”,已交我局研究辦理,現(xiàn)答復(fù)如下:
現(xiàn)在我們正在爭取武定縣農(nóng)村人居環(huán)境治理項(xiàng)目,力爭在2022年啟動(dòng)項(xiàng)目建設(shè)。項(xiàng)目包括10個(gè)鄉(xiāng)鎮(zhèn)(獅山鎮(zhèn)除外)新建垃圾熱解廠10個(gè)、垃圾中轉(zhuǎn)站10個(gè);購置垃圾收運(yùn)車47輛、垃圾箱187個(gè);新建村莊垃圾處理設(shè)施20套;新建10個(gè)鄉(xiāng)鎮(zhèn)鎮(zhèn)區(qū)(獅山鎮(zhèn)除外)污水處理廠;新建5個(gè)鄉(xiāng)鎮(zhèn)(插甸鎮(zhèn)、己衣鎮(zhèn)、萬德鎮(zhèn)、發(fā)窩鄉(xiāng)、白路鎮(zhèn))供水廠5座。
"""


def test_a_project_still_sought_is_a_plan(tmp_path):
    """hd25a 4: 现在我们正在争取…项目，力争在2022年启动项目建设。项目包括…10个… was done and drafted as 截至2022年…: a project
    still sought, with what it holds, is a plan."""
    ws = unit_workspace(tmp_path / "ws", "武定县住房和城乡建设局", "县住建局", "武定县", WUDING_AREAS)
    ff = distil(tmp_path, ws, WUDING_HUANZHOU, "武定住建_人大建议_环州乡垃圾焚烧厂.txt")
    assert fact_saying(ff, "正在争取").kind == PLAN


def test_a_project_still_sought_is_said_without_its_sources_present(tmp_path):
    """The same plan in a draft's part two came after 下一步 as 下一步，现在我们正在争取…: its source's 现在 is no present of the
    draft, which says 下一步 before it; the unit speaking stays (我们正在争取…)."""
    ws = unit_workspace(tmp_path / "ws", "武定县住房和城乡建设局", "县住建局", "武定县", WUDING_AREAS)
    ff = distil(tmp_path, ws, WUDING_HUANZHOU, "武定住建_人大建议_环州乡垃圾焚烧厂.txt")
    said = fact_sentences(fact_saying(ff, "正在争取"))
    assert said[0].startswith("我们正在争取武定县农村人居环境治理项目"), said


def test_a_plans_present_of_an_undated_source_is_left_as_written(tmp_path):
    """hd25a 4: the draft wrote 截至2022年，我们正在争取… (its comment: 已按来源日期改为) from 力争在2022年 of a source without a date:
    the year a plan aims at is not the present it was written in; a result's present of such a source is dated by the year its
    fact speaks of, and said so."""
    ws = unit_workspace(tmp_path / "ws", "武定县住房和城乡建设局", "县住建局", "武定县", WUDING_AREAS)
    ff = distil(tmp_path, ws, WUDING_HUANZHOU, "武定住建_人大建议_环州乡垃圾焚烧厂.txt")
    sought = fact_saying(ff, "正在争取")
    assert ff.source.date is None and sought.period.year == 2022
    assert absolute_time("现在我们正在争取武定县农村人居环境治理项目。", ff.source, 2022, sought).marks == []
    done = absolute_time("目前已建成垃圾热解厂10个。", ff.source, 2022, replace(sought, kind=DONE))
    assert done.text.startswith("截至2022年") and "来源未注明日期" in done.marks[0].note


# 武定县住建局's reply to 吴光翠代表 (2019-08-12), on the 中马社区玉皇阁 road.
WUDING_80 = """武定县住房和城乡建设局对武定县十七届人大三次会议第80号建议的答复
吴光翠代表:
你在武定县十七届人大三次会议提出的“关于对中马社区玉皇阁居民住宿区道路硬化的建议”,已交我局研究办理,现答复如下:
中马社区玉皇阁居民住宿区是县城的老居民区,该地块中现有一座玉皇阁庙、中马二组的部分住户、原矿冶集团总公司的住宿区和办公室、原工商行政管理局近城分局办公室和原工商行政管理局住宿小区、供销公司仓库、原石油公司住宿区、原狮山旅游局职工住宿区、原钛白粉厂职工住宿区和部分未利用土地。该地块内部道路现状为一条宽仅2至3米左右的村间道路,是中马社区玉皇阁居民出行的主要道路,其余单位住户的出入口均与环城西路和东泰路相连。
"""


def test_a_site_described_with_its_measures_is_context(tmp_path):
    """hd25a 6: the site as it is (…是县城的老居民区，该地块中现有…。该地块内部道路现状为一条宽仅2至3米左右的村间道路…) was done: a
    description, whatever measure it gives, is no work."""
    ws = unit_workspace(tmp_path / "ws", "武定县住房和城乡建设局", "县住建局", "武定县", WUDING_AREAS)
    ff = distil(tmp_path, ws, WUDING_80, "2019-08-12_武定住建_人大80号_道路硬化.txt")
    assert fact_saying(ff, "2至3米").kind == CONTEXT


# 九江市教育局's 十四五 press conference (2025-12-12), its first four paragraphs.
JIUJIANG_PRESS = """12月12日,“辉煌‘十四五’ 九江勇争先”系列新闻发布会市教育局专场举行。“十四五”以来,市教育局聚焦“走在前、勇争先、善作为”目标要求,全面贯彻党的教育方针,落实立德树人根本任务,补短板、强弱项,抓改革、求创新,扩资源、提质量,推动九江教育事业迈上新台阶,人民群众教育获得感、幸福感显著增强。
治教办学达到新高度。全面从严治党纵深推进,深入开展党史学习教育、学习贯彻习近平新时代中国特色社会主义思想主题教育、党纪学习教育、深入贯彻中央八项规定精神学习教育,全面开展“固本兴新勇争先”大学习大调研大讨论大提升活动,党风政风行风稳步向好。中小学党建工作持续强化,526所学校实现党组织领导的校长负责制全覆盖。在全省率先开展中小学校党务工作者队伍建设试点,21所中小学校有效落实。
五育并举开创新局面。思政教育改革创新深化,建成思政名师工作室28个,26所中小学、幼儿园被评为省红色基因传承示范校。体美劳教育深入开展,创建国家级体育特色学校186所,13个县(市、区)普及游泳教育。
资源供给持续扩大。“十四五”期间,全市财政性教育经费累计投入达704.97亿元。教育布局不断优化,新改扩建教育项目400个,改扩建面积220万平方米,新增学位4.8万个。
"""


def test_the_bureaus_own_press_conference_reports_its_results(tmp_path):
    """hd25b 3: every fact of 市教育局's own press conference (…专场举行。“十四五”以来，市教育局聚焦… / 治教办学达到新高度。… /
    五育并举开创新局面。…28个… / 资源供给持续扩大。…4.8万个) was background: the bureau's account, each paragraph opening on its
    theme after it, reports its results."""
    ff = distil(tmp_path, _jiujiang(tmp_path), JIUJIANG_PRESS, "2025-12-12_十四五新闻发布会市教育局专场.txt")
    for words in ("市教育局聚焦", "526所学校", "思政名师工作室28个", "新增学位4.8万个"):
        assert fact_saying(ff, words).kind == DONE, words


# 九江日报 of 2025-02-25: 市委教育工作领导小组2025年第一次全体会议 (traditional characters kept).
JIUJIANG_MEETING = """劉文華主持召開市委教育工作領導小組2025年第一次全體會議
九江新聞網訊(九江日報全媒記者 姚星宇/文 張馳/攝)2月25日下午,市委書記劉文華主持召開市委教育工作領導小組2025年第一次全體會議。他強調,要深入學習貫徹習近平總書記關于教育的重要論述和習近平總書記考察江西重要講話精神,以更大力度、更實舉措深化教育綜合改革,加快建設具有九江特色的高質量教育體系,努力辦好人民滿意的教育,邁出教育強市建設堅實步伐。
劉文華指出,過去一年,全市上下認真落實黨中央決策部署和省委工作要求,堅持教育優先發展,勇于擔當、奮發作為,推動教育事業發展取得新成效,教育保障更加有力,基礎教育擴優提質,高等教育提檔升級,產教融合成果豐碩,教育改革深入推進,民生實事務實見效。
劉文華強調,要堅持鑄魂育人,深入實施新時代立德樹人工程。堅守為黨育人、為國育才的初心使命,堅持不懈用黨的創新理論鑄魂育人,持續深
"""


def test_a_demand_after_the_year_reviewed_is_of_its_own_year(tmp_path):
    """hd25b 5: 刘文华强调，要坚持铸魂育人… after 刘文华指出，过去一年，… took 2024: what must be done is context of the meeting's
    year."""
    ff = distil(tmp_path, _jiujiang(tmp_path), JIUJIANG_MEETING, "2025-02-25_市委教育工作领导小组2025年第一次全体会议.txt")
    assert fact_saying(ff, "过去一年").period.year == 2024
    demand = fact_saying(ff, "坚持铸魂育人")
    assert demand.kind == CONTEXT and demand.period.year == 2025


# 九江's 2026年全市教育工作会议 (2026-03-12).
JIUJIANG_2026 = """3月12日下午,2026年全市教育工作会议召开。
陈琪指出,2025年是“十四五”规划收官之年,也是九江教育推动系统性重塑、整体性提升的起步之年。全市教育系统以“固本兴新勇争先”系列活动为总抓手,政治引领全面加强,五育并举走深走实,办学能级实现历史性突破,师资队伍建设持续加强,教育数字化转型成效显著,教育治理体系不断完善。
"""


def test_a_year_described_opening_a_speech_is_the_year_it_speaks_of(tmp_path):
    """hd25b 5: 陈琪指出，2025年是“十四五”规划收官之年…。全市教育系统…政治引领全面加强… was dated 2026, the document's year."""
    ff = distil(tmp_path, _jiujiang(tmp_path), JIUJIANG_2026, "2026-03-12_2026年全市教育工作会议.txt")
    assert fact_saying(ff, "收官之年").period.year == 2025
