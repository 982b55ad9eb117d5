"""au58r2: a gap's comment tells truly what the base holds (audit au58, fault 1), each on the held-out seeds' real lines.

1a. Material is named on an ask, quoted, or offered as its older plan only where it names the thing the ask names, never
    for a manner word or a word of official prose alone: not 霞浦's 2017 paper (…高度重视茶产业工作…质量兴茶…绿色发展…) under
    高度重视茶叶质量安全 (hd61b), not 栖霞市已有120多年的苹果种植历史…品种质量…果菜产业 under 强化政策支持 (hd62b), not 交城县's
    2021 集中攻坚项目建设 under 争取项目资金 (hd56b) — while one word of the asked road in the bureau's standing plan does (hd54c,
    test_h295).
1b. No 相关情况（…，其中没有此项的具体内容）: material naming nothing of the ask is not named on it (hd61b 恢复…机构规格, hd57b
    打造…品牌); material naming it in no sentence of a result is said to name it without work done on it.
1c. A higher government's figures on the ask's very thing are named as its, never the place's: 宁德市's 推广绿色防控茶园占
    总面积的50% under 推广绿色防控技术 (hd61b), 烟台市's 规模化改造120万亩老龄低效果园 under 加快老龄低效果园更新改造 (hd62b).
"""

from __future__ import annotations

import datetime as dt

from helpers import APPLE_TEXT, APPLE_TITLE, comments_on, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.select import (
    GENERIC, Item, ask_words, comment_thing, matter_phrase, names_thing, old_note, prime_asks, thing_beside,
)
from drafter.compose.sentences import bigrams
from drafter.facts.index import FactIndex
from drafter.model import Fact, Period, SourceMeta

# hd61b (霞浦县农业农村局, 第186号建议): its suggestion.txt; the 2018 paper's title and first paragraph (as published, in
# traditional characters); the 2021 news page on 宁德市's tea (its head and paragraphs to the 50% sentence).
TEA_TITLE = "关于加大扶持茶产业发展力度的建议"
TEA_TEXT = ("关于加大扶持茶产业发展力度的建议\n\n茶产业是我县传统农业支柱产业。2020年机构改革后,县茶业管理局被撤销,县茶业技术推广站变更为"
            "茶产业发展中心并入县农业农村局,茶产业管理力量有所弱化。为推动我县茶产业振兴,建议:\n"
            "一、恢复县茶产业发展中心的机构规格,加强茶产业管理和技术推广力量。\n"
            "二、加大财政对茶产业的扶持力度,设立茶产业发展专项资金,重点扶持茶叶龙头企业,帮助茶企解决融资难问题。\n"
            "三、高度重视茶叶质量安全,加强宣传教育,禁止茶园使用禁限用农药,推广绿色防控技术,加强茶叶农药残留检测监管。\n")
TEA_2018 = ("霞浦縣推進綠色發展質量興茶對策之淺見\n\n2018-01-19 04:44:40鐘新菊\n福建茶葉 2018年12期\n關鍵詞:綠色質量發展\n\n鐘新菊\n\n"
            "(霞浦縣茶技站福建霞浦 355100)\n\n茶業是霞浦縣傳統的農業支柱產業,霞浦產茶歷史悠久,是福建省20個重點產業縣之一,全省綠茶主產區。"
            "全縣涉茶人口達13萬余人,占全縣總人口的四分之一。近年來,縣委、縣政府高度重視茶產業工作,在上級有關部門的大力支持和關心下,"
            "2017年全縣茶園面積10.5萬畝,完成毛茶產量8206噸,產值4.6億元,為實施鄉村振興戰略,加快轉變茶產業發展方式,全面推進綠色發展,"
            "實現質量興茶,品牌強茶,努力實現到2022年茶產業產值超8億元的目標,筆者提出膚淺之對策,以期拋磚引鈺,共同提升茶產業綠色發展水平。\n")
NINGDE_2021 = ("△寿宁青葱满眼高山茶 卓仕尉 摄\n峰连天际处,茶香绕山间。\n"
               "初春时节,记者在霞浦县长春镇莲花山社区茶山看到,一丛丛茶树犹如五线谱般在山间延伸开来,采茶人像是一个个流动的音符,"
               "游走于茶山之间,采摘新鲜的元宵茶叶。\n"
               "近年来,宁德市茶产业的发展不断翻开新的篇章,茶叶生产规模、茶园面积都在不断扩大,茶叶产量、品牌茶叶价值都在不断增加。据统计,"
               "2020年,全市茶园面积95万亩,毛茶产量11.04万吨,同比增长5.8%,毛茶产值41.95亿元,同比增长5.3%,产业整体保持稳定增长态势。\n"
               "从一片嫩绿的叶芽,到杯中的一片茶叶,一片小茶叶带富一方人。喜人成绩的背后,凝聚着全市上下因地制宜、精准施策、积极扶持茶产业"
               "发展的决心。2020年,一场突如其来的新冠肺炎疫情,使茶产业发展遭遇“寒冬”。\n"
               "在茶产业发展稳步向前的同时,宁德市以项目建设为依托,完成了17个、面积8020亩优质农产品标准化示范基地和72个茶叶产地初加工"
               "中心的建设任务, 推广绿色防控茶园占总面积的50%,生态茶园覆盖率达75%。\n")
