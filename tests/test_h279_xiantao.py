"""Findings of held-out testers hd52b (仙桃市住房和城市更新局: news pages in traditional characters mirrored on portals) and
hd52a (平凉市交通运输局: news pages with a portal's sidebar teasers and photo captions).

The lines are the testers' seeds as the mirrors printed them, distilled through the public path of ``drafter distill``.
"""

from __future__ import annotations

from drafter.distill.figures import find_figures as _find
from drafter.textutil import simplified
from helpers import distil, fact_saying, unit_workspace

# hd52b's page of 2022-02-14 (仙桃日报), as its mirror printed it.
RESUMED = (
    "首頁 > 仙桃新聞\n\n擰緊發(fā)條 開足馬力 一批市政工程項目有序復工\n\n發(fā)布時間:2022年02月14日 來源:仙桃日報\n\n"
    "  2月11日,在錢溝南路泵站改造工程施工現(xiàn)場,工人們正在技術員的指導下為拉森鋼板樁劃線定位,現(xiàn)場繁忙有序。\n\n"
    "  市政工程管理局副局長張飛介紹,正月初七一上班,該泵站工地就復工開建,待完成打樁后將著手開挖工程和水下建設工程。\n\n"
    "  錢溝南路泵站工程位于錢溝路與桃花嶺大道交叉口西側,汪洲河以東,滬渝高速公路以南,建成后將有效改善新城壹號5期附近片區(qū)排澇及"
    "日常雨水排放情況。\n\n"
    "  新年伊始,市住建局部署市政項目早開工,早行動,為全年工作開好局、起好步打下堅實基礎。在正月初八,市政工程道路維修項目就全面開工。"
    "眼下,該局在漢江路、絲寶路、復州大道、仙桃大道等主干道,安排12個班組60多名市政施工人員對人行道破損處進行集中排查維修。\n\n"
    "  老項目早開工,新項目早謀劃。市住建局加快推進龍昌大橋、漢南河、洛江河綜合整治、小南泵站和彭場大道北段等在建項目建設進度,"
    "督促各項目按時間節(jié)點完成施工任務。正在加緊謀劃 “一縱兩橫”龍昌路、體操大道、江漢大道3條新道路建設,力爭3月開工。\n\n"
    "更多資訊,歡迎掃描下方二維碼關注仙桃網(wǎng)(cnxiantao)、嗨仙桃\n(hai_xiantao)官方微信。\n\n新聞圖片\n\n新聞排行\n"
)


def find_figures(text: str):
    """The figures of ``text`` as distilling finds them, its characters simplified first."""
    return _find(simplified(text))


def _xiantao(tmp_path):
    return unit_workspace(tmp_path / "ws", "仙桃市住房和城市更新局", "市更新局", "仙桃市")


def _resumed(tmp_path):
    return distil(tmp_path, _xiantao(tmp_path), RESUMED, "2022-02-14_市政工程項目復工.txt")


def test_ten_odd_is_a_vague_count():
    """hd52b g: «10多名市政工程建設工人» was stored with the value 10: 10多 is 十几, a vague count (README: its words kept, no value
    made up); 十余个 too — a figure of more digits with 多 (60多名, 1800余人) keeps its number."""
    line = "8月7日,漢南河北面截污管網埋設現場,一臺大型挖掘機正揮動長臂開挖溝渠,10多名市政工程建設工人冒著酷暑埋設管網,澆筑混凝土。"
    assert [(f.raw, f.value) for f in find_figures(line)] == [("10多名", None)]
    assert [(f.raw, f.value) for f in find_figures("十余个精彩的文艺节目在开幕式亮相")] == [("十余个", None)]
    assert [(f.raw, f.value) for f in find_figures("安排12个班组60多名市政施工人员")] == [("12个", 12), ("60多名", 60)]


def test_a_phase_of_an_estate_is_no_count():
    """hd52b f: «新城壹號5期附近片區» gave the figure 5期 counting 附近片区: the estate's phase, no quantity; a count of sessions held
    (举办培训班5期) stays one."""
    assert find_figures("建成后將有效改善新城壹號5期附近片區排澇及日常雨水排放情況。") == []
    assert find_figures("完成3期工程建设") == []
    assert [(f.raw, f.value) for f in find_figures("举办培训班5期")] == [("5期", 5)]


