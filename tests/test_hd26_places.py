"""hd26 (牟定县水务局, 临沧市文化和旅游局: bureaus drafter never saw) — places, issuer and a source's fields: a county read in
words that are no place (县政协社会和法制委员会 → 法制县, 请求县人民政府 → 求县), a reply naming its county and one of its towns
left of no place, the bureau's own unsigned replies (交由我单位办理 … 县水务局已委托…) of no issuer so its habits were lost, the
co-handler (市商务局协办) taken for the issuer, an autonomous county named short (耿马自治县) taken for another place, and a
mirror's opening clause (們?cè)诳h十八屆人大一次會議上提出的關於…的議案) dropped whole with the item's title."""

from __future__ import annotations

from click.testing import CliRunner
from helpers import TIECHANGHE, distil, unit_workspace
from helpers import mouding_workspace as _muding

from drafter.cli import cli
from drafter.distill.places import is_place, places_in
from drafter.docx.read import read_draft
from drafter.grammar import short_place


# 牟定县水务局's replies as mdx.gov.cn (37814, 150084) and a mirror in traditional characters (tuwife.com 37812, 37811) give
# them: no letterhead, no signature.
XIANANZHA = """县政协社会和法制委员会:
您提出的“关于将江坡镇福龙村西安闸改扩建为小(二)型水库的提案”的提案交由我局办理,现答复如下:
近年来,国家对小型水库建设高度重视,但西安闸不在国家小型水库的名录中,因此只能归类为农村小坝塘,根据您的建议,在下步工作中,我局将积极努力,把西安闸水库注册为小(二)型,符合水利投资导向后,主动向上争取资金进行提升改造。
感谢您对我县水利事业的关心和支持,我们会在今后的工作中积极多争取项目和资金,为我县的水利基础设施建设打下坚实的基础。
"""
XINMIN = """果志艷代表:
您 們在縣十八屆人大一次會議上提出的關(guān)于請求縣人民政府立項解決新民水庫提灌蓄水問題的議案,交由我單位辦理,現(xiàn)答復(fù)如下:
今年年初,縣水務(wù)局已委托楚雄欣源水利電力勘察設(shè)計有限責(zé)任公司編制了牟定縣中屯水庫調(diào)水工程(一期)實施方案,目前正在開展工程招投標(biāo)程序,待工程建設(shè)完工後,新民水庫的蓄水問題將得到徹底解決。
感謝您 們對我縣水務(wù)工作的關(guān)心與支持!
"""
MAOJIEHE = """江曉貞等代表:
您 們?cè)诳h十八屆人大一次會(huì)議上提出的關(guān)于投入資金實施貓街河河道治理工程的議案,交由我單位辦理,現(xiàn)答復(fù)如下:
2016年,縣水務(wù)局已委托中國(guó)能源建設(shè)集團(tuán)廣西電力設(shè)計研究院有限公司對貓街河河道治理工程進(jìn)行了勘察設(shè)計,2017年底爭(zhēng)取到中央水利發(fā)展資金490萬元,對貓街河小屯至鄉(xiāng)集鎮(zhèn)段進(jìn)行了治理。
感謝您 們對我縣水務(wù)工作的關(guān)心與支持!
"""
YANGGANSHI = """王建平、李晓艳、代德忠代表:
您 们在县十八届人大二次会议上提出的“关于请求上级党委政府给予解决羊肝石村委会人畜饮水困难的议案”,交由我单位办理,现答复如下:
羊肝石村委会人畜饮水项目已列入牟定县城乡供水一体化三年专项行动项目中,该项目已完成项目的可研编制及批复。目前,实施方案正在编制中,计划7月开展招投标工作。
此项目实施后可解决4乡镇59860人饮水问题,整个新桥镇的安全饮水问题将会得到全面解决。
最后,感谢您 们对我县水务工作的关心与支持,希望一如既往地支持水务工作。
"""


def test_no_county_is_read_in_words_before_its_level_word():
    """请求县人民政府 named a county 求县 (请 taken for a function character before it): a county named by one character is one of
    those there are, as 沛县 and 澧县 are."""
    assert not is_place("求县") and not is_place("制县")
    assert is_place("沛县") and is_place("澧县") and is_place("魏县") and is_place("南县")
    assert places_in("提出的关于请求县人民政府立项解决新民水库提灌蓄水问题的议案") == []
    assert [name for _, _, name in places_in("，魏县水利局、沛县科技局")] == ["魏县", "沛县"]
    assert [name for _, _, name in places_in("并在南县、沅江市试点")] == ["南县", "沅江市"]


