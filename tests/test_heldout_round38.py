"""General reading rules found on held-out round 38 (field test hd11: 滕州市文化和旅游局, 番禺区卫生健康局).

Each test distils a short excerpt of the real page (its words as the page prints them, a mirror's traditional characters
and garbled runs too; the page is named in the test) through the public path a user's ``drafter distill`` takes
(read_document → distill_document), in a workspace of the page's own bureau, and asserts on the facts and metadata that
come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_texts, unit_workspace


@pytest.fixture
def tengzhou(tmp_path):
    """A workspace of 滕州市文化和旅游局."""
    return unit_workspace(tmp_path / "ws_tz", "滕州市文化和旅游局", "市文旅局", "滕州市", "荆河街道, 龙泉街道, 官桥镇")


@pytest.fixture
def panyu(tmp_path):
    """A workspace of 番禺区卫生健康局."""
    return unit_workspace(tmp_path / "ws_py", "番禺区卫生健康局", "区卫生健康局", "番禺区", "沙湾街道, 南村镇, 大石街道")


# 中新网's item on the 红荷湿地 tourist season, on a mirror in traditional characters (warcraftmovie.cn/ckzk/28/222_8304).
CHINANEWS = ('中新網(wǎng)山東滕州7月26日電(記者沙見(jiàn)龍)第二十二屆中國(guó)(滕州)微山湖紅荷濕地文化旅游季暨濟(jì)南(大明湖)·滕州(紅荷濕地)雙城聯(lián)動(dòng)賞荷季'
           '7月26日在山東滕州市開(kāi)幕。其中,雙城聯(lián)動(dòng)啟動(dòng)賞荷季,成為本屆滕州紅荷濕地文化旅游季的一大亮點(diǎn)。\n'
           '圖為開(kāi)幕式現(xiàn)場(chǎng)。沙見(jiàn)龍攝棗莊市委常委、滕州市委書(shū)記王廣部在致辭中表示,近年來(lái),滕州市立足豐富的歷史人文和自然資源稟賦,精心謀劃了南部'
           '考古研學(xué)游、中部科技尋根游、北部山水生態(tài)游3條旅游線路,形成了“一城一園一山一水”的發(fā)展格局,全力打造“奔縣旅游”優(yōu)選目的地,連續(xù)7年蟬聯(lián)全國'
           '(guó)縣域旅游綜合實(shí)力百?gòu)?qiáng)縣。\n'
           '王廣部表示,本屆紅荷濕地文化旅游季推出四大板塊、12項(xiàng)活動(dòng),特別是首次與濟(jì)南文旅集團(tuán)旅游開(kāi)發(fā)公司聯(lián)合推出雙城聯(lián)動'
           '(dòng)賞荷季,通過(guò)資源互補(bǔ)、線路共推、營(yíng)銷聯(lián)動(dòng),放大“1+1>2”的聚合效應(yīng),讓“泉城”的溫婉與“善城”的靈秀,在荷香中同頻共振'
           '。\n'
           '圖為開(kāi)幕式現(xiàn)場(chǎng)。沙見(jiàn)龍攝“荷花是濟(jì)南的市花?!睗?jì)南文旅集團(tuán)旅游開(kāi)發(fā)有限公司副總經(jīng)理張利在致辭中'
           '說(shuō),位于濟(jì)南市的天下第一泉風(fēng)景區(qū),是國(guó)家5A級(jí)景區(qū),以趵突泉為核心,實(shí)現(xiàn)了泉、河、湖、城的相融,兼具自然山水與歷'
           '史文化。大明湖是該風(fēng)景區(qū)的重要組成部分,由眾泉匯流而成,種植荷花的歷史悠久,如今正在舉辦第三十九屆荷花藝術(shù)節(jié)。\n'
           '張利表示,濟(jì)南、滕州兩地因?qū)苫ǖ墓餐鞈?,開\n')


def test_a_places_own_leader_telling_its_work_in_its_news_is_its_work(tmp_path, tengzhou):
    """In 中新网's item 滕州's party secretary says 近年来，滕州市…精心谋划了南部考古研学游、中部科技寻根游、北部山水生态游3条旅游线路:
    the place's work in its own voice, filed as 背景 (news is background) and left out of the draft; the photo's caption run
    into the paragraph (图为开幕式现场。沙见龙摄) was kept as its first words."""
    ff = distil(tmp_path, tengzhou, CHINANEWS, "chinanews.txt")
    routes = next(f for f in ff.facts if "3条旅游线路" in f.text)
    assert routes.kind == "done" and routes.jurisdiction == "滕州市" and not routes.external
    assert "图为" not in fact_texts(ff) and "沙见龙摄" not in fact_texts(ff)
    assert "资源禀赋" in routes.text and "稟" not in fact_texts(ff)  # (hd13: 稟赋, 蟬联 stayed traditional in the draft)


def test_a_places_own_leaders_words_are_kept_as_the_work_not_who_said_it(tmp_path, tengzhou):
    """The same paragraph's fact kept 棗莊市委常委、滕州市委書記王廣部在致辭中表示, and the draft pasted it as an item of the
    bureau's reply (一是…王广部在致辞中表示，近年来，…): the work is what the fact keeps."""
    ff = distil(tmp_path, tengzhou, CHINANEWS, "chinanews.txt")
    routes = next(f for f in ff.facts if "3条旅游线路" in f.text)
    assert routes.text.startswith("近年来，滕州市") and "致辞" not in routes.text