def test_the_end_of_a_five_year_plan_is_its_last_year(tmp_path):
    """hd52a j: «公路网密度由“十一五”末的86.3公里/百平方公里增长到91.8公里/百平方公里» of a 2016 page dated 86.3 2015, the year the
    sentence's cut-off names: “十一五”末 is 2010; the value the change reaches stays 2015's."""
    ws = unit_workspace(tmp_path / "ws", "平凉市交通运输局", "市交通运输局", "平凉市")
    ff = distil(tmp_path, ws, "立体交通提速平凉\n据了解，截至2015年底，全市公路总里程达到1.01万公里，公路网密度由“十一五”末的86.3公里/百平方公里"
                              "增长到91.8公里/百平方公里。\n", "2016-01-15_立体交通提速平凉.txt")
    figures = {f.raw: f.year for f in fact_saying(ff, "十一五").figures}
    assert figures["86.3公里"] == 2010 and figures["91.8公里"] == 2015 and figures["1.01万公里"] == 2015


def test_the_opening_of_the_year_is_the_pages_own(tmp_path):
    """hd52b c: «新年伊始,市住建局部署市政項目早開工…為全年工作開好局…在正月初八…全面開工» of a page of 2022-02-14 was dated 2021,
    its 全年 read as the year just ended: the year's opening is the page's own year."""
    fact = fact_saying(_resumed(tmp_path), "新年伊始")
    assert fact.period.year == 2022


def test_a_follow_us_line_is_clutter_and_the_papers_place_is_its_own(tmp_path):
    """hd52b e: «更多資訊,歡迎掃描下方二維碼關注仙桃網(cnxiantao)、嗨仙桃» and its tail «(hai_xiantao)官方微信。» were stored as a fact;
    once they are gone the page is still 仙桃市's: 仙桃日报 is the place's own paper."""
    ff = _resumed(tmp_path)
    assert not [f.text for f in ff.facts if "二维码" in f.text or "官方微信" in f.text]
    assert ff.source.jurisdiction == "仙桃市"


def test_a_figure_after_things_listed_with_their_stretches_is_their_total():
    """hd52b a: «漢南河(漢江路以西段),仙下河(西橋至秦家灣閘段),洛江河(新城大道至仙洪路段)新建截污管道4000米» counted 4000米 as 洛江河's
    alone: the figure after things listed with their stretches, parted by commas, is the list's total; one thing alone keeps its stretch."""
    line = ("其中,漢南河(漢江路以西段),仙下河(西橋至秦家灣閘段),洛江河(新城大道至仙洪路段)新建截污管道4000米,黃金大道東段、小寺垸片區"
            "雨污分流改造已經全面啟動施工。")
    assert [(f.raw, f.counts) for f in find_figures(line)] == [("4000米", "汉南河、仙下河、洛江河新建截污管道")]
    assert [f.counts for f in find_figures("汉南河（汉江路以西段）新建截污管道4000米")] == ["汉南河（汉江路以西段）新建截污管道"]