def test_a_committee_of_the_countys_cppcc_names_no_county(tmp_path):
    """县政协社会和法制委员会's proposal was answered of 法制县 (the two characters before 委员会, as 九三学社许昌支委 names 许昌),
    its plan another place's: a committee of a level's own body is named by its field. The reply says 我县 and names the
    county's town 江坡镇: the county's."""
    ff = distil(tmp_path, _muding(tmp_path), XIANANZHA, "2022-09-24_西安闸提案答复.txt")
    assert ff.source.deputy == "县政协社会和法制委员会" and ff.source.proposal
    assert ff.source.jurisdiction == "牟定县"
    assert ff.facts and not any(f.external for f in ff.facts)


def test_a_mirrors_reply_asking_the_county_government_is_the_bureaus(tmp_path):
    """The mirror's 請求縣人民政府 made the reply 求县's, its facts kept out of drafts; it speaks as 我单位 and names
    县水务局: the bureau's own, of its county, with the item's title it gives without quotes."""
    ff = distil(tmp_path, _muding(tmp_path), XINMIN, "2022-09-24_tuwife_37812_果志艳议案答复.txt")
    m = ff.source
    assert m.jurisdiction == "牟定县" and not any(f.external for f in ff.facts)
    assert m.issuer == "牟定县水务局"
    assert m.suggestion_title == "关于请求县人民政府立项解决新民水库提灌蓄水问题的议案"
    assert m.title == "对《关于请求县人民政府立项解决新民水库提灌蓄水问题的议案》的答复"
    assert m.session == "县十八届人大一次会议"


def test_a_reply_naming_its_county_and_one_of_its_towns_is_of_the_county(tmp_path):
    """羊肝石's reply (已列入牟定县城乡供水一体化…, 整个新桥镇…, 我县水务工作) was of no place (`drafter sources` showed —): the county
    after a verb is read by no place reader, 新桥镇 is one area only. A reply of no issuer saying 我县 and naming the county or
    its areas and no other place is the county's; thanking for 我县水务工作 as 我单位, the bureau's own."""
    ff = distil(tmp_path, _muding(tmp_path), YANGGANSHI, "2023-06-20_羊肝石议案答复.txt")
    assert ff.source.jurisdiction == "牟定县"
    assert ff.source.issuer == "牟定县水务局"
    assert ff.facts and not any(f.external for f in ff.facts)


def test_a_reply_of_another_unit_of_the_county_is_not_the_bureaus(tmp_path):
    """The bureau's own is told by its name or its field in the thanks: a reply speaking as 我局 of another bureau's work
    names no issuer."""
    other = YANGGANSHI.replace("交由我单位办理", "交由我局办理").replace("水务工作", "农业农村工作")
    ff = distil(tmp_path, _muding(tmp_path), other, "2023-06-20_羊肝石议案答复.txt")
    assert ff.source.jurisdiction == "牟定县" and ff.source.issuer is None


def test_a_mirrors_garbled_opening_keeps_the_item_it_answers(tmp_path):
    """們?cè)诳h十八屆… dropped the whole clause up to its comma, the item's title and session with it: title and suggestion
    title blank, `drafter sources` listing a file name. The run's garble goes; the item after it stays."""
    ws = _muding(tmp_path)
    ff = distil(tmp_path, ws, MAOJIEHE, "2022-09-24_tuwife_37811_江晓贞议案答复.txt")
    m = ff.source
    assert m.suggestion_title == "关于投入资金实施猫街河河道治理工程的议案"
    assert m.title == "对《关于投入资金实施猫街河河道治理工程的议案》的答复"
    assert m.session and m.session.endswith("十八届人大一次会议")
    assert m.issuer == "牟定县水务局" and m.jurisdiction == "牟定县"
    assert not any("?" in f.text or "cè" in f.text for f in ff.facts)
    # a garbled clause of any other kind is dropped whole, as before
    ff = distil(tmp_path, ws, "2023年，宁波市宁？?h成为全省唯一的试点县，新增水库3座。\n", "2024-01-10_news.txt")
    assert not any("成为全省唯一" in f.text for f in ff.facts)