TEA_SEEDS = {"2018-01-19_霞浦县推进绿色发展质量兴茶对策.txt": TEA_2018, "2021-03-01_闽东茶产业宁德霞浦长春元宵茶.txt": NINGDE_2021}


def _draft(tmp_path, unit: tuple[str, ...], seeds: dict[str, str], *draft: str):
    """The draft of ``draft`` (number, title, text, options) in a workspace of ``unit`` (name, short name, place, areas) whose
    base is ``seeds`` distilled."""
    return seeds_draft(tmp_path, unit_workspace(tmp_path / "ws", *unit), seeds, *draft)[1]


def _tea(tmp_path):
    return _draft(tmp_path, ("霞浦县农业农村局", "县农业农村局", "霞浦县", "松城街道, 长春镇, 水门畲族乡"), TEA_SEEDS, "186", TEA_TITLE,
                  TEA_TEXT, "--deputy", "林岩银", "--type", "A", "--date", "2022-12-28")


def test_1a_1c_quality_safety_names_the_citys_green_control_not_the_paper_for_its_manner_and_prose_words(tmp_path):
    out = _tea(tmp_path)
    safety, = comments_on(out, "【待补充：高度重视茶叶质量安全")
    # (was: “高度重视茶叶质量安全”方面，已收集的材料中只有2017年的相关情况（…，如“近年来，县委、县政府高度重视茶产业工作…”）)
    assert "高度重视茶产业工作" not in safety and "2017年的相关情况" not in safety, safety
    assert "已收集的材料中有宁德市在此方面的情况" in safety and "推广绿色防控茶园占总面积的50%" in safety, safety
    assert "是宁德市的工作，不是我县的，未写入正文" in safety, safety
    # (the city's 积极扶持茶产业发展的决心 says the field, not 设立茶产业发展专项资金: no figures on the asked thing)
    assert not any("宁德市" in c for c in comments_on(out, "【待补充：加大财政对茶产业的扶持力度")), comments_on(
        out, "【待补充：加大财政对茶产业的扶持力度")


def test_1b_old_material_naming_nothing_of_the_ask_is_not_its_related_material(tmp_path):
    office, = comments_on(_tea(tmp_path), "【待补充：恢复县茶产业发展中心的机构规格")
    # (was: 只有2017年的相关情况（霞浦县推进绿色发展质量兴茶对策之浅见，其中没有此项的具体内容）)
    assert "相关情况" not in office and "质量兴茶对策" not in office, office
    assert office.startswith("已收集的材料中没有本单位此方面的工作情况"), office


# hd62b (栖霞市农业农村局, 第1802016号建议): its suggestion.txt (helpers.APPLE_TEXT); the 2018 forum page on 栖霞's apple festival (its title and
# paragraphs); the 2020 news of 烟台市's plan (its paragraphs to the first stage).
QIXIA_2018 = ("[城事] 【关注】烟台栖霞十七届苹果艺术节暨首届“农民丰收节”启动\n\n发表于 2018-10-17 09:17 | 显示全部楼层 |阅读模式\n\n"
              "十月的栖霞,硕果累累。第十七届中国·山东栖霞苹果艺术节暨庆祝中国首届“农民丰收节”今日开幕,来自葡萄牙、西班牙、美国等多国的"
              "驻华使节齐聚“果都”,为栖霞颁授“世界苹果之城”“全球驻华大使馆指定专用水果”两块牌匾,栖霞苹果再添金字招牌。\n\n"
              "栖霞市已有120多年的苹果种植历史,果园面积超过100万亩,果品年产量22亿公斤,产品出口美国、德国、新加坡等国家,以“种植面积、"
              "综合服务、果园管理、品种质量、总产单产、企业效益”六项全国第一被国家商标局注册为地理标志证明商标,荣获苹果产区唯一的“全国果菜"
              "产业十大国际知名地标品牌”,苹果品牌价值位居中国县域品牌榜首。如今苹果已经成为栖霞最大的富民产业和最靓丽的城市名片,苹果产业"
              "年总收入达到120亿元,增加值约占该市GDP的35%,农民人均纯收入的80%以上来自果业。\n")
