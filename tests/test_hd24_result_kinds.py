"""Results and non-results in news and replies, found on held-out round hd24 (西安市生态环境局, 红河州农业农村局,
济南市市场监督管理局): the bureau's or its place's results in a news item were filed as background (so drafts cited nothing),
following the rename reminder turned a result into background, and a news lede was dropped as web clutter; a newspaper's
slogan, citizens' quoted words and a reply's lead of political formulas were filed as results.

Each test distils a short excerpt of the real page (its words as the page prints them, web clutter and traditional
characters kept; the page is named in the test) through the public path ``drafter distill`` takes, in a workspace of the
page's own bureau.
"""

from __future__ import annotations

from helpers import distil, fact_saying, unit_workspace

from drafter.model import CONTEXT, DONE

JINAN_AREAS = "历下区, 市中区, 槐荫区, 天桥区, 历城区, 长清区, 章丘区, 济阳区, 莱芜区, 钢城区, 平阴县, 商河县"


def _jinan(tmp_path):
    return unit_workspace(tmp_path / "ws", "济南市市场监督管理局", "市市场监管局", "济南市", JINAN_AREAS)


# 中国消费者报, 2024-11-22: 全心全意守护放心消费——山东省济南市市场监管局用监管力度守护民生温度 (its mirror's characters kept).
CONSUMER_NEWS = """國家市場監(jiān)督管理總局主管

當前位置:首頁 > 市場監(jiān)管
全心全意守護放心消費——山東省濟南市市場監(jiān)管局用監(jiān)管力度守護民生溫度
2024-11-22 16:52 本文來源:中國消費者報•中國消費網(wǎng) 作者:尹訓銀

未雨綢繆全時段守護

春季是適合外出賞景遊玩的時節(jié),,濟南市市場監(jiān)管局加強遊樂設施安全監(jiān)管,對該市159臺大型遊樂設施、7條客運索道的安全情況及操作人員持證情況進行全面檢查,並對景點園區(qū)和公共聚集場所的電梯,、觀光車等進行專項檢查,。
"""


def test_the_bureau_named_after_a_setting_clause_reports_its_work(tmp_path):
    """hd24d fault 1: 济南市市场监管局 (its place and short name) checking the city's 159 rides, after a clause setting the
    season, was background: a news item's account of the bureau's own work with its figures is a result."""
    ff = distil(tmp_path, _jinan(tmp_path), CONSUMER_NEWS, "2024-11-22_中国消费者报_济南市市场监管局守护放心消费.txt")
    rides = fact_saying(ff, "159台大型游乐设施")
    assert rides.kind == DONE and rides.jurisdiction == "济南市"


# 沈阳市农业农村局's news of 2023-10-11 (hd19a): a press conference where one of the bureau's people spoke.
SHENYANG_NEWS = """沈阳市为群众办实事系列新闻发布会 农业农村局专场

10月11日，市政府新闻办召开“2023年沈阳市为群众办实事”系列新闻发布会（第四场），市农业农村局副局长田淑军作新闻发布。
"""


def test_the_bureaus_official_after_a_setting_clause_is_no_work_of_it(tmp_path):
    """The bureau named after a setting clause as the unit of the person who spoke (…，市农业农村局副局长田淑军作新闻发布) tells who
    spoke at another unit's press conference, no work of the bureau's."""
    ws = unit_workspace(tmp_path / "ws", "沈阳市农业农村局", "市农业农村局", "沈阳市")
    ff = distil(tmp_path, ws, SHENYANG_NEWS, "2023-10-11_沈阳市为群众办实事新闻发布会.txt")
    assert fact_saying(ff, "田淑军作新闻发布").kind == CONTEXT


# 大众网, 2025-02-27 and 山东法制报, 2025-02-27: 济南“预付宝” launched (excerpts, the pages' clutter kept).
DAZHONG_NEWS = """• 我的订阅
  • 社会

济南“预付宝”上线!全国首创预付消费“信托式”监管新模式 架起预付消费的“信任之桥”

类别:社会 发布时间:2025-02-27 10:21:00 来源:大众网

这样的预付式消费场景是您期待的吗?

2月26日,济南“预付宝”正式上线运行,全国首创“政府推动、平台保障、银行支持、商家积极、消费者满意”的预付消费“信托式”监管新模式——由工商银行、国民信托、支付宝三方共同搭建,在前端打造“一站式”操作平台,在后台设立“隐藏式”银行结算平台和信托资金监管平台。
"""
FAZHI_NEWS = """首页打开

架起预付消费“信任之桥”!济南“预付宝”今日上线

山东法制报 | 2025-02-27 15:18:46原创

羊文智   来源:大众新闻·山东法制报

“扫一扫”,充值的钱全部进入监管账户,消费一笔、账户扣款一笔、商家到账一笔,操作便捷、结算透明,余额可查,随时可退,闭店、过期自动退。既能享受到充值优惠,又不必闹心钱款跑路。2月26日,济南“预付宝”正式上线运行,全国首创“政府推动、平台保障、银行支持、商家积极、消费者满意”的预付消费“信托式”监管新模式。

消费者预付“不担忧”

“既享优惠,又不必担心关店跑路”

“不充值预付费用,就无法享受折扣优惠,而充值一笔,又担心可能成了花不完、讨不回的冤枉钱。”市民王女士回顾过往消费,发出感慨。这同样是很多市民关心的问题,济南市市场监管局、济南市消费者协会通过深度调研、多方权衡,力求让济南“预付宝”平台直击痛点、化解痛点。
"""


