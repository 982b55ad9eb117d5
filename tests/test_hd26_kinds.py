"""What is a result, a plan, context, found on held-out round hd26 (宿迁市人力资源和社会保障局, 临沧市文化和旅游局, 牟定县水务局): a
member's asks restated in a reply (针对您提出的组建…工作组，…) and its count of points adopted (我局采纳3条，落实了3条, its 落实 labelled 采纳) were filed as done;
an effect expected of a project (此项目实施后可解决…59860人饮水问题) was a result, and so were a reply's 计划7月开展招投标 and its
待项目资金下达我们会及时开展… at a done fact's end; a sentence of problems (仍然存在着…等突出问题) was drafted as a section's only
item; a 十三五 summary's paragraph going on with the city's work (每年均将…纳入…，建立…联席会议…) was background; and the director's
signed article was a third party's, its 2022 results background and its byline glued onto its first fact.

Each test distils a short excerpt of the real page (its words as the page prints them, web clutter and traditional characters
kept; the page is named in the test) through the public path ``drafter distill`` takes, in a workspace of the page's own bureau.
"""

from __future__ import annotations

from helpers import CORPUS, MOUDING_74, distil, fact_saying, needs_corpus, unit_workspace
from helpers import mouding_workspace as _mouding

from drafter.model import CONTEXT, DONE, PLAN, WORK_REPORT

SUQIAN_AREAS = "沭阳县, 泗阳县, 泗洪县, 宿城区, 宿豫区"
LINCANG_AREAS = "临翔区, 凤庆县, 云县, 永德县, 镇康县, 双江拉祜族佤族布朗族傣族自治县, 耿马傣族佤族自治县, 沧源佤族自治县"


def _suqian(tmp_path):
    return unit_workspace(tmp_path / "ws", "宿迁市人力资源和社会保障局", "市人社局", "宿迁市", SUQIAN_AREAS)


def _lincang(tmp_path):
    return unit_workspace(tmp_path / "ws", "临沧市文化和旅游局", "市文旅局", "临沧市", LINCANG_AREAS)


# 宿迁市人社局's reply to 市政协五届五次会议第203号提案 (sqhrss.suqian.gov.cn, 2021-08-10), to the first item's break.
SUQIAN_203 = """对市政协五届五次会议第203号提案的答复

张智刚委员

您提出的关于防范化解农民工欠薪问题的提案》收悉,现将办理情况和办理结果答复如下

近年来,我们会同市根治拖欠农民工工资领导小组相关成员单位,强化执法、认真履职,严厉打击欠薪行为,全面推动落实两清零目标任务,有效保护农民工的合法权益。针对您提出的组建农民工欠薪问题专项处置工作组,专门调查、协调、解决农民工工资拖欠、纠纷等问题,设立绿色通道或意见箱,让农民工直接进行举报投诉,对拖欠农民工工资的企业,加大处罚力度,并列入企业失信名单。在工程招标环节设立预防机制,中标企业必须签订不拖欠农民工工资的承诺书,招用农民工必须依法订立劳动合同,明确权利义务,政府重点工程项目必须开设工资专用账户,保证专款专用,提升农民工法律意识,加大法制宣传力度,提供高效便捷法律服务,快速提升农民工法律维权意识,更好地化解农民工欠薪问题。

您提出的3条建议,我局采纳3条,落实了3条,具体情况如下:

一、工作开展情况

(一)成立工作专班,统筹部署治欠工作。为加强组织领导,2017年我市建立了解决企业工资拖欠问题部门联席会议制度,成立根治拖欠农民工工资工作领导小组,2020年,领导小组成员单位从13个扩充到21个,进一步厘清了部门责任,促进了部门间的协调配合。
"""


def test_a_members_asks_restated_are_no_result(tmp_path):
    """hd26a 5: 针对您提出的组建农民工欠薪问题专项处置工作组，…设立绿色通道或意见箱… and the sentence of asks after it were one done
    fact: what the member proposed, told back without any answer in it, is context; the overview before it stays the bureau's."""
    ff = distil(tmp_path, _suqian(tmp_path), SUQIAN_203, "01_sqhrss_203号提案答复_2021.txt")
    for words in ("设立绿色通道或意见箱", "中标企业必须签订不拖欠农民工工资的承诺书"):
        assert fact_saying(ff, words).kind == CONTEXT
    overview = fact_saying(ff, "全面推动落实两清零目标任务")
    assert overview.kind == DONE and "针对您提出" not in overview.text


