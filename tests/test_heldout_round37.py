"""General reading rules found on held-out round 37 (field test hd10: 福州市海洋与渔业局, 镇康县农业农村局).

Each test distils a short excerpt of the real page (its words as the page prints them, a mirror's traditional characters,
pinyin notes and garbled runs included; the page is named in the test) through the public path a user's ``drafter distill``
takes, in a workspace of the page's own bureau, and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_texts, unit_workspace


@pytest.fixture
def fuzhou(tmp_path):
    """A workspace of 福州市海洋与渔业局."""
    return unit_workspace(tmp_path / "ws_fuzhou", "福州市海洋与渔业局", "市海洋与渔业局", "福州市",
                          "鼓楼区, 台江区, 仓山区, 晋安区, 马尾区, 长乐区, 连江县, 罗源县, 闽侯县, 闽清县, 永泰县, 福清市")


@pytest.fixture
def zhenkang(tmp_path):
    """A workspace of 镇康县农业农村局."""
    return unit_workspace(tmp_path / "ws_zhenkang", "镇康县农业农村局", "县农业农村局", "镇康县",
                          "南伞镇, 勐捧镇, 凤尾镇, 勐堆乡, 木场乡, 军赛乡, 忙丙乡")


# 镇康县农业农村局's reply on 大关房 irrigation, on a mirror (qrrfcrh.cn/zfxxgk_zkx/artview/333/217208.html).
ZK_0208 = ("王建斌代表:\n"
           "你在鎮(zhèn)康縣第十七屆人民代表大會(huì)第四次會(huì)議期間提出“關(guān)于幫助解決南傘鎮(zhèn)班龍村大關(guān)房自然村"
           "產(chǎn)業(yè)灌溉問(wèn)題的建議”,已交由我局辦理。現(xiàn)將辦理情況答復(fù)如下:\n"
           "由于我縣保重點(diǎn)、保運(yùn)轉(zhuǎn)、保民生壓力大,投入建設(shè)的資金極其有限。通過(guò)認(rèn)真研究后,已將建議工程建設(shè)"
           "納入我局農(nóng)田建設(shè)補(bǔ)短板項(xiàng)目計(jì)劃,列入縣“十四五”規(guī)劃。下步工作中,我局將積極向上級(jí)匯報(bào),"
           "扎實(shí)做好項(xiàng)目前期論證工作,積極組織項(xiàng)目申報(bào),爭(zhēng)取上級(jí)給予更多的農(nóng)田建設(shè)項(xiàng)目?jī)A斜和資金支持。\n"
           "感謝您對(duì)農(nóng)業(yè)農(nóng)村工作的支持,對(duì)以上辦理有何意見(jiàn),請(qǐng)?zhí)钊搿罢髟?xún)意見(jiàn)表”向人大選舉聯(lián)絡(luò)工作委員會(huì)反饋。\n"
           "鎮(zhèn)康縣農(nóng)業(yè)農(nóng)村局\n2020年8月15日\n")


def test_a_sentence_a_mirror_garbled_is_no_fact(tmp_path, zhenkang):
    """The mirror lost characters where it printed their pinyin: 項目?jī)A斜 (项目倾斜) and the closing 請?zhí)钊搿罢髟?xún)意見表”
    were facts, “争取上级给予更多的农田建设项目？jī）A斜和资金支持” a plan and “zhí）钊搿罢髟？xún）意见表”向…反饋。” work done.
    A sentence holding such a run says what the page no longer does: it is left out, the clean sentences beside it kept."""
    ff = distil(tmp_path, zhenkang, ZK_0208, "zk0208.txt")
    texts = fact_texts(ff)
    assert "jī" not in texts and "zhí" not in texts and "钊搿" not in texts and "？" not in texts
    assert any(f.text.startswith("由于我县保重点") and "十四五" in f.text for f in ff.facts)
    assert ff.source.suggestion_title == "关于帮助解决南伞镇班龙村大关房自然村产业灌溉问题的建议"  # (傘 read 伞, 饋 馈)


def test_the_deputys_report_told_back_is_no_work_of_the_bureau(tmp_path, zhenkang):
    """The reply on 芦稿坝 canal (qrrfcrh.cn/zfxxgk_zkx/artview/333/217210.html) tells back what the deputy reported in the
    middle of a paragraph, 据您建议，热水河村芦稿坝大沟沟渠全长4公里，辐射农田150亩…: the canal's length and the land it
    waters were the county's work done. The sentence is the deputy's report, a fact of context; the bureau's sentences
    around it stay its own."""
    text = ("楊 強(qiáng)代表:\n"
            "你在鎮(zhèn)康縣第十七屆人民代表大會第四次會議期間提出“關(guān)于幫助修復(fù)南傘鎮(zhèn)熱水河村蘆稿壩大溝溝渠的建議”,"
            "已交由我局辦理。現(xiàn)將辦理情況答復(fù)如下:\n"
            "一直以來,縣委、縣政府高度重視農(nóng)業(yè)工作,將農(nóng)業(yè)生產(chǎn)和保障糧食安全作為全縣工作的重中之重,劃定了耕地紅線,"
            "保證農(nóng)業(yè)生產(chǎn)的根基。據(jù)您建議,熱水河村蘆稿壩大溝溝渠全長4公里,輻射農(nóng)田150畝,由于管護(hù)不善,年久失修,"
            "現(xiàn)已無法正常通水,影響農(nóng)田灌溉,制約蘆稿壩村民生產(chǎn)種植及種植產(chǎn)量。\n"
            "通過認真研究後,已將建議工程建設納入我局農田建設補短板項目計劃,列入縣“十四五”規劃。\n"
            "鎮(zhèn)康縣農(nóng)業(yè)農(nóng)村局\n2020年8月15日\n")
    ff = distil(tmp_path, zhenkang, text, "zk0210.txt")
    told = next(f for f in ff.facts if "4公里" in f.text)
    assert told.text.startswith("据您建议") and told.kind == "context"
    assert next(f for f in ff.facts if f.text.startswith("一直以来")).kind == "done"


ZK_0019 = ("罗再强等7名代表:\n"
           "你们在镇康县第十八届人民代表大会第四次会议期间提出的《关于进一步落实细化产业发展“县有配套政策”的建议》(第0019号),"
           "已交由镇康县农业农村局办理,现将办理情况答复如下:\n"
           "一、办理工作开展情况\n"
           "此建议由县人民政府副县长黎旭领办,县农业农村局局长张汉愿同志具体落实办理工作。\n"
           "2025年5月13日,黎旭副县长组织召开专题会议,对重点建议办理工作作研究,要求严格按程序办理,积极与代表面商,"
           "认真梳理本行业本部门针对人大代表建议的政策及资金支持情况,力求找到建议办理的结合点和切入点。镇康县农业农村局高度重视,"
           "召开党组会议专题研究人大代表建议办理工作,提出三点办理要求:一是实学。要求班子成员及建议办理人员认真研学人大代表建议办理的"
           "相关规定及文件通知要求,并严格遵照执行。二是实办。要求做到重点建议“一建议一方案”,规范办理流程,不得以协商代替答复,"
           "更不得协商、答复一并开展。\n"
           "2025年12月5日,黎旭副县长再次组织召开专题会议,要求就人大代表建议办理工作进行复盘,在逐字逐句分析人大代表建议内容的基础上,"
           "再次与代表核实建议意图,正面回应代表,提高办理的精准性和答复的准确性。\n"
           "二、关于建议中反映的问题\n"
           "你们反映的“关于进一步落实细化产业发展‘县有配套\n")


def test_how_the_item_was_handled_is_no_work_on_its_matter(tmp_path, zhenkang):
    """镇康县农业农村局's reply 0019 (ynzk.gov.cn/zfxxgk_zkx/artview/333/339929.html) opens on 一、办理工作开展情况: who led the
    item (此建议由…副县长黎旭领办), the meetings on handling it and the bureau's 实学/实办 requirements were work done. They
    tell how the item was handled — context, never a result another reply may report."""
    ff = distil(tmp_path, zhenkang, ZK_0019, "zk0019.txt")
    handled = [f for f in ff.facts if any(w in f.text for w in ("领办", "实学", "实办", "复盘"))]
    assert len(handled) >= 3 and all(f.kind == "context" for f in handled)


def test_a_reply_dated_by_the_days_of_its_handling(tmp_path, zhenkang):
    """The same page shows no date, yet its account of handling names 2025年5月13日 and 2025年12月5日: the item was answered in
    2025, and the reply is of that year (its period; no day is guessed)."""
    ff = distil(tmp_path, zhenkang, ZK_0019, "zk0019.txt")
    assert ff.source.date is None and ff.source.period == 2025


def test_a_statement_the_page_cut_inside_a_quotation_is_no_fact(tmp_path, zhenkang):
    """The same page's excerpt ends in 你们反映的“关于进一步落实细化产业发展‘县有配套, cut inside its quotation: it was a fact."""
    ff = distil(tmp_path, zhenkang, ZK_0019, "zk0019.txt")
    assert "县有配套" not in fact_texts(ff)


