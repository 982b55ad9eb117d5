"""Held-out hd41a (唐山市丰南区农业农村局, 对大新庄镇农田管灌设施进行更新): a place named is no matter of an ask."""
from pathlib import Path

import docx

from helpers import distil, fact_saying, first_saying, part_two_texts, seeds_draft, unit_workspace

from drafter.compose.asks import concern_matter, without_place_names

# The bureau's real reply to 第17号建议 (推广引进新型农业产业), 2023-07-28, as its part two reads.
REPLY_17 = """唐山市丰南区农业农村局
对丰南区第七届人民代表大会
第三次会议第17号建议的答复
周凯、郑智姣、郭艳丽代表:
您们提出的关于“推广引进新型农业产业”的建议收悉,现答复如下:
我区现有白龙面粉、丰源香、壹谷粒、鸿丰米业、星和棉业等农业优势企业, 2020年取得“丰南西红柿”国家地理标志证明商标,是丰南第一个地理标志证明商标,2022年取得“丰南大米”国家地理标志证明商标。为进一步扩大我区农业产业优势,我们计划下一步在以下几个方面加大工作力度。
一、引进麒麟瓜、大樱桃、露地辣椒等经济作物,推广水稻、棉花、高油酸花生等标准化生产,推广小麦、蔬菜等水肥一体化技术、节水节肥技术。
二、利用上级资金鼓励绿色品牌创建、重茬东西垄向栽培,水培蔬菜、棉花新品种引进示范等项目。打造大齐大长春设施桃、南孙庄赵茂庄、东田庄崔庄户、唐坊孔家庄露地桃特色产业。打造大齐井屯蒜黄、大新庄大佟庄设施菜、河沿庄大油菜、西部露地辣椒等优势产业。
三、争取上级资金对农作物新品种引进示范、新模式、新技术实施奖补,对玉米套种大豆、棉花轻简化栽培、机采棉应用、稻蟹混养给予相应奖补。
感谢您对我们工作的关心和支持,并请您一如继往地关注农业农村工作,多建言献策。
2023年7月28日
"""
TITLE = "关于对大新庄镇农田管灌设施进行更新的建议"


def test_town_asked_for_is_no_word_of_its_matter():
    """The town an ask is for (对大新庄镇…), by its full name and its own, is left out of the words a fact must share."""
    assert without_place_names("建议对大新庄镇农田管灌设施进行更新。", "对大新庄镇农田管灌设施进行更新").split() == [
        "建议对", "农田管灌设施进行更新。"]
    assert "大新庄" not in without_place_names("大新庄大佟庄设施菜", "对大新庄镇农田管灌设施进行更新")
    assert without_place_names("完善居家养老服务体系", "完善居家养老服务体系") == "完善居家养老服务体系"


def test_plan_sharing_only_the_town_and_a_part_word_answers_nothing(tmp_path: Path):
    """F1: 打造…大新庄大佟庄设施菜…等优势产业 (a crop plan of reply 17) shares with 对大新庄镇农田管灌设施进行更新 only the
    town's name and the 设施 of 设施菜: no plan on the ask, its item a placeholder."""
    ws = unit_workspace(tmp_path / "ws", "唐山市丰南区农业农村局", "区农业农村局", "丰南区")
    _, out = seeds_draft(tmp_path, ws, {"2023-07-28_第17号建议答复.txt": REPLY_17}, "20", TITLE,
                         "建议对大新庄镇农田管灌设施进行更新。", "--deputy", "张某", "--type", "B",
                         "--session", "丰南区第七届人民代表大会第三次会议", "--date", "2023-07-28")
    document = docx.Document(out)
    two = "".join(part_two_texts(document))
    assert "设施菜" not in two and "优势产业" not in two
    assert "【待补充：具体举措】" in two
    # F2: the lead-in's matter is the thing and the work on it, no 进行 after 围绕
    text = "".join(p.text for p in document.paragraphs)
    assert "下一步我局将围绕农田管灌设施更新，重点做好以下工作：" in text


def test_lead_in_matter_drops_the_verb_of_doing_before_the_work():
    """F2: a 进行/加以 before the work asked (对X进行Y, or X进行Y without its 对) goes from the matter said after 围绕 —
    not a 实施 opening a noun (制度实施细则)."""
    assert concern_matter("农田管灌设施进行更新") == "农田管灌设施更新"
    assert concern_matter("加快农田灌溉设施进行更新改造") == "农田灌溉设施更新改造"
    assert concern_matter("加强对农村道路进行管护") == "农村道路管护"
    assert concern_matter("对石滩镇梯子口水库进行维修整治") == "石滩镇梯子口水库维修整治"
    assert concern_matter("完善制度实施细则") == "完善制度实施细则"