def test_a_thing_located_in_another_city_is_that_citys(tmp_path, tengzhou):
    """In the same item a 济南 manager says 位于济南市的天下第一泉风景区，是国家5A级景区…: it was tagged 滕州市, the bureau's own.
    (As the page prints it the paragraph opens on a garbled run, “荷花是濟南的市花?!睗?jì)南…, and round 37 leaves such a
    sentence out whole; here the manager's words from 濟南文旅集團 on, as a page without that run has them.)"""
    ff = distil(tmp_path, tengzhou, CHINANEWS, "chinanews.txt")
    assert all(f.jurisdiction == "济南市" and f.external for f in ff.facts if "天下第一泉" in f.text)
    clean = CHINANEWS.replace("“荷花是濟(jì)南的市花?!睗?jì)南文旅", "濟南文旅")
    assert clean != CHINANEWS
    spring = next(f for f in distil(tmp_path, tengzhou, clean, "clean.txt").facts if "天下第一泉" in f.text)
    assert spring.jurisdiction == "济南市" and spring.external


def test_a_news_items_last_sentence_cut_short_is_no_title(tmp_path, tengzhou):
    """The same item has no headline and ends on a garbled sentence cut short (張利表示,濟(jì)南、滕州兩地因…,開): that was its
    title, and every comment naming the source said it."""
    title = distil(tmp_path, tengzhou, CHINANEWS, "chinanews.txt").source.title or ""
    assert "张利表示" not in title and "張利表示" not in title


# 枣庄新闻网's item on 滕州's 文旅融合, on a mirror in traditional characters
# (clubpenguinaccess.com/zzqs/content/2023-04/13/content_55037.html).
ZAOZHUANG = ('棗莊新聞網訊 今年以來,滕州市充分發揮文旅融合新優勢,全面推進文旅提質賦能,以創新求突破,以提質謀發展,強力推動文化和旅游深度融合、高質量發展。\n'
           '該市制定《2023年群眾文化生活滿意度提升實施方案》,成功舉辦春節聯歡晚會、“我們的中國夢、文化進萬家”民間游藝展演、龍獅爭霸賽等文化活動,組織各文博場館、各鎮街開展線上線下文化惠民活動120余場。高'
           '質量編制《滕州市文物保護利用示範區建設實施方案》,加快推進《滕州文物志》編撰工作。組織開展日常巡查,每月出動巡查看護人員300人次,對全市134處棗莊市級以上文保單位實現每周巡查全覆蓋。積極推進“山東'
           '手造·善品滕州”工程,成功舉辦“黃河大集·善品滕州”2023首屆棗莊(滕州)市非物質文化遺產購物節暨山東手造精品展,并制定《滕州市非遺保護傳承工作實施方案》,組織非遺傳承人參加首屆中國非物質文化遺產年'
           '會、滕州房博會等活動。\n'
           '該市大力實施文旅產業培育行動,制定《滕州市文藝院團改革工作實施方案》,加大文藝院團改革工作力度。組織召開滕州市文旅產業發展座談會,加大古薛文化城、墨子湖中華匠心等項目招引力度,統籌實施21個納入大運河'
           '國家文化公園(棗莊段)重點項目建設。高標準編制《山東省文化和旅游產業督查激勵對象》申報材料,該市入選2022年山東省文化和旅游產業工作督查激勵名單。精心策劃研學旅游線路,啟動嘉藝藝術城十大非遺工坊建設'
           ',大力發展文旅新業態。實施文旅消費提振行動,推出春節期間特色旅游線路和特色民俗活動,開展“慶元宵、做花燈”文化交流活動,吸引群眾和在滕外籍人士體驗元宵節日習俗。今年以來,累計發放企業文旅惠民消費券19'
           '6.5萬元,用券人數達到30170人。全面加大文旅\n')