def test_a_mirrors_doubled_marks_are_read_once(tmp_path, fuzhou):
    """福州市海洋与渔业局's reply 1015, on a mirror (hzrunxin.com/zwgk/zdlyxxgk/tabl/rcjy/202404/t20240419_4811766.htm), doubles its
    marks: 一,、大力宣傳, 博覽會,,舉辦, 鮑魚節,、海帶節, 形成,。 — facts and drafts said “一，、” and “，，”. A comma before another mark,
    or a mark said twice, is read once, the last standing; and its traditional 垂釣 is read 垂钓."""
    text = ("關(guān)于市十六屆人大三次會議第1015號建議的答復(fù)\n答復(fù)類別:A類 |\n|\n卞偉忠代表:\n"
            "《關(guān)于加快發(fā)展我市海洋文化的建議》(第1015號)收悉,。現(xiàn)答復(fù)如下:\n"
            "一,、大力宣傳海洋文化。依托2023年中國海洋裝備博覽會,,舉辦世界海洋文明交流互鑒論壇,,省人大袁毅副主任出席論壇,,"
            "探討世界海洋文明交流互鑒典型案例,,為共建海洋命運共同體提供本土的文化基因。\n"
            "三、積極發(fā)展休閑漁業(yè)產(chǎn)業(yè),。突出各縣(市)區(qū)自然資源條件,、休閑漁業(yè)優(yōu)勢和人文特色,,因地制宜建成一批集垂釣,、"
            "游樂,、觀賞,、餐飲,、度假于一體的省,、市休閑漁業(yè)基地。截至目前,,我市擁有省級“水鄉(xiāng)漁村”休閑漁業(yè)基地13個,,"
            "市級休閑漁業(yè)示范基地13個,環(huán)定海灣休閑漁業(yè)旅游帶正在逐漸形成,。\n")
    ff = distil(tmp_path, fuzhou, text, "fz1015.txt")
    texts = fact_texts(ff)
    assert not any(pair in texts for pair in ("，，", "，、", "，。", "、、"))
    assert "集垂钓、游乐" in texts and any(f.section == ["一、大力宣传海洋文化"] for f in ff.facts)


