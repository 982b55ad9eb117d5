"""h227: whose and when a fact is, on the testers' real lines. A count held now (现有…2个) is the document's date, whatever year
the sentence before names (hd41a); a stock held under a span (此后30年间…坐拥…) is of the span's end, and 11家上市企业的制造强市
counts the companies (hd44a); a run of years counted since the year named before it (2008年…。两年来，…从3658.5亩增加到2.43万亩)
starts there, and 是历史总和的6.7倍 is a multiple of the sum (hd44b); a level word's 级 opens no place (县级行政区), a zone
(芦台经济开发区) is an area of its own, 全区 after it in its sentence the zone's, while 唐山17个县级行政区 counts 唐山's (hd41a); a
count bearing a level's title after other levels' (国家级…、省级…、郑州市…特色村24个) is of the sentence's place, while a body
named by its city (郑州大学…研究院有限公司) makes no place of the text (hd43b); a title listing several places
(武胜县邻水县柑子镇等上榜) is no one place's page."""

from __future__ import annotations

from helpers import distil, fact_saying, unit_workspace

from drafter.distill.facts import figure_positions
from drafter.distill.figures import find_figures
from drafter.distill.metadata import _jurisdiction
from drafter.distill.places import figure_places, is_place, places_in
from drafter.distill.structure import normalise

# hd41a's seeds/2023-07-28_第17号建议答复.txt, its head and first paragraph (丰南区农业农村局's reply).
FENGNAN_REPLY = """唐山市丰南区农业农村局
对丰南区第七届人民代表大会
第三次会议第17号建议的答复
周凯、郑智姣、郭艳丽代表:
您们提出的关于“推广引进新型农业产业”的建议收悉,现答复如下:
我区现有白龙面粉、丰源香、壹谷粒、鸿丰米业、星和棉业等农业优势企业, 2020年取得“丰南西红柿”国家地理标志证明商标,是丰南第一个地理标志证明商标,2022年取得“丰南大米”国家地理标志证明商标。2022年建设16个花生标准化生产示范园和8个粮食标准化生产示范园,番茄作为省级优势特色产业,占地5万亩,河北规模第一。现有省级现代农业园区2个(现代农业园区(惠丰),蔬菜现代农业园区(天合亿));市级现代农业园区2个;区级现代农业园区1个,正在打造1个:锦疆现代农业园区。为进一步扩大我区农业产业优势,我们计划下一步在以下几个方面加大工作力度。
"""
# hd44a's seeds/2024-09-24_岭商大会.txt, its first and third paragraphs as saved.
LINGSHANG = """9月20日,我市隆重举行2024年第三届岭商大会,进一步凝聚海内外岭商智慧和力量,奋进新质生产力新赛道,加速“两城两湖”精彩蝶变, 再创民营经济新辉煌。来自全球各地800多名岭商代表齐聚家乡,共话创新,共谋未来。
1994年2月18日,经国家民政部正式批准,温岭撤县设市。此后30年间,从“资源小县”到“经济大市”,从“总体温饱”到“高水平全面小康”,以岭商为代表的温岭人以敢闯、敢钻、敢拼的劲头创造了一个又一个发展传奇,推动着温岭成为坐拥3.5万余家工业企业、涵盖20多个主要门类、拥有七类国字号出口基地和11家上市企业的制造强市。县域经济竞争力连续多年稳居全国百强县前二十位。
"""
# hd44b's seeds/2010-06-30_吴忠滨河生态水韵.txt (中广网, in the traditional characters it was saved in), its head and the paragraph
# on the greening plan.
WUZHONG = """回族之鄉(xiāng)吳忠初顯沿黃城市帶濱河生態(tài)水韻城市輪廓
中廣網(wǎng) 2010-06-30
2008年,吳忠市提出建設(shè)沿黃城市帶濱河生態(tài)水韻城市的計(jì)劃,並以園林綠化作為城市建設(shè)重心。在隨後的建設(shè)過(guò)程中,吳忠市堅(jiān)持政府主導(dǎo)、部門綠化、建管並重、績(jī)效考核原則,把每年的城市綠化任務(wù)分配到市直各部門,並通過(guò)拆除違規(guī)建築,把騰出來(lái)的空地全部綠化“還綠於民”。兩年來(lái),該市區(qū)綠地面積從3658.5畝增加到2.43萬(wàn)畝,是歷史總和的6.7倍。
"""
# hd41a's seeds/2022-10-08_唐山农民丰收乐.txt (唐山广播电视台), its head and its 芦台 paragraph.
TANGSHAN_HEAD = "农民丰收节丨唐山农民的“丰收乐”\n\n2022-10-08 14:37:57 来源：唐山广播电视台\n"
LUTAI = ("唐山南部沿海地区盛产水稻,也盛行稻田养蟹,这些蟹被当地人称为“毛爪”或者“稻田蟹”,其美誉度在当地力压阳澄湖大闸蟹。在曹妃甸区、丰南区和芦台经济开发区,稻田蟹养殖已成为农民增产增收的重要途径。据了解,芦台经济开发区在唐山17个县级行政区中属于“小老幺”,全区人口仅有4.1万人,但当地农民却在6000多亩稻田里养殖了毛爪,仅此一项便能为当地农民增收近千万元。")
# hd43b's seeds/2020-07-13_市领导赴登封调研美丽乡村建设.txt (郑州日报), the sentence on 登封's villages.
DENGFENG_VILLAGES = ("登封市地处嵩山腹地,历史文化深厚,自然环境优美,共有国家级传统古村落5个,省级传统古村落9个,"
                     "郑州市自然风貌和历史文化特色村24个。")