# hd52b's page of 2019-08-08 (市住建局), its place unread (it names no city), as its mirror printed it (cut mid-list).
WATER = (
    "8月7日,漢南河北面截污管網埋設現場,一臺大型挖掘機正揮動長臂開挖溝渠,10多名市政工程建設工人冒著酷暑埋設管網,澆筑混凝土。\n"
    "截污實行雨污分流,是推進城市“雙修”工程的重要措施。今年,市住建局以“城市修補、生態修復”為重點,繼續對城區“四河三片一路網”水環境進行綜合整治。其中,漢南河(漢江路以西段),仙下河(西橋至秦家灣閘段),洛江河(新城大道至仙洪路段)新建截污管道4000米,黃金大道東段、小寺垸片區雨污分流改造已經全面啟動施工。\n"
    "配合黑臭水體治理,市住建局加大了城區內流河的清淤力度,對干河路沔街大道至復州大道段、黃金大道絲寶路至葉王路段、大洪路黃金大道至桃源大道段、錢溝路沔街大道至建設街段等城區15條主次干道地下管網進行了常態化清淤。\n"
    "鄉鎮水環境治理工程同步推進。11座新建污水處理廠全部進入試運行,5座改擴建污水處理廠進入通水調試階段,鄉鎮新改擴建污水處理廠水質在線監測已經全部與省級鄉鎮污水信息平臺聯網對接,實現實時在線管理。\n"
    "為切實解決老城區居民出行難問題,市住建局進行背街小巷路面修補,打通居民出行堵點。\n"
    "沔陽大道四中巷是周邊居民主要出行道路之一。由于年久失修,路面破損嚴重,下水道堵塞,周邊居民頗有怨言。市住建局對道路排水管網進行了改造升級,重修了雨污分流管網,翻修并刷黑路面。沔陽大道北十巷、科技巷等背街小巷“泥巴路”得到整治,有效改善了居民生活環境。\n"
    "主次干道路網升級全面鋪開。目前,市住建局共完成了仙源大道、新城大道、何李路等主次干道水泥路面維修14000平方米;完成沔陽大道、仙桃大道、錢溝路瀝青路面銑刨維修1500平方米;完成城區主次干道瀝青熱補維修800平方米;完成汪洲河路、沙嘴路、\n"
)


def test_works_put_to_trial_under_a_theme_are_results(tmp_path):
    """hd52b b: «鄉鎮水環境治理工程同步推進。11座新建污水處理廠全部進入試運行…» of a page whose place is unread (counted as the
    workspace's) was context: its theme and the works put to trial are results."""
    ff = distil(tmp_path, _xiantao(tmp_path), WATER, "2019-08-08_市住建局水環境整治.txt")
    assert ff.source.jurisdiction is None
    assert fact_saying(ff, "进入试运行").kind == "done"


def test_the_next_step_after_work_resumed_is_no_plan_and_a_plan_keeps_its_aim(tmp_path):
    """hd52b d: «…介紹,正月初七一上班,該泵站工地就復工開建,待完成打樁後將著手開挖工程…» was a plan: the work had restarted, its 待…后
    clause what comes next; and «正在加緊謀劃…3條新道路建設,力爭3月開工。» lost its «,力爭3月開工» — the sentence is a plan whole,
    its 3条 no road built."""
    ff = _resumed(tmp_path)
    assert fact_saying(ff, "复工开建").kind != "plan"
    planned = fact_saying(ff, "正在加紧谋划")
    assert planned.text.endswith("力争3月开工。") and planned.kind == "plan"
    assert not [f for f in ff.facts if "力争3月开工" in f.text and f is not planned]


# hd52a's page of 2020-09-26 (兰州晚报 on a portal): its article, then the portal's teasers under their labels.
PORTAL = (
    "今日平凉 今日泾川 今日灵台 今日崇信 今日华亭 今日庄浪 今日静宁\n地方网 > 甘肃 > 平凉市 > 今日华亭 > 正文\n\n平华一级公路计划年底建成通车\n\n"
    "来源:兰州晚报 2020-09-26 01:24   https://www.yybnet.net/\n\n"
    "平华一级公路是省、市交通突破行动和平凉市“十大工程”重点项目,是平凉北通宁夏、南进陕西的一条省际出口大通道。目前,项目华亭段各主要"
    "节点已完工,整个工程进入沥青摊铺和交安设施、绿化等阶段,计划年底通车。\n\n"
    "通讯员刘建鹏兰州日报社全媒体记者常舒清\n\n新闻推荐\n\n华亭市党政考察团赴河西走廊3市考察学习\n\n"
    "他山之石,可以攻玉。为深入贯彻落实平凉市党政考察团赴河西考察学习总结会议精神,学习借鉴河西地区工业经济、城市建设...\n\n"
    "华亭新闻,故乡情,家乡事!不思量,自难忘,梦里不知身是客,魂牵梦萦故乡情。华亭县,是陪我们行走一生的行李。\n\n"
    "相关推荐:\n猜你喜欢:\n评论:(平华一级公路计划年底建成通车)\n频道推荐\n  • 近日,漳县检察院联合漳县公安局城关派\n"
    "  • 为有效遏制大货车交通违法行为,改善道\n  • 陇西:“三强”行动助推经济社会高质量发展\n  • 热点阅读\n"
    "张庭夫妇公司被认定传销 举报者:担心... 电影《花渡好时光》定档 回乡\n"
)