# 福州市海洋与渔业局's reply 1229 (solar-energy-info.com/…/202404/t20240419_4811768.htm), a mirror in traditional characters.
FZ_1229 = ("關于市十六屆人大三次會議第1229號建議的答復\n\n日期:2024-04-19 16:18 來源:海漁局\n| | | |\n\n答復類別:A類\n\n"
           "陳能華等代表\n\n《關于鄉(xiāng)村振興把休閑觀光發(fā)展起來的建議》(第1229號)收悉?,F(xiàn)答復如下:\n\n"
           "您的建議為我市發(fā)展濱海旅游、打造休閑漁業(yè)基地提供了廣闊的思路。我局在推動鄉(xiāng)村文旅經(jīng)濟發(fā)展方面的相關工作主要是"
           "支持沿海漁村拓展?jié)O業(yè)三產(chǎn),發(fā)展休閑漁業(yè)產(chǎn)業(yè),打造休閑漁業(yè)基地。近年來,我市沿??h(市)區(qū)建設了一批集濱海觀光、"
           "漁業(yè)養(yǎng)殖、餐飲、度假于一體的休閑旅游區(qū)。其中連江縣安凱鄉(xiāng)同心村是一個村居環(huán)境良好、文旅資源豐富的漁村。\n\n"
           "目前,我市已擁有省級“水鄉(xiāng)漁村”休閑漁業(yè)基地13個,市級休閑漁業(yè)示范基地13個。其中包括了海上游樂觀光、海鮮美食體驗、"
           "出海捕撈、休閑垂釣、漁業(yè)研學、漁業(yè)文創(chuàng)、觀賞魚參觀等各種特色。\n")