def test_the_day_the_places_platform_went_live_is_a_result(tmp_path):
    """hd24d faults 1 and 2: 2月26日，济南“预付宝”正式上线运行 was background in 大众网's item, and 山东法制报's lede saying it was no
    fact at all (its quoted “扫一扫” read as a page's QR prompt): the day a thing of the place went live is its result, in a lede
    too; what a citizen said stays background."""
    ff = distil(tmp_path, _jinan(tmp_path), DAZHONG_NEWS, "2025-02-27_大众网_济南预付宝上线.txt")
    assert fact_saying(ff, "正式上线运行").kind == DONE
    (tmp_path / "b").mkdir()
    ff = distil(tmp_path / "b", _jinan(tmp_path / "b"), FAZHI_NEWS, "2025-02-27_山东法制报_济南预付宝今日上线.txt")
    lede = fact_saying(ff, "正式上线运行")
    assert lede.kind == DONE and lede.text.startswith("“扫一扫”")
    assert fact_saying(ff, "市民王女士").kind == CONTEXT


# 红河州农业农村局's workspace; a news page of 2022-03-22 on 红河州委农村工作会议 (its clutter kept).
HONGHE_NEWS = """您的位置首页  种植技术  水果种植

红河州2021年水果、蔬菜产量位居云南省第一

  • 来源:互联网
  • |
  • 07-16

  3月21日,云南省红河州委农村工作会议在蒙自市召开。据会议消息,2021年,红河州特色农业竞争力不断增强,水果、蔬菜产量全省第一,粮食产量达185.1万吨,位居全省第3位,猪牛羊肉产量达41.39万吨,稳居全省第2位。创建省级美丽乡村10个、州级82个、县级436个。

  “推动红河高质量跨越式发展,最艰巨最繁重的任务依然在农村,最广泛最深厚的基础也是在农村。2021年,红河州统筹推进巩固拓展脱贫攻坚成果同乡村振兴有效衔接,农业农村各项工作稳中有进、持续向好。2022年,全州各级各部门要扎实有序推进‘三农’各项重点工作,确保农业稳产增产、农民稳步增收、农村稳定安宁。”红河州委赵瑞君表示。
"""
HONGHE_AREAS = "蒙自市, 个旧市, 开远市, 弥勒市, 建水县, 石屏县, 泸西县, 元阳县, 红河县, 绿春县, 金平苗族瑶族傣族自治县, 屏边苗族自治县, 河口瑶族自治县"


def _honghe(tmp_path):
    return unit_workspace(tmp_path / "ws", "红河哈尼族彝族自治州农业农村局", "州农业农村局", "红河州", HONGHE_AREAS)


def test_the_places_year_of_results_after_a_meetings_lede_is_a_result(tmp_path):
    """hd24c fault 4: 2021年，红河州…粮食产量达185.1万吨…创建省级美丽乡村10个…, said after the lede on the meeting that reported it,
    was background: a news item's sentence of the workspace's place, its year past and its figures, is its result; the leader's
    quoted words, no figure in them, stay background."""
    ff = distil(tmp_path, _honghe(tmp_path), HONGHE_NEWS, "2022-03-22_红河州2021年水果蔬菜产量位居云南省第一.txt")
    grain = fact_saying(ff, "185.1万吨")
    assert grain.kind == DONE and grain.jurisdiction == "红河州" and grain.period.year == 2021
    assert fact_saying(ff, "赵瑞君表示").kind == CONTEXT


# 红河州农业农村局's reply to 州十三届人大一次会议第221号建议 (2022-10-17): the page's head and its first paragraphs.
HONGHE_REPLY_221 = """人大代表建议办理答复
- 发布机构: 红河州农业农村局
- 发布日期: 2022-10-17
红河州农业农村局对州十三届人大一次会议第221号建议的答复
李学丽代表:
您在红河州十三届人大一次会议提出的《关于实施石屏县龙武镇柏木租村人居环境提升项目的建议》的第221号建议,已转交我局研究办理,现将办理情况答复如下:
红河州各级各部门始终坚定不移贯彻落实习近平总书记关于改善农村人居环境的系列重要指示批示精神,立足农村人居环境整治提升新阶段、新形势、新要求,坚持把农村人居环境整治提升作为巩固脱贫攻坚成果的重要内容,作为实施乡村振兴战略的“当头炮”,作为农村精神文明建设的具体抓手,主动扛牢政治责任,强化担当作为,突出抓好“规划、绿化、文化、整洁化”和基层党建引领,整治工作从典型示范向面上推开,农村卫生厕所普及率、污水治理率、生活垃圾处理率较大提高,打造了一批美丽乡村,乡村“颜值”更高、人居环境更美。石屏县坚持党建引领、干部带头、群众参与的原则,坚定不移贯彻落实中央、省、州关于农村人居环境整治提升的决策部署,不断补齐农村人居环境短板弱项,重点在农村厕所革命、农村生活垃圾污水治理、村庄规划、建立长效机制等方面下功夫,多措并举、全域整治,真抓实干、向美而行,高标准推进农村人居环境整治提升。
在州级出台相关政策的情况下,2020年6月28日,石屏县委、县政府印发了《石屏县美丽乡村创建实施方案》(石办发〔2020〕42号)文件。
"""