def test_a_news_sites_lede_makes_a_news_item(tmp_path, tengzhou):
    """枣庄新闻网's item opens 棗莊新聞網訊 今年以來,滕州市…: it was filed 总结/计划, its lede's 棗莊新聞網訊 kept in the fact; its
    statements of 滕州's work (今年以来，滕州市…, 该市制定…) stay the place's work."""
    ff = distil(tmp_path, tengzhou, ZAOZHUANG, "zaozhuang.txt")
    assert ff.source.kind == "news"
    assert "新闻网讯" not in fact_texts(ff) and "新聞網訊" not in fact_texts(ff)
    assert all(f.kind == "done" for f in ff.facts if f.text.startswith(("今年以来", "该市")))


def test_this_years_work_naming_its_years_plan_is_of_that_year(tmp_path, tengzhou):
    """The same item, undated, tells 今年以來 of 該市制定《2023年群眾文化生活滿意度提升實施方案》 and 2023首屆…購物節: it was left
    undated, its facts 年份待核实; and 入選2022年山東省…激勵名單 made its 今年以來…消费券196.5萬元 a 2022 fact."""
    ff = distil(tmp_path, tengzhou, ZAOZHUANG, "zaozhuang.txt")
    assert ff.source.period == 2023
    coupons = next(f for f in ff.facts if "196.5" in f.text)
    assert coupons.period.year == 2023


# 鲁南传媒网's item on 滕州 among the 百强县 (lncm.cn/news/2023/08/51030.html).
LUNAN = ('鲁南传媒网讯:近日,《中国文化报》刊发《2023年全国县域旅游研究成果发布》,公布了“2023年全国县域旅游综合实力百强县”名单,滕州市再次荣登榜单,位居第50位,山东省第1位。\n'
           '今年以来,滕州市坚持以文塑旅、以旅彰文,以创建国家全域旅游示范区、国家文化产业和旅游产业融合发展示范区、全国文化产业赋能乡村振兴试点市、国家级旅游度假区、国家级夜间文化和旅游消费集聚区为五条主线,按照'
           '“强工兴产、项目突破”四年攻坚行动要求,实施群众满意度提升、文物非遗保护利用、文化产业培育、文旅消费提振、旅游产业壮大、文旅融合发展、党建人才支撑等“七大行动”,充分发挥文旅融合新优势,持续释放大众文'
           '化和旅游消费需求,全力推动文化和旅游在更广范围、更深层次、更高水平上深度融合、高质量发展。(记者 刘振江 通讯员 田璐)\n')


def test_a_news_sites_lede_with_a_colon_makes_a_news_item(tmp_path, tengzhou):
    """鲁南传媒网's item opens 鲁南传媒网讯:近日,…: it was filed 总结/计划; its 今年以来,滕州市坚持以文塑旅… is 滕州's work."""
    ff = distil(tmp_path, tengzhou, LUNAN, "lunan.txt")
    assert ff.source.kind == "news"
    own = next(f for f in ff.facts if "以文塑旅" in f.text)
    assert own.kind == "done" and own.jurisdiction == "滕州市"