# The real page's 板栗 paragraph (农民丰收节丨唐山农民的“丰收乐”, 唐山广播电视台, 2022-10-08).
CHESTNUT_PAGE = """农民丰收节丨唐山农民的“丰收乐”

2022-10-08 14:37:57 来源:唐山广播电视台

中国板栗属京东,京东板栗属迁西。在迁西板栗第一村——汉儿庄镇杨家峪村,记者看到栗农们正在用大车小辆将板栗运往农民合作社销售。贾春雷说:“因气候原因,今年板栗虽有大量减产,但栗价是去年的近一倍,栗农的收入不但没有减少,反而有了很大的提高。”
"""


def test_a_multiple_of_last_year_is_no_statement_of_last_year(tmp_path: Path):
    """F6d: 栗价是去年的近一倍 compares this year's price with last year's: the statement, of 今年, is the page's year."""
    ws = unit_workspace(tmp_path / "ws", "唐山市丰南区农业农村局", "区农业农村局", "丰南区")
    fact = fact_saying(distil(tmp_path, ws, CHESTNUT_PAGE, "2022-10-08_唐山农民丰收乐.txt"), "近一倍")
    assert fact.period.year == 2022


# The real page's 稻田蟹 paragraph after its photo's caption, said twice on its line.
CRAB_PAGE = """农民丰收节丨唐山农民的“丰收乐”

2022-10-08 14:37:57 来源:唐山广播电视台

9月16日,曹妃甸区第一农场喜开水稻收割第一镰。

曹妃甸稻农心里乐开花 曹妃甸稻农心里乐开花

唐山南部沿海地区盛产水稻,也盛行稻田养蟹,这些蟹被当地人称为“毛爪”或者“稻田蟹”,其美誉度在当地力压阳澄湖大闸蟹。在曹妃甸区、丰南区和芦台经济开发区,稻田蟹养殖已成为农民增产增收的重要途径。
"""


def test_a_caption_said_twice_on_its_line_is_clutter(tmp_path: Path):
    """F6b: 曹妃甸稻农心里乐开花 曹妃甸稻农心里乐开花 (an image's alt text and its caption) is glued to no fact."""
    ws = unit_workspace(tmp_path / "ws", "唐山市丰南区农业农村局", "区农业农村局", "丰南区")
    facts = distil(tmp_path, ws, CRAB_PAGE, "2022-10-08_唐山农民丰收乐.txt").facts
    assert first_saying(facts, "稻田蟹").text.startswith("唐山南部沿海地区盛产水稻")
    assert not any("乐开花" in f.text for f in facts)


# The real page's opening (唐山市农业高质量发展, posted 2022-03-18), as saved, its pinyin glosses and all.
REVIEW_PAGE = """2021年,唐山市以推動農(nóng)業(yè)農(nóng)村高質(zhì)量發(fā)展為主題,以深化農(nóng)業(yè)供給側(cè)結(jié)構(gòu)性改革為主線,依托唐山區(qū)位優(yōu)勢和特色資源,多措并舉調(diào)整產(chǎn)業(yè)結(jié)構(gòu)、發(fā)展特色主導(dǎo)產(chǎn)業(yè),推進農(nóng)業(yè)轉(zhuǎn)型升級、提質(zhì)增效,推動唐山市由農(nóng)業(yè)大市向農(nóng)業(yè)強市轉(zhuǎn)變。
穩(wěn)產(chǎn)保供,增強糧食生產(chǎn)能力
堅決把穩(wěn)定糧食生產(chǎn)作為“三農(nóng)”工作的首要政治任務(wù)和頭等大事。根據(jù)農(nóng)情調(diào)度顯示,去年全市夏糧實現(xiàn)面積、單產(chǎn)、總產(chǎn)“三增長”,秋糧保持豐產(chǎn),全年糧食總產(chǎn)超額完成省達目標(biāo)任務(wù)。
加大補貼力度。在積極爭取上級強農(nóng)惠農(nóng)政策的基礎(chǔ)上,不斷加大市級財政扶持力度。全市共發(fā)放種糧農(nóng)民補貼、耕地地力保護補貼資金7.78億元,市財政投入近4000萬元發(fā)展糧油生產(chǎn),極大調(diào)動了農(nóng)民的種糧積極性。
提供技術(shù)服務(wù)。充分發(fā)揮國家、省、市產(chǎn)業(yè)體系和農(nóng)業(yè)創(chuàng)新驛站的作用,組織農(nóng)業(yè)專家、農(nóng)技人員深入基層開展技術(shù)宣傳、培訓(xùn)和指導(dǎo),向廣大農(nóng)民群眾宣傳新技術(shù)、推廣新品種。全市農(nóng)作物良種覆蓋率達到98%以上,主推技術(shù)覆蓋率達到95%以上,主要農(nóng)作物綜合機械化率達到88%以上,綠色防控覆蓋率達到45%,統(tǒng)防統(tǒng)治覆蓋率達到47.3%,助推糧油產(chǎn)業(yè)綠色高質(zhì)量發(fā)展。
"""