def test_a_paragraph_of_political_formulas_is_no_result(tmp_path):
    """hd24c fault 5: the reply's ~200-character paragraph of pledges (坚定不移贯彻落实…指示批示精神…扛牢政治责任，强化担当作为…决策部署),
    no figure in it, was a done fact, drafted as item 二: background; the dated act after it stays a result."""
    ff = distil(tmp_path, _honghe(tmp_path), HONGHE_REPLY_221, "红河州农业农村局_州十三届人大一次会议第221号建议答复.txt")
    assert fact_saying(ff, "指示批示精神").kind == CONTEXT
    assert fact_saying(ff, "2020年6月28日").kind == DONE


# 陕工网—陕西工人报, 2021-03-12: 优良天数250天 “西安蓝”刷屏朋友圈 (its clutter kept).
SHAANXI_WORKER = """陕西工人报官方网站 | 陕工网首页 手机站 今天是
您当前的位置:首页 > 图片 > 新闻 生活优良天数250天 “西安蓝”刷屏朋友圈
2021-03-12 16:16:34来源:陕工网—陕西工人报

陕工网—陕西工人报讯 “哇!我的朋友圈今天让蓝天刷屏了!”“快看,这才是真正的蓝天白云!”“对,西安今年的蓝天真不少,雾霾天气明显减少了,空气质量杠杠地!”这是西安市民对空气质量改善的切身体会。

这一年,我省13个市(区)空气质量均有所改善,其中西安市PM2.5平均浓度51微克/立方米,同比下降10.5%;优良天数250天,同比增加25天。

治理大气污染,修复水生态,倡议低碳生活,已取得明显成效;天蓝树绿、水清云淡的良好生态环境已实实在在成为百姓福祉。

责任编辑:陈青
"""


def _xian(tmp_path):
    return unit_workspace(tmp_path / "ws", "西安市生态环境局", "市生态环境局", "西安市")


def test_citizens_words_and_a_papers_slogan_are_no_results(tmp_path):
    """hd24a fault 2: the citizens' quoted words (“哇！我的朋友圈…”) and the paper's closing slogan (已取得明显成效；…已实实在在成为
    百姓福祉), neither with a figure, were done facts, the slogan drafted as the only result: background."""
    ff = distil(tmp_path, _xian(tmp_path), SHAANXI_WORKER, "2021-03_陕工网_西安优良天数250天.txt")
    assert fact_saying(ff, "朋友圈").kind == CONTEXT
    assert fact_saying(ff, "百姓福祉").kind == CONTEXT


# 西安市生态环境局连续3年荣获市级年度目标责任考核优秀单位 (a news item of early 2022, its first paragraphs).
XIAN_AWARD = """西安市生态环境局连续3年荣获市级年度目标责任考核优秀单位
近日,陕西省西安市召开2021年度目标责任考核总结表彰大会,西安市生态环境局荣获优秀单位,这是自2019年以来连续3年该局获此殊荣。
据了解,2021年西安市生态环境系统深入学习贯彻习生态文明思想,坚决落实中央关于黄河流域生态环境保护和高质量发展等重大战略部署,始终把生态文明建设摆在重要位置,打好蓝天、碧水、净土攻坚战,全面助力“追赶超越”,推动全市生态环境质量持续好转。
在空气质量方面,2021年优良天数达到265天,同比增加15天;PM2.5浓度为41微克每立方米,同比改善19.6%;6项指标“五降一平”;年度优级天数62天,同比增加6天。
"""


def test_dating_a_news_items_file_keeps_its_result(tmp_path):
    """hd24a fault 4: renamed with its date as the reminder asked, the page read as a news item and its 2021 air-quality figures,
    a result before, became background (distill said only 更新2): the paragraph going on with the year's figures of the work the
    one before it told is a result under either name."""
    for k, name in enumerate(("2021_西安市生态环境局连续3年考核优秀.txt", "2022-02-15_西安市生态环境局连续3年考核优秀.txt")):
        (tmp_path / str(k)).mkdir()
        ff = distil(tmp_path / str(k), _xian(tmp_path / str(k)), XIAN_AWARD, name)
        air = fact_saying(ff, "优良天数达到265天")
        assert air.kind == DONE and air.period.year == 2021, name