# 滕州市文化和旅游局's reply to proposal 164160 (tengzhou.gov.cn/zwgk/xxgkml/szbm/whhlyj/202511/t20251119_2200394.html): a cover
# letter (桑等委员: / 您提出的…提案,现已办理完毕,办理情况如文,请审阅…) over the reply itself (尊敬的张桑等委员: / …作如下答复:).
REPLY_164160 = ('• 索 引 号:370481/2025-03741\n'
           '  • 主题分类:滕州政协提案办理结果\n'
           '  • 发布机构:滕州市文化和旅游局\n'
           '  • 成文时间:2025年08月29日\n'
           '  • 文  号:\n'
           '  • 发文时间:2025年08月29日\n'
           '  • 标  题:2025年度滕州市文化和旅游局关于对滕州市政协十六届四次会议第164160号提案的答复\n'
           '  • 效力状态:有效\n'
           '\n'
           '2025年度滕州市文化和旅游局关于对滕州市政协十六届四次会议第164160号提案的答复\n'
           '\n'
           '关于滕州市政协164160号提案\n'
           '\n'
           '办理情况的复文\n'
           '\n'
           '桑等委员:\n'
           '\n'
           '您提出的关于重建滕州铁牌坊打造文旅新地标的建议的提案,现已办理完毕,办理情况如文,请审阅。您对办理工作如有新的意见和建议,请函(或电话)告知。\n'
           '\n'
           '特此函告。\n'
           '\n'
           '承办单位盖章\n'
           '\n'
           '联系电话:0632-5513792        2025819\n'
           '\n'
           '抄送:市政协提案委员会、市委市政府督办中心各一份\n'
           '\n'
           '关于滕州市政协164160号提案\n'
           '\n'
           '尊敬的张桑等委员:\n'
           '\n'
           '感谢您对滕州文化旅游业发展的关注。我局接到您提出的关于重建滕州铁牌坊打造文旅新地标的建议的提案后,立即组织有关人员对您的建议进行了认真研究,现根据我局职权范围,就提案中的建议作如下答复:\n'
           '\n'
           '一、工作开展情况\n'
           '\n'
           '铁牌坊位于城区府前中路路北,北门里街路东区域,始建于清乾隆十二年(1747年)多年来,我市积极组织文史专家、学者对滕县铁牌坊进行资料收集与研究工作。原滕县博物馆馆长万树瀛同志在1966年夏铁牌坊被毁前'
           '夕,冒着风险拍下了珍贵照片,为后续研究提供了重要依据。1995年《古滕铁牌坊》一文发表在《滕州文史资料》上,1997年《文革被毁的滕邑“节孝”铁坊》文章及铁牌坊照片刊登在省政协主办的《春秋》杂志上,引'
           '发了社会各界对铁牌坊的关注和讨论,提升了其文化影响力,也让更多市民了解到这一珍贵历史文化遗产。\n')


def test_a_cover_letter_is_no_fact_and_the_reply_after_it_is_read(tmp_path, tengzhou):
    """The reply's only fact was its cover letter's formula (现已办理完毕，办理情况如文，请审阅); its account of the work
    (…1995年《古滕铁牌坊》一文发表…) gave none: the reply's own opening, …就提案中的建议作如下答复:, was not read as one."""
    ff = distil(tmp_path, tengzhou, REPLY_164160, "164160.txt")
    assert "办理情况如文" not in fact_texts(ff) and "现已办理完毕" not in fact_texts(ff)
    assert any("古滕铁牌坊" in f.text for f in ff.facts)


def test_the_reply_names_its_reader_as_its_own_addressee_does(tmp_path, tengzhou):
    """The cover letter's 桑等委员: made the deputy 桑, where the reply says 尊敬的张桑等委员."""
    assert distil(tmp_path, tengzhou, REPLY_164160, "164160.txt").source.deputy == "张桑"


# 番禺区卫生健康局's 2023年工作总结及2024年工作计划 (panyu.gov.cn/zwgk/zjgb/bmgzbg/2023/content/post_9569004.html), from its 2023
# part, where the page is cut off.
PANYU_2023 = ('选择语言\n'
           '\n'
           '您当前所在位置: 首页 > 政务公开 > 总结公报 > 部门工作报告 > 2023\n'
           '\n'
           '番禺区卫生健康局2023年工作总结及2024年工作计划\n'
           '\n'
           '来源:番禺区卫生健康局 发布时间:2024-03-29 15:18:58 阅读次数:-\n'
           '字体大小:\n'
           '\n'
           '  2023年,我局围绕“强基层、引人才、促发展、建高地”的发展主线,持续推进卫生健康工作,各项工作已取得初步成效。我区是全市唯一成功申报“一老一少”中央预算投资普惠托育建设项目的地区;被评为2022'
           '年度广州市严重精神障碍管理治疗专项工作进步区;区老龄办获评2022年度“银龄安康行动”年度达标单位、政策推广优秀单位、民生服务优秀单位;荣评区政协十五届二次会议以来提案先进承办单位;获评2022年度全'
           '区党委系统信息工作标兵单位;职业健康监管工作连续三年全市排名第一,获评2022年度广州市职业病危害因素监测工作先进单位称号;番禺区健康管理中心获得全国健康传播金牌讲师大赛第二名;区中心医院成为全省唯一'
           '一家入选全国“精进笃行文化立院”优秀案例的医院;区中心医院微创介入科、区妇幼保健院(何贤纪念医院)肿瘤介入科成功入选肿瘤微创介入建设(肝癌方向)建设中心;区妇幼保健院被确定为“广东省儿童友好城市基地”'
           '。\n'
           '\n'
           '  一、2023年主要工作情况\n'
           '\n'
           '  (一)坚持党的全面领导。强化政治引领。坚持“第一议题”制度,抓住“关键少数”,组织各类理论学习,不断加强各单位领导班子的思想政治建设。恒常督导各单位党组织落实“三会一课”制度。抓实党建工作。抓好公'
           '立医院党的建设,落实“支部建在科室上”和支部标准化建设,指导党组织按期换届或补选委员,成立督导组对7家副处级以上单位民主生活会进行督导,组织安排局副处级以上党员领导干部对25个单位党组织2022年度组\n')