def test_a_mirrors_traditional_forms_and_garbled_runs(tmp_path, fuzhou):
    """The same mirror's 出海捕撈、休闲垂釣 stayed traditional in facts and drafts, and its 拓展?jié)O業 and 沿??h(市)區 were kept
    (the ? before the second run even ended a sentence, so 近年来，我市沿 was lost and ?h（市）区建设了… kept)."""
    texts = fact_texts(distil(tmp_path, fuzhou, FZ_1229, "fz1229.txt"))
    assert "出海捕捞、休闲垂钓" in texts and "?" not in texts and "？" not in texts and "jié" not in texts
    assert "同心村" in texts and "13个" in texts


def test_the_bureaus_short_name_in_the_source_field_is_the_bureau(tmp_path, fuzhou):
    """The same page's 來源:海漁局 made 海渔局 the issuer, of no place: its facts were no place's. 海渔局 is the workspace's own
    bureau by a short name, and the reply speaks of 我市 and names 连江县, one of its areas: 福州市海洋与渔业局, of 福州市."""
    source = distil(tmp_path, fuzhou, FZ_1229, "fz1229.txt").source
    assert (source.issuer, source.jurisdiction) == ("福州市海洋与渔业局", "福州市")


def test_an_undated_reply_to_the_session_of_a_dated_one_naming_no_place(tmp_path, fuzhou):
    """Reply 1015 (above) names no place and shows no date; reply 1229 to the same 市十六届人大三次会议 is dated 2024-04-19. A
    reply naming no place, to a session naming none but the workspace's level, in the bureau's own base, answers the
    workspace's session: it is of 2024."""
    from drafter.distill.run import distill_paths
    from drafter.facts.index import FactIndex

    seeds = fuzhou.root / "seeds"
    seeds.mkdir()
    (seeds / "fz1229.txt").write_text(FZ_1229, "utf-8")
    (seeds / "fz1015.txt").write_text(
        "關(guān)于市十六屆人大三次會議第1015號建議的答復(fù)\n答復(fù)類別:A類 |\n|\n卞偉忠代表:\n"
        "《關(guān)于加快發(fā)展我市海洋文化的建議》(第1015號)收悉,。現(xiàn)答復(fù)如下:\n"
        "三、積極發(fā)展休閑漁業(yè)產(chǎn)業(yè),。截至目前,,我市擁有省級“水鄉(xiāng)漁村”休閑漁業(yè)基地13個,,市級休閑漁業(yè)示範基地13個,"
        "環(huán)定海灣休閑漁業(yè)旅游帶正在逐漸形成,。\n", "utf-8")
    assert distill_paths(fuzhou, [seeds]).ok
    source = next(s for s in FactIndex.load(fuzhou).sources.values() if s.suggestion_number == "1015")
    assert source.period == 2024