def _pingliang(tmp_path):
    return unit_workspace(tmp_path / "ws", "平凉市交通运输局", "市交通运输局", "平凉市")


def test_a_portals_teasers_under_their_labels_are_no_facts(tmp_path):
    """hd52a h: the teasers under 新闻推荐 / 频道推荐 (他山之石…, 近日,漳县检察院…, 陇西:…, 张庭夫妇…) and the credit line were stored as
    平凉市's facts: the article ends at the first link list's label after it, and a line of credits is none."""
    ff = distil(tmp_path, _pingliang(tmp_path), PORTAL, "2020-09-26_平华一级公路计划年底通车.txt")
    assert [f.text[:8] for f in ff.facts] == ["平华一级公路是省"]


def test_a_county_named_by_one_character_is_its_facts_place():
    """hd52a h: «近日,漳县检察院联合漳县公安局城关派…» read as 平凉市's, the page's place: 漳县 (a one-character county) opens it."""
    from drafter.distill.facts import subject_place

    assert subject_place(simplified("近日，漳县检察院联合漳县公安局城关派出所开展大货车交通违法专项整治行动。")) == "漳县"
    assert subject_place("全县开展检查。") is None


def test_a_scenes_caption_and_a_cut_last_line_are_no_facts(tmp_path):
    """hd52a i: «關山隧道內建設場景。», «庄浪白川路硬化路建设场面。» (a picture's caption, a scene named) and the page's last line cut
    mid-sentence «平华一级公路蔡胡梁隧道内工人们在紧» were stored as facts."""
    page = ("突破·改造·延伸——平凉市公路交通项目建设掠影\n\n来源:平凉日报 2016-08-16 00:00\n\n"
            "截至7月底,天平高速试验段已建成桥梁桩基381根,开挖隧道340多米;平华一级公路已开挖隧道811.6米,成型桥梁桩基38根。\n\n"
            "庄浪白川路硬化路建设场面。\n\n甘肃智通科技工程检测有限公司专业人员在庄浪县马卧路钻芯取样检测公路质量。\n\n关山隧道内建设场景。\n\n"
            "平华一级公路蔡胡梁隧道内工人们在紧\n")
    ff = distil(tmp_path, _pingliang(tmp_path), page, "2016-08-16_平凉市公路交通项目建设掠影.txt")
    texts = [f.text for f in ff.facts]
    assert not [t for t in texts if t.endswith(("场面。", "场景。")) or t.endswith("在紧")]
    assert any("381根" in t for t in texts)


def test_a_last_item_without_its_stop_stands(tmp_path):
    """(hd45c's page ends cut inside a clause after «已完成市人大机关、…金色晓岛小区等48个院落改造»: a statement with its figure, no cut
    fragment — the rule takes lines of no figure only.)"""
    page = ("2.建设进度。试点海绵城市建设以来，常德市海绵城市建设积极探索，因地制宜，开创性地推进海绵城市建设。"
            "水质及内涝方面,已整治完成内涝点15个、黑臭水体4条,建成区不积水面积达34.97平方公里,占示范区面积的96.9%,剩余1个内涝点及3条黑臭水体预计海绵总验收前可全部完工。已完成市人大机关、市检察院机关、市环保局机关、芷兰居小区、金色晓岛小区等48个院落改造,建成面积3.83平方公里(试点区域内2.72平方\n")
    ws = unit_workspace(tmp_path / "ws", "常德市住房和城乡建设局", "市住建局", "常德市")
    ff = distil(tmp_path, ws, page, "2018-01-31_常德海绵城市建设.txt")
    assert any(g.raw == "48个" for f in ff.facts for g in f.figures)