def test_a_year_cut_off_at_the_pages_end_dates_nothing(tmp_path, panyu):
    """The 2023 report's page ends …对25个单位党组织2022年度组 (cut in 2022年度组织生活会): its 2023 work was filed as of 2022."""
    ff = distil(tmp_path, panyu, PANYU_2023, "panyu2023.txt")
    led = next(f for f in ff.facts if "第一议题" in f.text)
    assert led.period.year == 2023 and not led.text.endswith("2022年度组")


# 番禺区卫生健康局's 2022年工作总结 (panyu.gov.cn/zwgk/zjgb/bmgzbg/2022/content/post_8899638.html): its opening paragraph and
# one sentence of 一、主要工作.
PANYU_2022 = ('2022年,是具有特殊重要意义的一年,番禺区卫生健康局围绕“强基层、引人才、促发展、建高地”的发展主线,坚持公益,聚焦健康,一手抓疫情防控,一手抓卫生健康事业发展,多项工作成绩明显。番禺区获评广州市2'
           '021年度综合医改考核A等次;顺利通过“国家慢性病综合防控示范区”复审;通过广东省消除艾滋病、梅毒和乙肝母婴传播项目现场认证;番禺区计划生育协会受中国计划生育协会通报表扬。目前,全区共有医疗机构787'
           '间,相比2021年末增加66间。全系统共有医务人员1.86万人,各类型医疗机构门急诊总诊疗量1213.65万人次,与2021年度持平。全区户籍孕产妇死亡率为0,全人口孕产妇死亡率为3.85/10万,新'
           '生儿、婴儿和5岁以下儿童死亡率分别为0.93‰、1.62‰、1.93‰,均优于国家、省、市标准。辖区居民健康素养水平稳步提升,2022年达38.2%,提前8年实现了健康广州行动2030年的目标值(37'
           '%)。各项指标均呈现出向上良好发展的趋势。\n'
           '大力开展模范机关创建活动,抓好公立医院党的建设,落实“支部建在科室上”和支部标准化建设,广泛开展“学习身边榜样”活动,不断夯实党的基层组织。成立督导组,对7个副处级以上单位民主生活会和29个单位党组织'
           '的组织生活会和民主评议党员进行全覆盖督导。\n')


def test_a_figures_label_is_a_whole_word(tmp_path, panyu):
    """The 2022 report's 相比2021年末增加66间 counted 相, 各类型医疗机构门急诊总诊疗量 counted 型医疗机构…, 29个单位党组织 counted
    单位党, 健康广州行动2030年的目标值（37%） counted the 健康素养水平 reached (a target stored as a value), and 提前8年 was a
    count, 提前 8年."""
    counts = {g.raw: g.counts for f in distil(tmp_path, panyu, PANYU_2022, "panyu2022.txt").facts for g in f.figures}
    assert counts["66间"] != "相" and counts["1213.65万人次"] == "医疗机构门急诊总诊疗量"
    assert counts["29个"] == "单位党组织" and "目标值" in counts["37%"]
    assert "8年" not in counts  # (提前8年实现了…: how early, no count)


