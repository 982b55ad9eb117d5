"""Findings of held-out tester hd53a (景德镇市商务局, 江西: five news and statistics pages): places misread — a verb phrase before
市场 read as a city (认真查看市), a person's name after a title as one (张良市), a city's breakdown filed under its first district —
a figure of the year before dated the page's year, a rate named by its verb, photo captions taken for headings and a page's cut last
line kept.

The lines are the tester's seeds as the pages printed them, distilled through the public path of ``drafter distill``.
"""

from __future__ import annotations

from drafter.distill.figures import find_figures, normalise
from drafter.distill.places import is_place
from helpers import distil, fact_saying, unit_workspace

# hd53a's 2023-02-27 page of 萍乡 on the visit of 景德镇市商务局's deputy head.
VISIT = (
    "2月24日至25日,景德镇市商务局副局长程新裕一行9人来我市考察农贸市场建设改造工作。市商务局党委书记、局长孙彬,市贸促会会长易建军,"
    "市商务局党委委员、副局长李洪,市贸促会副会长肖博等分别陪同考察。 考察组一行先后深入到萍乡经开区凤凰市场、光丰市场和安源区流万智慧"
    "市场实地参观考察,认真查看市场的整体布局,市场业态分布等情况,重点查看活禽宰杀(水产区)改造,听取市场建设改造工作情况介绍。程新裕对"
    "我市中心城区农贸市场建设改造工作取得的成效表示赞赏。同时,希望今后两地多加强工作沟通和交流,互相借鉴学习,共谋高质量发展。 在萍期间,"
    "考察组一行还考察了萍乡润达国际购物中心。 |\n"
)

# hd53a's 2018-03-23 page on 景德镇's deputy mayor in Beijing.
TRIP = (
    "3月19日-22日,景德镇副市长张良华出席“赣京绿色金融合作推介会”,走访考察相关部局、企业。市政府副秘书长黄建平、市商务局局长高翔、"
    "副局长马莉萍陪同走访考察。\n"
    "张良华一行先后走访考察了商务部外贸发展局、东方文旅集团、天山集团、凤凰卫视能量传播公司等,分别与外贸发展局局长吴政平、中国东方资产"
    "管理(国际)控股有限公司总经理杨朵轶、天山集团海世界集团副总裁刘川、米立方项目总经理陈杰、凤凰卫视能量传播公司总经理郭志成等深入座谈。\n"
    "张良华向吴政平局长表达了对商务部外贸发展局多年对陶瓷博览会的关心与支持的感谢,同时也希望与外贸发展局有更多合作。在企业考察中,张良华"
    "向各位企业家重点介绍了景德镇的产业布局、发展方向和合作意向。他指出,当前,景德镇已进入快速发展的黄金时期,城乡环境大整治和双创双修让"
    "城市面貌日新月异,伴随着九景衢铁路开通,都给景德镇这座城市发展尤其是文化旅游产业的发展带来了新的机遇,真诚希望这些管理先进、实力强、"
    "业绩优的大型文旅企业来景投资兴业,实现共赢。\n"
)

# hd53a's 2022-07-20 statistics page: the city's total, then its areas'.
RETAIL = (
    "2022年上半年,景德镇市实现社会消费品零售总额261.30亿元,同比增长5.1%。\n"
    "1、各县(市、区)消费品零售市场情况。昌江区完成零售额45.04亿元,同比增长4.8%,珠山区完成零售额105.38亿元,同比增长5.1%,浮梁县完成"
    "零售额12.83亿元,同比增长5.8%,乐平市完成零售额87.71亿元,同比增长5.0%,昌南新区完成零售额7.43亿元,同比增长4.9%,高新区完成零售额"
    "2.92亿元,同比增长4.5%。\n"
    "2、批零、住餐四个行业情况。批发业实现销售额91.52亿元,同比增长20.1%,零售业实现销售额201.97亿元,同比增长8.3%,住宿业实现营业额"
    "4.64亿元,同比增长6.5%,餐饮业实现营业额34.43亿元,同比增长5.8%。\n"
)