YANTAI_2020 = ("2023年—2025年烟台将规划建设“中国苹果博物馆”\n\n2020-10-29 16:14:11 来源: 大众网 作者:\n\n"
               "  10月29日下午,烟台市政府新闻办公室举行新闻发布会,通报中国·山东国际苹果节节会成果的相关情况。会上,烟台农业农村局副局长"
               "吴晨光回答记者提问,并对烟台苹果未来的发展规划进行介绍。\n\n"
               "  吴晨光表示,从去年开始,烟台市先后制定出台了苹果产业高质量发展的三年实施意见和六年发展规划。\n\n"
               "  第一阶段(2020年—2022年):全市苹果种植面积保持在280万亩左右,优质果园面积达到150万亩以上,优质果率达到90%以上;总产量"
               "560万吨左右。三年建成国家级“山东烟台苹果产业集群”,开创国内以地市为单位、规模化改造120万亩老龄低效果园的先河,建设国际一流、"
               "国内领先的烟台苹果科技创新中心、大数据中心、展示交易中心和文化博物馆。\n")
APPLE_SEEDS = {"2018-10-17_栖霞苹果艺术节开幕.txt": QIXIA_2018, "2020-10-29_烟台苹果产业高质量发展规划.txt": YANTAI_2020}


def test_1a_1c_policy_support_quotes_no_history_and_old_orchards_name_the_citys_plan(tmp_path):
    out = _draft(tmp_path, ("栖霞市农业农村局", "市农业农村局", "栖霞市", "翠屏街道, 庄园街道, 桃村镇"), APPLE_SEEDS, "1802016",
                 APPLE_TITLE, APPLE_TEXT, "--deputy", "衣世龙", "--date", "2023-08-10")
    policy, = comments_on(out, "【待补充：强化政策支持")
    # (was: “强化政策支持”方面，已收集的材料中只有2018年的相关情况（…，如“栖霞市已有120多年的苹果种植历史…”）)
    assert "苹果种植历史" not in policy and "相关情况" not in policy, policy
    orchards, = comments_on(out, "【待补充：加快老龄低效果园更新改造")
    assert "已收集的材料中有烟台市在此方面的情况" in orchards and "规模化改造120万亩老龄低效果园" in orchards, orchards
    assert "是烟台市的工作，不是我市的，未写入正文" in orchards, orchards


# hd56b (吕梁市生态环境局交城分局, 第36号建议): its suggestion.txt; 交城县's 2021 工作安排 (its 园区 part, to 集中攻坚项目建设's list).
FUNDS_TITLE = "关于政府争取项目资金，段村实施雨污分离项目的建议"
FUNDS_TEXT = ("关于政府争取项目资金，段村实施雨污分离项目的建议\n\n提出人：马万喜等10位代表（交城县第十七届人民代表大会第六次会议第36号建议）"
              "\n\n建议：\n一、由政府积极争取项目资金，支持段村雨污分离项目建设。\n二、在夏家营镇段村实施雨污分离项目。\n")
JIAOCHENG_2021 = ("(二)实施园区大提质行动,培育发展战略性新兴产业\n"
                  "持续推进扩区提质。推动开发区扩区。切实解决企业用地问题。推进开发区提质。有序推进开发区路网提档升级,提高开发区水电安全"
                  "保障率;引进太原天然气公司作为备用气源,为开发区提供充足的能源保障。\n"
                  "集中攻坚项目建设。谋划一批。积极谋划总投资100亿元的焦化苯、水溶肥、永磁材料等16个重点项目。签约一批。签约总投资80亿元的"
                  "金风集团绿色新材料、维尔利集团焦炉煤气综合利用等12个项目,力争签约项目开工率达到30%。\n")


def test_1a_an_older_plan_sharing_only_project_is_not_offered(tmp_path):
    out = _draft(tmp_path, ("吕梁市生态环境局交城分局", "市生态环境局交城分局", "交城县", "天宁镇, 夏家营镇"),
                 {"2021-04-23_交城县2021年工作安排.txt": JIAOCHENG_2021}, "36", FUNDS_TITLE, FUNDS_TEXT,
                 "--session", "交城县第十七届人民代表大会第六次会议", "--date", "2024-10-24")
    funds, = comments_on(out, "（一）争取项目资金。")
    # (was: 已收集的材料中没有该方面近期的工作计划，只有2021年的（交城县2021年工作安排）：“集中攻坚项目建设。”可作参照)
    assert "集中攻坚项目建设" not in funds and funds.startswith("已收集的材料中没有该方面的工作计划"), funds