# 羊城晚报's item on 番禺's 基本公卫成果展, on a mirror (xldmm.com.shayuweb.com/keji/7536.html).
YANGCHENG = ('广州番禺首办基本公共卫生服务成果展\n'
           '创始人\n'
           '2025-04-19 22:11:04\n'
           '0\n'
           '\n'
           '广州番禺举办首届基本公共卫生服务项目成果展。此次成果展集中展示了番禺区在基本公共卫生服务领域的卓越成果。通过丰富的展板、实物展示和互动体验,生动呈现了公共卫生服务在提升居民健康水平、预防疾病等方面的重'
           '要作用。展览涵盖了健康教育、预防接种、妇幼保健等多个方面,让观众深刻感受到政府对公共卫生事业的重视和投入。这一成果展不仅是对过往工作的总结,更是为未来公共卫生服务的发展提供了宝贵经验和借鉴,对推动番禺'
           '区公共卫生事业迈向新高度具有重要意义。\n'
           '\n'
           '\n'
           '文/羊城晚报全媒体记者 徐振天\n'
           '\n'
           '图/羊城晚报全媒体记者 曾育文\n'
           '\n'
           '4月19日,由番禺区卫生健康局与沙头街道办事处联合主办的广州市番禺区基本公共卫生服务项目首届成果展活动在大夫山森林公园举办。\n')


def test_a_news_items_credit_lines_make_it_news_and_head_nothing(tmp_path, panyu):
    """羊城晚报's item prints 文/羊城晚报全媒体记者 徐振天 and 图/羊城晚报全媒体记者 曾育文 between its paragraphs: it was filed
    总结/计划, and the photo's credit headed every fact after it as their section."""
    ff = distil(tmp_path, panyu, YANGCHENG, "yangcheng.txt")
    assert ff.source.kind == "news"
    assert not any("记者" in s for f in ff.facts for s in f.section)


def test_a_reports_unit_after_whose_leadership_it_worked_is_its_issuer(tmp_path, panyu):
    """番禺区卫生健康局's 2024年工作总结 (panyu.gov.cn/zwgk/zjgb/bmgzbg/2024/content/post_10195041.html) opens 2024年,在区委、区政府的
    正确领导下,在各部门的协同奋进下,番禺区卫生健康局交出一幅亮丽的答卷: its issuer was left unknown (发文单位：—)."""
    text = ('2024年,在区委、区政府的正确领导下,在各部门的协同奋进下,番禺区卫生健康局交出一幅亮丽的答卷。番禺区基本公共卫生服务项目于省级绩效评价中获评优秀等次,位列全省第一名,近三年累计获得省、市两级奖励性'
            '资金达880多万元;“卫健50计划”项目全面动工,申请超过50亿元地方政府专项债资金,投入29间公立医疗卫生机构的新建、扩建和升级改造项目,获得市领导的高度肯定;顺利完成全国基层中医药工作示范区现场评'
            '审;职业健康监管工作连续四年在市排名第一。广医附属番禺中心医院以“双一流”大学附属医院标准引领医院高质量发展,区健康管理中心(区康复医院)挂牌成立广州体育学院附属运动康复医院,区中医院挂牌成立广州中医'
            '药大学番禺医院,何贤纪念医院与南方医科大学珠江医院组建紧密型医联体医院。区属医疗机构与中山大学附属第一医院建立老年医学联盟和湾区创面修复专科联盟,设立番禺教学基地。\n')
    assert distil(tmp_path, panyu, text, "panyu2024.txt").source.issuer == "番禺区卫生健康局"


def test_a_share_opening_its_subject_is_of_the_things_after_it(tmp_path, panyu):
    """The same item says 番禺区100%的社区卫生服务中心达到国家服务能力基本标准及以上,其中87.5%的社区卫生服务中心达到…推荐标准:
    both shares counted 番禺区."""
    text = ('当前,番禺区着力构建优质的基本公共卫生服务体系。番禺区卫生健康局相关负责人介绍,番禺区100%的社区卫生服务中心达到国家服务能力基本标准及以上,其中87.5%的社区卫生服务中心达到国家服务能力推荐标准'
            ';\n')
    counts = {g.raw: g.counts for f in distil(tmp_path, panyu, text, "yangcheng2.txt").facts for g in f.figures}
    assert counts["100%"] == counts["87.5%"] == "社区卫生服务中心"