# hd53a's 2022-11-09 page of 香港商报 (traditional characters), its pictures' file names and captions between its paragraphs.
PICTURED = (
    "香港商报官网 > 江西 > 中华大地\n\n景德鎮國家陶瓷文化傳承創新試驗區建設成效斐然\n\n2022-11-09\n来源:香港商報网\n\n"
    "    2019年5月,習近平總書記視察江西時,殷殷囑托「要建好景德鎮國家陶瓷文化傳承創新試驗區,打造對外文化交流新平臺」,為景德鎮發展標定了"
    "歷史方位、擘畫了美好藍圖。\n\n"
    "    三年來,江西省景德鎮市緊緊圍繞「兩地一中心」發展定位,按照「一年見成效、三年上臺階、五年樹標桿」的要求,踔厲奮發,篤行不怠,三年的"
    "砥礪奮進,三年的勤耕不輟,使国家試驗區建設亮點頻現,成效斐然。\n\n"
    "图一 陶溪川历史文化街区陶然集.JPG\n\n陶溪川歷史文化街區陶然集\n\n"
    "    這三年,全市實現了產業發展「新突破」。全市陶瓷企業市場主體突破2萬余家(含個體戶),陶瓷產業突破營收500億元,上繳稅收突破5億元。"
    "陶瓷類國家高新技術企業73家。\n\n"
    "图二 中国陶瓷产业贸易数字化大会.JPG\n\n中國陶瓷產業貿易數字化大會11月8日在景德鎮召開\n\n"
    "    這三年,全市提升了國際瓷都「知名度」。與全世界72個國家180個城市建立了友好合作關系。在歐洲舉辦陶瓷傳統成型技法現場展示活動"
    "「絲路瓷行」系列陶瓷展。2021年瓷博會,成功推出「一會、兩展、兩發布、十大活動」,首次全球發布城市禮物,「雲」瓷博交易額突破90億元。\n\n"
    "图三 景德镇御窑博物馆.JPG\n\n景德鎮禦窯博物館\n\n"
    "    這三年,景德鎮收獲了極具分量「國字號」\n"
)


def _jingdezhen(tmp_path):
    return unit_workspace(tmp_path / "ws", "景德镇市商务局", "市商务局", "景德镇市")


def test_a_city_of_a_town_word_is_a_place():
    """hd53a c: «景德镇市» was no place (its stem ends in 镇, the word of a town's built-up area, 太平镇区), so a page of the city
    naming it in full was filed under the first district it named: a known city's name is one whatever it ends in; a deputy's
    title after a name (景德镇副市长) is none, nor a verb phrase before 市场 (认真查看市场的整体布局)."""
    assert is_place("景德镇市")
    assert not is_place("景德镇副市")
    assert not is_place("认真查看市")
    assert is_place("乐平市") and not is_place("太平镇区")


def test_the_host_of_a_visit_is_the_page_place(tmp_path):
    """hd53a a: the page of 萍乡 on 景德镇市商务局's deputy head coming 来我市 was filed under «认真查看市» (…认真查看市场的整体布局,
    …局 read as a unit of that 市), its issuer «认真查看市商务局»; reading 景德镇市 as a place made it 景德镇市商务局's own, the host's
    市商务局党委书记、局长孙彬 its head. The visitors (…一行9人来我市…) are the page's guests: the page is 萍乡市's (its short name
    said twice), its 市商务局 萍乡's, every statement of it external — the visit's too, its 我市 萍乡."""
    ff = distil(tmp_path, _jingdezhen(tmp_path), VISIT, "2023-02-27_市商务局考察萍乡农贸市场建设改造.txt")
    assert (ff.source.jurisdiction, ff.source.issuer) == ("萍乡市", "萍乡市商务局")
    assert all(f.jurisdiction == "萍乡市" and f.external for f in ff.facts)
    assert fact_saying(ff, "局长孙彬").jurisdiction == "萍乡市"


def test_a_name_after_a_title_is_no_place(tmp_path):
    """hd53a b: «景德镇副市长张良华…» filed the page under «张良市»: 张良华向吴政平局长… was read as a unit named short (张良…局) and
    the name said again; a 局 before 长 is a title, and a name after a title (副市长张良华) a person's. The page is 景德镇市's."""
    ff = distil(tmp_path, _jingdezhen(tmp_path), TRIP, "2018-03-23_张良华赴京走访商务部外贸发展局.txt")
    assert ff.source.jurisdiction == "景德镇市"
    assert {f.jurisdiction for f in ff.facts} == {"景德镇市"}