def test_a_news_items_review_of_the_year_before_dates_its_figures(tmp_path: Path):
    """F6c: a news item of 2022-03-18 opening 2021年，唐山市… reviews 2021: its 全市共发放…补贴资金7.78亿元 and its coverage rates are
    2021's, not its date's; its 去年 stays the year before its date."""
    ws = unit_workspace(tmp_path / "ws", "唐山市丰南区农业农村局", "区农业农村局", "丰南区")
    ff = distil(tmp_path, ws, REVIEW_PAGE, "2022-03-18_唐山市农业高质量发展.txt")
    assert fact_saying(ff, "7.78亿元").period.year == 2021
    assert fact_saying(ff, "良种覆盖率").period.year == 2021
    last_year = fact_saying(ff, "去年全市夏粮").period
    assert (last_year.year, last_year.basis) == (2021, "relative to document date")  # (counted from its date, not its review)


# The real page's head (农民丰收节丨唐山农民的“丰收乐”, 唐山广播电视台, 2022-10-08): 曹妃甸, then 芦台 and 丰南区 beside it.
HARVEST_PAGE = """农民丰收节丨唐山农民的“丰收乐”

2022-10-08 14:37:57 来源:唐山广播电视台

扫码阅读手机版

2022年9月23日,秋分,中国第五个农民丰收节如期而至。日前,驻唐媒体记者兵分五路,深入农村、田间地头和农民中间,用笔和镜头记录了唐山农民的丰收乐。

曹妃甸 城市与稻田交相辉映

曹妃甸区种植水稻历史悠久,是“唐山大米”(唐海大米、柏各庄大米)的主产区和核心产区。据了解,这区今年共种植水稻32万亩,按亩产500公斤稻谷测算,预计全区总产量将达16万吨。9月16日,曹妃甸区第一农场喜开水稻收割第一镰。

曹妃甸稻农心里乐开花 曹妃甸稻农心里乐开花

唐山南部沿海地区盛产水稻,也盛行稻田养蟹,这些蟹被当地人称为“毛爪”或者“稻田蟹”,其美誉度在当地力压阳澄湖大闸蟹。在曹妃甸区、丰南区和芦台经济开发区,稻田蟹养殖已成为农民增产增收的重要途径。据了解,芦台经济开发区在唐山17个县级行政区中属于“小老幺”,全区人口仅有4.1万人,但当地农民却在6000多亩稻田里养殖了毛爪,仅此一项便能为当地农民增收近千万元。

唐山芦台经济开发区河蟹“毛爪”喜获丰收
"""


def test_a_page_on_several_areas_of_a_city_is_the_citys(tmp_path: Path):
    """F6a: a page titled 唐山农民的“丰收乐”, telling of 曹妃甸区, 丰南区 and 芦台经济开发区 and naming 唐山 all through, is 唐山市's —
    not 曹妃甸区's, the area it names first and most; a statement on 曹妃甸区 is that area's, and so is the rest of its paragraph
    (预计全区总产量将达16万吨)."""
    ws = unit_workspace(tmp_path / "ws", "唐山市丰南区农业农村局", "区农业农村局", "丰南区")
    ff = distil(tmp_path, ws, HARVEST_PAGE, "2022-10-08_唐山农民丰收乐.txt")
    assert ff.source.jurisdiction == "唐山市"
    assert fact_saying(ff, "记录了唐山农民的丰收乐").jurisdiction == "唐山市"
    assert fact_saying(ff, "稻田蟹养殖").jurisdiction == "唐山市"
    assert fact_saying(ff, "曹妃甸区种植水稻").jurisdiction == "曹妃甸区"
    assert fact_saying(ff, "16万吨").jurisdiction == "曹妃甸区"