def test_the_bureaus_unsigned_replies_teach_its_habits(tmp_path):
    """Four of the bureau's five replies carry no signature: only 74号 (你在…) was its own, so the held-out draft had 一、二、
    parts and said 你 though its replies are plain prose saying 您. Read as the bureau's, they make the draft plain, 您."""
    ws = _muding(tmp_path)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in (("2022-09-24_西安闸.txt", XIANANZHA), ("2022-09-24_新民水库.txt", XINMIN),
                       ("2022-09-24_猫街河.txt", MAOJIEHE), ("2023-06-20_羊肝石.txt", YANGGANSHI),
                       ("mdx_37806_74号.txt", TIECHANGHE)):
        (seeds / name).write_text(text, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(seeds)]).exit_code == 0
    (tmp_path / "suggestion.txt").write_text(
        "关于对米村青龙闸（小二型）水库进行除险加固的建议\n领衔代表：李家彪\n米村青龙闸水库为小（二）型水库，2015年完成过一次除险加固，"
        "但受降雨量不足且牟定长年干旱的影响，水库长期蓄水不足，没有达到应有效益。建议对米村青龙闸（小二型）水库进行除险加固。\n", "utf-8")
    out = tmp_path / "12.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "12", "关于对米村青龙闸（小二型）水库进行除险加固的建议",
                                 "--deputy", "李家彪", "--session", "县十八届人大四次会议", "--type", "C", "--date", "2025-06-30",
                                 "--text", str(tmp_path / "suggestion.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    texts = [p.text for p in read_draft(out)]
    # (您在县十八届人大四次会议上提出的…: the session named as their openings name theirs, hd46a)
    assert any(t.startswith("您在县十八届人大四次会议上提出的") for t in texts), texts
    assert not any(t.startswith(("一、", "二、")) for t in texts), texts


# 临沧市文化和旅游局's reply on 节庆经济 (an undated page), co-handled with 市商务局, its opening as the page gives it.
FESTIVALS = """市政协工商联界:
你们在市政协五届三次会议上提出的《关于统筹推进临沧节庆经济的提案》,交由我们市文化和旅游局主办,市商务局协办,经共同研究,现将办理情况答复如下:
全市2023年先后举办啤酒狂欢节、泼水节、冰岛茶会、摸你黑狂欢节、红茶节、青苗节、芒果节、火把节、丰收节、“阿数瑟”山歌会、新米节、亚微节共12项节庆活动。
"""
LINCANG_AREAS = "临翔区, 凤庆县, 云县, 永德县, 镇康县, 双江拉祜族佤族布朗族傣族自治县, 耿马傣族佤族自治县, 沧源佤族自治县"


def _lincang(tmp_path):
    return unit_workspace(tmp_path / "ws", "临沧市文化和旅游局", "市文旅局", "临沧市", LINCANG_AREAS)


def test_the_unit_leading_an_item_is_the_issuer_never_its_co_handler(tmp_path):
    """交由我们市文化和旅游局主办,市商务局协办 was filed as 临沧市商务局's, the bureau's own 节庆 results withheld from every draft:
    the unit handed the item to lead (主办) answers it."""
    ws = _lincang(tmp_path)
    ff = distil(tmp_path, ws, FESTIVALS, "2024_政协_节庆经济.txt")
    assert ff.source.issuer == "临沧市文化和旅游局"
    assert ff.source.co_handlers == ["市商务局"]
    led = distil(tmp_path, ws, FESTIVALS.replace("交由我们市文化和旅游局主办", "由市文化和旅游局主办"), "2024_政协_节庆经济.txt")
    assert led.source.issuer == "临沧市文化和旅游局"


def test_an_autonomous_county_named_short_is_that_county(tmp_path):
    """耿马自治县勐简乡大寨村… was another place's (external) though 耿马傣族佤族自治县 is one of the city's areas: an autonomous
    county is also written with 自治县 alone after its own name."""
    assert short_place("耿马自治县") == short_place("耿马傣族佤族自治县") == "耿马县"
    assert short_place("新疆维吾尔自治区") == "新疆维吾尔自治区"
    ws = _lincang(tmp_path)
    assert ws.is_own("耿马自治县") and not ws.is_own("孟连自治县")
    text = ("田俊、李若一代表:\n你在临沧市第四届人民代表大会第二次会议上提出的“关于打造中国黄衣阿佤古寨发展民族特色旅游业的建议”"
            "(即第97号建议),已由市政府转交由我局研究办理,现将办理情况答复如下:\n"
            "耿马自治县勐简乡大寨村有着悠久的历史文化,居住在大寨的佤族支系——“黄衣阿佤”更让大寨村充满了神秘性和吸引力。\n")
    ff = distil(tmp_path, ws, text, "2019-12-19_97号.txt")
    fact = next(f for f in ff.facts if "大寨村" in f.text)
    # (spelt as the workspace lists its area: one place, never listed as two, hd32a)
    assert fact.jurisdiction == "耿马傣族佤族自治县" and not fact.external