def test_a_breakdown_by_area_is_the_whole_s(tmp_path):
    """hd53a c: every fact of the city's retail statistics was filed under 昌江区, external, the district its breakdown opens on;
    昌江区's 45.04亿元 and 高新区's 2.92亿元 carried no place. The city total is the city's; the breakdown is the city's
    statement, each figure, and the growth after it, its area's."""
    ff = distil(tmp_path, _jingdezhen(tmp_path), RETAIL, "2022-07-20_2022年上半年社会消费品零售总额.txt")
    assert ff.source.jurisdiction == "景德镇市"
    total = fact_saying(ff, "261.30亿元")
    assert (total.jurisdiction, total.external) == ("景德镇市", False)
    assert all(g.place is None for g in total.figures)
    areas = fact_saying(ff, "昌江区完成零售额")
    assert areas.jurisdiction == "景德镇市"
    assert [(g.raw, g.place) for g in areas.figures] == [
        ("45.04亿元", "昌江区"), ("4.8%", "昌江区"), ("105.38亿元", "珠山区"), ("5.1%", "珠山区"), ("12.83亿元", "浮梁县"),
        ("5.8%", "浮梁县"), ("87.71亿元", "乐平市"), ("5.0%", "乐平市"), ("7.43亿元", "昌南新区"), ("4.9%", "昌南新区"),
        ("2.92亿元", "高新区"), ("4.5%", "高新区")]
    assert fact_saying(ff, "批发业实现销售额").jurisdiction == "景德镇市"


def test_the_year_before_s_base_and_a_rate_named_after_it(tmp_path):
    """hd53a d: «陶瓷规上企业从去年同期的116家，增至128家» dated 116家 2021 (the year before's, 2020) and named both
    «特别是陶瓷规上企业从去年同期»; «依然保持了1.66%的增速» named 1.66% «依然保持»: the rate is the 增速 of the output before it."""
    line = ("2021年1—8月,陶瓷工业总产值(测算值)85.7亿元,在国际经济波动的背景下,依然保持了1.66%的增速,特别是陶瓷规上企业从去年同期的"
            "116家,增至128家,涨幅28.43%。")
    assert [(f.raw, f.counts) for f in find_figures(normalise(line))][:4] == [
        ("85.7亿元", "陶瓷工业总产值（测算值）"), ("1.66%", "陶瓷工业总产值增速"), ("116家", "陶瓷规上企业"), ("128家", "陶瓷规上企业")]
    page = "陶瓷产业不断壮大\n近年来景德镇陶瓷产业发展保持良好态势,陶瓷工业总产值保持稳定增长。" + line + "\n"
    fact = fact_saying(distil(tmp_path, _jingdezhen(tmp_path), page, "2021-11-21_景德镇陶瓷产业稳中有进.txt"), "116家")
    assert [(g.raw, g.year) for g in fact.figures if g.raw in ("116家", "128家")] == [("116家", 2020), ("128家", 2021)]


def test_captions_under_pictures_and_a_cut_last_line_are_no_statements(tmp_path):
    """hd53a e: the captions under the page's pictures (图一 陶溪川历史文化街区陶然集.JPG / 陶溪川歷史文化街區陶然集) became section
    headings, one (…大會11月8日在景德鎮召開) was glued to the paragraph after it, and the page's last line, cut (這三年，景德鎮收獲了
    極具分量「國字號」), was kept: a short line of no stop under a picture's file name is its caption; a news page's last paragraph
    stopping nowhere, with no figure, under paragraphs that each end on a stop, was cut."""
    ff = distil(tmp_path, _jingdezhen(tmp_path), PICTURED, "2022-11-09_景德镇国家陶瓷文化传承创新试验区建设成效斐然.txt")
    assert all(f.section == [] for f in ff.facts)
    assert fact_saying(ff, "知名度").text.startswith("这三年，全市提升了国际瓷都")
    assert not any("国字号" in f.text for f in ff.facts)
    assert not any("召开" in f.text or "陶然集" in f.text for f in ff.facts)
    assert len(ff.facts) == 4