def test_a_citys_news_naming_its_province_as_its_address_is_the_citys(tmp_path, fuzhou):
    """News of 福州's 海上粮仓 (cn.fadeduo.com/news/641834.html) quotes “福建省福州市：加快建设全国海洋经济发展示范区” and says its
    experience is 在全省推广: it was read as 福建省's, and every fact of the city's own work was another place's. A province named
    only as the address of a city the text names more is no place of the text's own."""
    text = ("福州正以昂扬的姿态加快推进“海上粮仓”建设,其四项工作典型经验在全省得以推广,展现出强劲的发展态势。"
            "这些经验的推广,将为全省“海上粮仓”建设注入新活力,推动海洋经济蓬勃发展。\n"
            "17日,市政府向市人大常委会会议作关于持续推进“海上粮仓”建设打造践行大食物观先行区工作情况的报告。\n"
            "“福建省福州市:加快建设全国海洋经济发展示范区”入选中国改革2024年度案例;福州加快建设全国海洋经济发展示范区、拓展深远海养殖、"
            "构建“1+6+4”海洋科创体系、推进乡镇船舶船管站规范化建设等四项工作典型经验在全省推广。\n"
            "据悉,下一步福州市将聚焦转型升级、产业协同、重点改革等举措,进一步带动渔业高质量发展,加快推进“海上粮仓”建设。\n")
    ff = distil(tmp_path, fuzhou, text, "fz_news.txt")
    assert ff.source.jurisdiction == "福州市"
    assert ff.facts and not any(f.external for f in ff.facts)


def test_a_long_figure_name_is_cut_between_words(tmp_path, fuzhou):
    """Reply 1365 (m.solar-energy-info.com/…/202404/t20240429_4817068.htm) says 对落地我市的深远海装备养殖平台按照省级（含）以上
    补助资金的25%给予配套奖励: 25% counted 海装备养殖平台按照省级（含）以上补助资金, cut inside 深远海. A name too long to keep
    whole is cut after a preposition or 的, not inside a word."""
    text = ("關于市十六屆人大三次會議第1365號建議的答復\n答復類別:A類 |\n|\n陳能華等代表:\n"
            "《關于推動建設“百臺萬噸”深遠海養(yǎng)殖平臺項目的建議》(第1365號)收悉。現(xiàn)答復如下:\n"
            "一、關于“加大政策獎補力度”的建議\n"
            "一是爭取將深遠海養(yǎng)殖平臺市級配套獎勵政策納入市政府辦公廳出臺的《關于加快特色現代農業(yè)發展十條措施》,"
            "對落地我市的深遠海裝備養(yǎng)殖平臺按照省級(含)以上補助資金的25%給予配套獎勵(每臺獎勵不超過100萬元),提高平臺補助力度。\n")
    fact = next(f for f in distil(tmp_path, fuzhou, text, "fz1365.txt").facts if "25%" in f.text)
    assert next(g for g in fact.figures if g.raw == "25%").counts == "省级（含）以上补助资金"