def test_an_award_given_is_no_part_of_what_is_counted(tmp_path, panyu):
    """The same item says 现场还为南村镇…等5间社区卫生服务中心颁发番禺区2024年度…优秀奖: 5间 counted 社区卫生服务中心颁发番禺区."""
    text = ('现场还为南村镇、大石街、洛浦街、沙湾街、钟村街等5间社区卫生服务中心颁发番禺区2024年度基本公共卫生服务项目成绩优秀奖,表彰基本公卫宣传大使,动员全社会共同关注、参与并享受国家基本公共卫生服务。\n')
    counts = {g.raw: g.counts for f in distil(tmp_path, panyu, text, "yangcheng3.txt").facts for g in f.figures}
    assert counts["5间"] == "社区卫生服务中心"


def test_a_days_event_after_its_purpose_makes_a_news_item(tmp_path, panyu):
    """An item on 番禺's 爱国卫生月 day, on a mirror in traditional characters (sybnx.com/info_87.aspx?itemid=21528&lcid=8), opens
    為了全方位多層次推動愛國衛(wèi)生運(yùn)動,,…4月26日上午,番禺區(qū)愛衛(wèi)會…主辦…: an account of a day's event after its purpose, filed
    总结/计划 and its ceremony (在沙灣公園設立主場地…) a fact of the bureau's work."""
    text = ('為了全方位多層次推動愛國衛(wèi)生運(yùn)動,,強(qiáng)化預(yù)防優(yōu)先,打造健康環(huán)境,,保障群眾健康,,4月26日上午,番禺區(qū)愛衛(wèi)會,、番禺'
            '區(qū)衛(wèi)生健康局主辦,,區(qū)健康教育中心、區(qū)疾病預(yù)防控制中心,、沙灣鎮(zhèn)人民政府承辦,,在沙灣公園設(shè)立主場地,各鎮(zhèn)街設(shè)置分'
            '場所,同步開展以“防疫有我,,愛衛(wèi)同行”為主題的第32個愛國衛(wèi)生月統(tǒng)一行動日主題活動,。區(qū)文明辦、市生態(tài)環(huán)境局番禺分局,、區(qū)住房城'
            '鄉(xiāng)建設(shè)局,、區(qū)農(nóng)業(yè)農(nóng)村局、區(qū)城市管理綜合執(zhí)法局,、區(qū)總工會、團(tuán)區(qū)委,、區(qū)婦聯(li'
            'án),、區(qū)疾控中心、區(qū)健康健康教育中心,、沙灣社區(qū)衛(wèi)生服務(wù)中心等單位領(lǐng)導(dǎo)及工作人員參加了本次活動,。\n')
    ff = distil(tmp_path, panyu, text, "aiwei.txt")
    assert ff.source.kind == "news"


def test_an_old_year_is_no_figure(tmp_path, tengzhou):
    """The reply to 164160 says 铁牌坊…始建于清乾隆十二年(1747年): 1747年 was a figure, a count of years."""
    ff = distil(tmp_path, tengzhou, REPLY_164160, "164160.txt")
    assert not any(g.value == 1747 for f in ff.facts for g in f.figures)


def test_a_rank_said_by_its_verb_alone_is_on_the_list_its_sentence_names(tmp_path, tengzhou):
    """鲁南传媒网's item says 公布了“2023年全国县域旅游综合实力百强县”名单,滕州市再次荣登榜单,位居第50位,山东省第1位: the ranks
    counted 位居 and nothing (— 第1位)."""
    ff = distil(tmp_path, tengzhou, LUNAN, "lunan.txt")
    ranks = {g.raw: (g.counts, g.place) for f in ff.facts for g in f.figures if g.unit == "位"}
    assert ranks["第50位"][0] == ranks["第1位"][0] == "全国县域旅游综合实力百强县" and ranks["第1位"][1] == "山东省"


def test_a_garbled_clause_after_a_figures_sentence_goes_and_the_sentence_ends_before_it(tmp_path, tengzhou):
    """The 3条旅游线路 sentence ends …连续7年蟬聯全國(guó)縣域旅遊綜合實(shí)力百?gòu)?qiáng)縣: kept for its figure, it kept the garble too
    (…综合实力百？gòu)?qi…), and the draft ended its item on 百？ (hd13). The garbled clause after the figure goes."""
    ff = distil(tmp_path, tengzhou, CHINANEWS, "chinanews.txt")
    routes = next(f for f in ff.facts if "3条旅游线路" in f.text)
    assert routes.text.endswith("全力打造“奔县旅游”优选目的地。"), routes.text
    assert "?" not in routes.text and "？" not in routes.text and "蝉联" not in routes.text