# hd57b (榆林市文化和旅游局, 第12号议案): its suggestion.txt's asks; the 2016 审议意见's paragraph on 长城沿线旅游 planning.
CORRIDOR_TITLE = "关于建设榆林边塞文化旅游走廊的议案"
CORRIDOR_TEXT = ("关于建设榆林边塞文化旅游走廊的议案\n\n榆林地处长城沿线，境内长城、营堡、烽燧等边塞文化资源丰富，但长期以来开发利用分散，"
                 "尚未形成整体品牌和旅游线路。为此建议：\n"
                 "一、依托长城资源，统一规划建设榆林边塞文化旅游走廊（长城文化旅游带），把沿线景区景点、营堡串联起来。\n"
                 "二、抓住长城国家文化公园建设机遇，推进长城沿线重点景区提升和精品景区创建，丰富沿线旅游业态。\n"
                 "三、打造榆林长城边塞文化旅游品牌，加强宣传推介和招商。\n")
REVIEW_2016 = ("目前，在我市经济下行的压力之下，全市上下必须牢固树立区域统筹发展理念，统筹考虑我市长城沿线旅游发展整体方向，科学定位，统一规划，"
               "尽快出台《榆林市旅游发展总体规划》和《榆林市长城沿线旅游发展专项规划》。遵循“先规划、后开发”的原则，充分发挥规划的龙头先导"
               "作用，将我市长城沿线旅游融入国家“一带一路”战略，依托长城文化，打造边塞旅游廊道。长城沿线各县区要充分认识到旅游业作为国民"
               "经济战略型支柱产业的重要地位，要有主动转型的战略思维，切实把旅游业发展作为资源型城市转型发展的重要突破口，重点在不断完善长城"
               "沿线文化、能化、生态农业旅游上下功夫，推动全市长城沿线旅游业有序发展。")


def _corridor(tmp_path):
    """hd57b's asks as the draft primes them, and the 2016 paragraph as its stale item."""
    ws = unit_workspace(tmp_path / "ws", "榆林市文化和旅游局", "市文化和旅游局", "榆林市", "榆阳区, 横山区, 神木市")
    asks = parse_asks(CORRIDOR_TEXT, CORRIDOR_TITLE)
    for ask in asks:  # (as the draft sets them)
        ask.titled = frozenset(bigrams(matter_phrase(CORRIDOR_TITLE)) - GENERIC)
    index = FactIndex.load(ws)
    words = ask_words(asks, ws, index)
    prime_asks(asks, index, ws)
    source = SourceMeta(id="review", kind="policy", path="seeds/2016-10-27_对我市长城沿线旅游发展情况的审议意见.txt",
                        sha256="0" * 64, title="对我市长城沿线旅游发展情况的审议意见", date="2016-10-27")
    item = Item(Fact(id="f1", text=REVIEW_2016, kind="context", period=Period(2016, "document date"), jurisdiction="榆林市",
                     source_id="review"), source, 1.0, 2016, stale=True)
    return ws, asks, words, item


def test_1b_the_subject_and_the_bureaus_field_name_no_asks_thing(tmp_path):
    _, asks, words, item = _corridor(tmp_path)
    # (长城, 边塞: every ask's subject; 文化, 旅游: the 文化和旅游局's field — the 2016 paragraph says nothing of 品牌 or 宣传推介:
    # its comment said 只有2016年的相关情况（对我市长城沿线旅游发展情况的审议意见，其中没有此项的具体内容）)
    assert asks[2].phrase == "打造榆林长城边塞文化旅游品牌"
    # (nor 打造, its phrase's verb, beside 边塞: md58b)
    assert not names_thing([item], comment_thing(asks[2], words[2]), beside=thing_beside(asks[2], words[2]))


def test_1b_material_naming_the_ask_without_a_result_says_so_without_contradiction(tmp_path):
    ws, asks, words, item = _corridor(tmp_path)
    thing = comment_thing(asks[0], words[0])
    assert names_thing([item], thing)  # (统一规划, 边塞旅游廊道 of 统一规划建设榆林边塞文化旅游走廊)
    note = old_note([item], ws, dt.date(2022, 12, 15), asks[0].phrase, words=thing)
    assert "只有2016年的相关情况（对我市长城沿线旅游发展情况的审议意见，其中提到此项，但没有此项的工作成效和数据）" in note, note
    assert "没有此项的具体内容" not in note


def test_1a_prose_and_manner_words_name_no_thing():
    from drafter.compose.select import _thing_words

    thing = frozenset(bigrams("茶叶质量安全") | bigrams("推广绿色防控技术") | bigrams("禁止茶园使用禁限用农药")) - GENERIC
    paper = "近年来，县委、县政府高度重视茶产业工作，…全面推进绿色发展，实现质量兴茶，品牌强茶。"
    assert _thing_words(paper, thing) == 0  # (质量, 绿色: words of prose; 度重, 视茶 of 高度重视: no words)
    assert _thing_words("2017年全县茶园面积10.5万亩", thing) == 1  # (where the thing is, one word: not enough to name it)
    assert _thing_words("推广绿色防控茶园占总面积的50%", thing) >= 2
    assert _thing_words("加强茶叶质量安全监管", thing) >= 2