def test_the_count_of_points_adopted_is_no_result(tmp_path):
    """hd26a 6: 您提出的3条建议，我局采纳3条，落实了3条 was a done fact with three figures: how the item was handled, context;
    the work reported under the first item stays done."""
    ff = distil(tmp_path, _suqian(tmp_path), SUQIAN_203, "01_sqhrss_203号提案答复_2021.txt")
    handled = fact_saying(ff, "我局采纳3条")
    assert handled.kind == CONTEXT
    assert [g.counts for g in handled.figures] == ["建议", "采纳", "落实"]  # (its third was 采纳: each figure is its own verb's)
    assert fact_saying(ff, "联席会议制度").kind == DONE


@needs_corpus
def test_a_verb_alone_counts_for_itself_after_a_figure_named_by_a_word(tmp_path):
    """hd26a 6's label: a figure whose clause is a verb alone took the name of the figure before, though that named by a verb alone
    names no thing to share — 武汉市科技局's 2021 report (…市政协提案87（主办22件，承办2件，分办1件，会办62件）: its 2件 was 主办)."""
    ws = unit_workspace(tmp_path / "ws", "武汉市科学技术局", "市科技局", "武汉市")
    text = (CORPUS / "26_wuhan_report_2021.txt").read_text("utf-8")
    figures = fact_saying(distil(tmp_path, ws, text, "26_wuhan_report_2021.txt"), "承办2件").figures
    assert [(g.value, g.counts) for g in figures if g.raw in ("22件", "2件", "1件", "62件")][-4:] == [
        (22, "主办"), (2, "承办"), (1, "分办"), (62, "会办")]


# 宿迁's 创业 十三五 summary, a mirror in traditional characters with its pinyin clutter: its lead and first item.
SUQIAN_13 = """創(chuàng)業是發展之基、富民之本、活力之源。宿遷市深入貫徹落(luo)實(shi)國務(wù)院關(guān)于大眾創(chuàng)業、萬眾(zhong)創(chuàng)新相關(guān)部署,高度(du)重視(shi)全民創(chuàng)業工作,獲批省級創(chuàng)業型示范城市,全(quan)市三(san)縣兩區(qū)均入選國家返鄉(xiāng)創(chuàng)業(yè)(ye)試點(diǎn),成為全省唯一返鄉(xiāng)創(chuàng)業試點(diǎn)全覆蓋地級市,被中(zhong)國互聯(lián)網(wǎng)協(xié)會、中國投資協(xié)會聯(lián)合授予中(zhong)國互(hu)聯(lián)網(wǎng)創(chuàng)業大會會址。
一、注重高位推動,全市聯(lián)動促進(jìn)。每年均將(jiang)創(chuàng)業富民納入市委市(shi)政府為民辦實(shi)事項(xiang)目,建立(li)市級推進(jìn)“大眾(zhong)創(chuàng)業(yè)(ye)、萬眾創(chuàng)新”聯(lián)席會議,高位推動工(gong)作開展。先后出臺《推進(jìn)創(chuàng)業創(chuàng)新實施方案》《鼓勵返鄉(xiāng)創(chuàng)業就業若(ruo)干措(cuo)施》等文(wen)件,明確“貸、培、扶(fu)、補(bǔ)”一(yi)系列政策扶持。“十三五(wu)”期間年均新增個體工商戶(hu)、私營(ying)企業(yè)等創(chuàng)業實體10.8萬戶。
"""


def test_a_summary_goes_on_with_the_citys_yearly_work(tmp_path):
    """hd26a 3: 每年均将创业富民纳入市委市政府为民办实事项目，建立市级推进…联席会议… under 一、 was background: after the lead
    telling of 宿迁市's work (its saying 创业是发展之基、富民之本… no 本市 of the bureau), a paragraph going on with what is done every
    year, 将 as 把, is the city's work — with its 十三五 figure."""
    ff = distil(tmp_path, _suqian(tmp_path), SUQIAN_13, "03_宿迁创业十三五_mirror.txt")
    fact = fact_saying(ff, "联席会议")
    assert fact.kind == DONE
    assert (fact.period.year, fact.period.until) == (2016, 2020)
    assert any(g.value == 10.8 for g in fact.figures)