# A 广安市 page of the search store, its title's head and a sentence (the tester's finding: the page was filed 邻水县's by its title).
GUANGAN_TITLE = "武胜县邻水县柑子镇等上榜"
GUANGAN_SENTENCE = "全市油菜播种面积61.27万亩"
# The main seeds' 泉州 work summary (seeds/), a body of the city named by it at its work; and hd43b's reply, a university's company.
QUANZHOU_INSTITUTE = "泉州市科学技术信息研究所共完成科技查新71项"
DENGFENG_REPLY = "我局委托郑州大学城市规划设计研究院有限公司编制的《龙泉寺环境提升整治方案》已于2021年6月评审通过"


def _figure(ff, raw: str):
    return next(g for f in ff.facts for g in f.figures if g.raw == raw)


def _year(ff, raw: str) -> tuple[int | None, int | None]:
    """The year (and last year) a figure is of: its own, else its fact's."""
    fact = next(f for f in ff.facts if any(g.raw == raw for g in f.figures))
    fig = _figure(ff, raw)
    return (fig.year, fig.until) if fig.year is not None else (fact.period.year, fact.period.until)


def test_a_count_held_now_is_the_replys_date_not_the_year_before_it(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "唐山市丰南区农业农村局", "区农业农村局", "丰南区")
    ff = distil(tmp_path, ws, FENGNAN_REPLY, "2023-07-28_第17号建议答复.txt")
    assert _year(ff, "16个") == (2022, None)  # (the year's work stays the year's)
    for raw in ("2个", "1个"):
        assert _year(ff, raw) == (2023, None), raw


def test_a_stock_held_under_a_span_since_a_founding_is_of_the_pages_date(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "温岭市科学技术局", "市科学技术局", "温岭市")
    ff = distil(tmp_path, ws, LINGSHANG, "2024-09-24_岭商大会.txt")
    for raw in ("3.5万余家", "20多个", "11家"):
        assert _year(ff, raw) == (2024, None), raw
    assert _figure(ff, "11家").counts == "上市企业"  # (the companies counted, not the 制造强市 they make)


def test_a_run_of_years_counted_since_the_year_named_before_it_starts_there(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "吴忠市城市管理局", "市城市管理局", "吴忠市")
    ff = distil(tmp_path, ws, WUZHONG, "2010-06-30_吴忠滨河生态水韵.txt")
    assert _year(ff, "3658.5亩") == (2008, None)
    assert _year(ff, "2.43万亩") == (2010, None)
    assert _figure(ff, "6.7倍").counts == "历史总和的倍数"  # (a multiple of the sum, never the sum)


def test_a_level_words_ji_opens_no_place_and_a_zone_is_an_area_of_its_own():
    assert not is_place("级行政区")
    assert [name for *_, name in places_in(normalise(LUTAI))] == ["曹妃甸区", "丰南区", "芦台经济开发区", "芦台经济开发区"]


def test_the_zones_whole_is_the_zones_and_its_citys_count_of_areas_the_citys(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "唐山市丰南区农业农村局", "区农业农村局", "丰南区")
    ff = distil(tmp_path, ws, TANGSHAN_HEAD + LUTAI + "\n", "2022-10-08_唐山农民丰收乐.txt")
    fact = fact_saying(ff, "小老幺")
    assert (fact.jurisdiction, fact.external) == ("唐山市", True)
    assert _figure(ff, "4.1万人").place == "芦台经济开发区"  # (全区人口 after the zone its sentence names)
    assert _figure(ff, "17个").place is None  # (唐山17个县级行政区: the fact's 唐山市, not the zone's)


def _places(sentence: str, place: str) -> list[str | None]:
    norm = normalise(sentence)
    figures = find_figures(sentence, norm)
    return figure_places(norm, figure_positions(norm, figures), place, place)


def test_a_count_bearing_a_levels_title_after_other_levels_is_the_sentences_place():
    assert _places(DENGFENG_VILLAGES, "登封市") == [None, None, None]


def test_a_body_named_by_its_city_is_no_place_of_the_text_and_another_citys_body_stays_external(tmp_path):
    # (a city's institute counted in a county's page is the city's, never the county's own: kept external)
    assert _places(QUANZHOU_INSTITUTE, "晋江市") == ["泉州市"]
    ws = unit_workspace(tmp_path / "ws", "登封市文化广电和旅游局", "市文旅局", "登封市")
    ff = distil(tmp_path, ws, "答复曹兰英代表龙泉寺中岳行宫文保建议\n" + DENGFENG_REPLY + "。\n", "2022-08-19_答复曹兰英代表.txt")
    fact = fact_saying(ff, "郑州大学")
    assert (fact.jurisdiction, fact.external) in (("登封市", False), (None, False)), (fact.jurisdiction, fact.external)


def test_the_villages_of_the_level_listed_are_the_citys_own_in_its_fact(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "登封市文化广电和旅游局", "市文旅局", "登封市")
    ff = distil(tmp_path, ws, "市领导赴登封调研 美丽乡村建设工作\n来源:郑州日报  时间:2020-07-13 08:49:09\n" + DENGFENG_VILLAGES + "\n",
                "2020-07-13_市领导赴登封调研美丽乡村建设.txt")
    fact = fact_saying(ff, "特色村24个")
    assert (fact.jurisdiction, fact.external, _figure(ff, "24个").place) == ("登封市", False, None)


def test_a_title_listing_who_made_the_list_is_no_one_places_page():
    assert _jurisdiction(None, GUANGAN_TITLE, GUANGAN_SENTENCE) != "邻水县"
    assert _jurisdiction(None, GUANGAN_TITLE, f"广安市{GUANGAN_SENTENCE}。") == "广安市"