def test_a_reply_naming_its_city_only_short_is_the_citys(tmp_path, fuzhou):
    """Reply 1015 (hzrunxin.com/zwgk/zdlyxxgk/tabl/rcjy/202404/t20240419_4811766.htm) has no letterhead and names its city only as
    福州 (海峡（福州）渔业周, 福州鱼丸博物馆), speaking of 我市: its facts were of no place. A text naming no place in full, speaking
    of the workspace's level as its own and naming the workspace's place short, is that place's."""
    text = ("關(guān)于市十六屆人大三次會議第1015號建議的答復(fù)\n答復(fù)類別:A類 |\n|\n卞偉忠代表:\n"
            "《關(guān)于加快發(fā)展我市海洋文化的建議》(第1015號)收悉,。現(xiàn)答復(fù)如下:\n"
            "二,、挖掘推介特色海洋漁業(yè)品牌,。連續(xù)十五年成功舉辦海峽(福州)漁業(yè)周·中國(福州)國際漁業(yè)博覽會,"
            "期間配套舉辦鮑魚節(jié),、海帶節(jié),、魚丸節(jié)及20個漁業(yè)品牌主題宣傳推介活動,每年吸引上萬名市民群眾到會參觀,。"
            "我市成功復(fù)評“中國魚丸之都”“中國鰻鱺之都”,,在全球四地(福州、上海,、紐約,、費城)設(shè)置福州魚丸博物館。\n")
    ff = distil(tmp_path, fuzhou, text, "fz1015b.txt")
    assert ff.source.jurisdiction == "福州市" and ff.facts and all(f.jurisdiction == "福州市" for f in ff.facts)


def test_a_reply_with_no_title_nor_number_is_named_by_its_suggestion(tmp_path, zhenkang):
    """The 大关房 mirror page (above) has no title line and no item number: its source had no title, and it and the 芦稿坝 reply
    were both listed as 镇康县农业农村局2020年答复. A reply with neither is named by the suggestion it answers."""
    assert distil(tmp_path, zhenkang, ZK_0208, "zk0208.txt").source.title == "对《关于帮助解决南伞镇班龙村大关房自然村产业灌溉问题的建议》的答复"


def test_a_judgement_cut_from_the_deputys_report_after_it_is_no_work(tmp_path, zhenkang):
    """镇康县农业农村局's reply to proposal 34 (ynzk.gov.cn/info/1090/5344.htm) opens its answer on 实施沟渠修建，…具有重要意义。
    and goes on 据你们提出，…: cut from the report told back, the judgement stood alone as work done, and a draft on a road
    opened on it. A judgement of the matter reports nothing done."""
    text = ("罗捧军等委员: 你们在政协镇康县第十一届委员会第五次会议期间提出“关于请求帮助解决南伞镇道水村丙亩坝水渠建设的提案”,"
            "已交由我局办理。现将办理情况答复如下: 实施沟渠修建,对于提高农业生产水平,促进群众增产增收具有重要意义。据你们提出,"
            "道水村丙亩坝的水利基础已年久失修,许多老一辈建造下的人工沟渠已消磨殆尽,严重影响农田灌溉,制约村民生产种植及收成。"
            "我局已将该沟渠作为小型农田水利建设项目储备,在农业农村“十四五”规划和农业补短板项目中进行细化,积极向上级争取项目,"
            "待上级下达资金后优先安排实施。 感谢你们对农业农村工作的支持。 镇康县农业农村局 2021年7月2日\n")
    facts = distil(tmp_path, zhenkang, text, "zk34.txt").facts
    assert next(f for f in facts if f.text.startswith("实施沟渠修建")).kind == "context"
    assert next(f for f in facts if f.text.startswith("据你们提出")).kind == "context"
    assert next(f for f in facts if f.text.startswith("我局已将该沟渠")).kind == "done"


def test_what_was_done_for_the_suggested_works_is_that_sites(tmp_path, zhenkang):
    """The 大关房 reply (above) says 已将建议工程建设纳入我局农田建设补短板项目计划，列入县“十四五”规划: what the county did for
    that deputy's canal was its work done, for any later reply to state. The works the suggestion asks for (建议工程) are that
    deputy's own site: context, as a thing the deputy named (你所提的路段) is."""
    fact = next(f for f in distil(tmp_path, zhenkang, ZK_0208, "zk0208.txt").facts if "建议工程" in f.text)
    assert fact.kind == "context"