# 牟定县水务局's reply on 羊肝石 人畜饮水 (县十八届人大二次会议, mdx.gov.cn 150084), the page as the store keeps it.
MOUDING_YANGGANSHI = """王建平、李晓艳、代德忠、刘姣艳、陈忠丽、孟德云、普翠珍、希琼芬、晋波、杨鑫代表:
您 们在县十八届人大二次会议上提出的“关于请求上级党委政府给予解决羊肝石村委会人畜饮水困难的议案”,交由我单位办理,现答复如下:
羊肝石村委会人畜饮水项目已列入牟定县城乡供水一体化三年专项行动项目中,该项目已完成项目的可研编制及批复。目前,实施方案正在编制中,计划7月开展招投标工作。10月中旬启动城乡供水一体化项目新桥片区工程的实施(二水厂管网延伸工程),年内完成林地及土地审批。
此项目实施后可解决4乡镇59860人饮水问题,整个新桥镇的安全饮水问题将会得到全面解决。
最后,感谢您 们对我县水务工作的关心与支持,希望一如既往地支持水务工作。
"""


def test_an_effect_expected_and_a_months_plan_are_no_result(tmp_path):
    """hd26c 7: 此项目实施后可解决4乡镇59860人饮水问题 was done with its 59860人, and the fact before it held 计划7月开展招投标 and
    年内完成…审批: what the work is to bring, and what is planned for the months ahead, are a plan."""
    ff = distil(tmp_path, _mouding(tmp_path), MOUDING_YANGGANSHI, "2023-06-20_mdx_150084_羊肝石议案答复.txt")
    assert fact_saying(ff, "59860").kind == PLAN
    done = fact_saying(ff, "可研编制及批复")
    assert done.kind == DONE and "计划" not in done.text and "年内" not in done.text
    assert fact_saying(ff, "计划7月开展招投标").kind == PLAN




def test_a_condition_then_what_we_will_do_is_a_plan_of_its_own(tmp_path):
    """hd26c 8: the done fact ended on 待项目资金下达我们会及时开展铁厂河河道治理工程建设。: what waits on the funds, its doer run
    into the condition without a comma and saying 会, is a plan, cut from the result before it."""
    ff = distil(tmp_path, _mouding(tmp_path), MOUDING_74, "mdx_37806_74号建议答复_2022.txt")
    done = fact_saying(ff, "十四五”水安全保障规划报告")
    assert done.kind == DONE and "待项目资金" not in done.text
    assert fact_saying(ff, "待项目资金下达").kind == PLAN


# 临沧市文化和旅游局's reply to 政协五届三次会议第05030103号提案 (2024-08-06), from its title to where the page is cut.
LINCANG_05030103 = """临沧市文化和旅游局关于政协临沧市委员会五届三次会议第05030103号提案的答复

市政协人口资源环境委员会第二学习小组:

你们在政协临沧市委员会五届三次会议上提出的“关于加强A级旅游景区管理,推动乡村旅游提档升级的提案”(第05030103号),已由市政府转交我局研究办理,现将办理情况答复如下:

首先,衷心地感谢你们对临沧文化旅游业的关心和支持,为临沧文化旅游业的健康、快速、可持续发展出谋划策。我局收到提案后,高度重视,召开专题会议对提案进行了认真的分析、研究,并责成分管领导负责,指定智慧旅游规划科具体办理。

近年来,在市委、市政府的高度重视下,制定出台了《临沧市文化和旅游强市建设三年行动方案(2023—2025年)》和《临沧市加快推动旅游高质量发展实施方案》等政策措施,不断推动文化旅游深度融合,在要素完善、产品开发、品牌创建、主体培育、宣传促销等方面都得到长足进步。全市建成A级景区48家(AA级13家、AAA级26家、AAAA级9家)、旅游住宿接待单位1744家(其中:四星3家、三星10家、二星7家),建成旅游厕所252个,旅游观景台25个,县城及景区游客服务中心46个。有市级乡村旅游品牌村30个、省级旅游休闲街区2个、省级夜间文旅消费聚集区3个、全国乡村旅游重点村4个、省级旅游名镇5个、省级旅游名村15个、云南最美乡愁旅游地7个,省级金牌旅游村7个。全市旅游产品建设虽然取得了一定成绩,但仍然存在着设施管护维护不到位,缺乏经营管理主体等突出问题,针对存在问题,目前已在全市组织开展了旅游景区、乡村旅游示范村设施管护维护专项整治行动,通过第一阶段摸排,全市提出了92个整
"""


def test_a_sentence_of_problems_is_context_and_the_work_on_them_a_result(tmp_path):
    """hd26b 5: …虽然取得了一定成绩，但仍然存在着设施管护维护不到位，缺乏经营管理主体等突出问题，针对存在问题，…已…开展了…专项整治
    行动 was drafted opening on the problems: the problems stated are context, the work on them after the clause turning to it a
    result of its own, and the stock figures before them stay done."""
    ff = distil(tmp_path, _lincang(tmp_path), LINCANG_05030103, "临沧文旅_2024_政协05030103号_A级景区.txt")
    problems = fact_saying(ff, "突出问题")
    assert problems.kind == CONTEXT and "专项整治" not in problems.text
    work = fact_saying(ff, "专项整治行动")
    assert work.kind == DONE and work.text.startswith("针对存在问题")
    assert fact_saying(ff, "A级景区48家").kind == DONE


@needs_corpus
def test_a_contents_line_naming_problems_is_no_sentence_of_problems(tmp_path):
    """hd26b 5's rule reads a sentence stating problems, not a report's list of its parts naming 存在的主要问题 (上城区科技局's
    2018 report): that sentence is no problem — and, a report's note on itself (全文包括…, hd45c), no fact at all."""
    ws = unit_workspace(tmp_path / "ws", "杭州市上城区科学技术局", "区科技局", "上城区")
    text = (CORPUS / "27_shangcheng_report_2018.txt").read_text("utf-8")
    ff = distil(tmp_path, ws, text, "27_shangcheng_report_2018.txt")
    assert not any("存在的主要问题" in f.text for f in ff.facts)
    assert fact_saying(ff, "本报告中所列数据统计期限").kind == CONTEXT


# The director's signed article in 社会主义论坛 2023年2期 (2023-04-06), to the paragraph after its 2022 results.
LINCANG_ARTICLE = """“双轮驱动”书写文旅高质量发展新篇章

2023-04-06 04:39何强宇临沧市文化和旅游局党组书记局长
社会主义论坛 2023年2期
关键词:双轮驱动临沧文旅

文 何强宇 临沧市文化和旅游局党组书记、局长

党的二十大报告提出“增强中华文明传播力影响力”,体现了从文明视角对中国道路的坚持与解读,展示了中国特色的鲜明特征,也是对当代中国的文化传播、国际传播提出了战略任务。云南省临沧市要全面落实“举旗帜、聚民心、育新人、兴文化、展形象”使命任务,走好中国特色社会主义文化发展道路,多措并举推动地方文化事业和文旅产业繁荣发展,满足人民群众日益增长的精神文化需求。

2022年,接待旅游者3170 万人次,同比增长61.63%,实现旅游总收入252.72 亿元,同比增长72.63%;完成旅游固定资产投资 39.87 亿元,同比增长201.36%;打造绿美景区38个,成功创建AAAA级景区4 家、AAA 级景区10 家,38个A 级景区排名全省第3 位;全省首创“三个一批”配齐945个行政村(社区)文化辅导员,全省首家组建市文化市场综合行政执法支队和市民族歌舞团;国家级非遗滇红茶制作技艺列入联合国教科文组织人类非物质文化遗产代表作名录,临沧实现世界非遗名录零的突破。

"""


def test_an_article_its_bureaus_head_signed_is_the_bureaus_report(tmp_path):
    """hd26b 13: 文 何强宇 临沧市文化和旅游局党组书记、局长 was glued onto the first fact, and the article's 2022 results (…滇红茶制作
    技艺列入…人类非物质文化遗产代表作名录) were background: the byline is no text, and an article the bureau's head signed is the
    bureau's own report of its work, its results done; the party congress's report it opens on stays context."""
    ff = distil(tmp_path, _lincang(tmp_path), LINCANG_ARTICLE, "临沧文旅_2023_局长署名文章_双轮驱动.txt")
    assert ff.source.kind == WORK_REPORT and ff.source.issuer == "临沧市文化和旅游局"
    assert not any("何强宇" in f.text for f in ff.facts)
    results = fact_saying(ff, "滇红茶制作技艺")
    assert results.kind == DONE and results.period.year == 2022
    assert fact_saying(ff, "党的二十大报告提出").kind == CONTEXT
