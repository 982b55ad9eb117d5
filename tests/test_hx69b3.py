"""hx69b3: whose place a page and its statements are (held-out hd69b, 婺源县农业农村局), each on its seed's real lines.

1. A verb of going into a place (走进, 来到, 走访, 深入: grammar.GOING_INTO_VERBS) opening a span is no part of the name after it:
   初冬时节，走进婺源县的大小农村… names 婺源县 (was the place 走进婺源县, 外地).
2. A news page whose every statement names the workspace's place (in full, by its stem, as 该县), one opening on it by name, is that
   place's, whoever posted it — the poster only its publisher: 来源:江西省人民政府 over 婺源县's 皇菊, 茶叶, 油茶 (2013年婺源全县茶叶种植
   面积…, was 江西省, 外地); the list page of no poster ending on 婺源,位于江西省东北部,…辖16个乡(镇)… (was 江西省, 外地). A province
   named where the county lies is no subject.
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.metadata import _spoken_of_throughout
from drafter.distill.places import is_place

# hd69b's bureau: its name, short name, place and areas.
WUYUAN = ("婺源县农业农村局", "县农业农村局", "婺源县",
          "蚺城街道, 紫阳镇, 清华镇, 秋口镇, 江湾镇, 思口镇, 赋春镇, 镇头镇, 太白镇, 中云镇, 许村镇, 浙源乡, 沱川乡, 大鄣山乡, 溪头乡, 段莘乡, 珍珠山乡")

# seeds/2014-12-01_婺源特色种养产业拓宽致富渠道.txt of hd69b, to its last paragraph (its site's notice after it left out).
POSTED = ("畜牧家禽網 來源:江西省人民政府 閱讀數:\n"
          "初冬時節,走進婺源縣的大小農村,遍地可見金黃的菊花開滿田野,農民們正忙著收獲豐收的皇菊,采摘、晾曬、包裝,老老少少忙得不亦樂乎。近年來,婺源縣依托本地獨特的資源優勢,通過政策驅動、產業拉動、示范帶動等舉措,大力發展皇菊、山茶油、茶葉、大鯢養殖等特色種養產業,不斷拓寬農民致富渠道。全縣農民人均年純收入達7924元,同比增長14%。\n"
          "婺源是著名的茶葉之鄉,境內所產綠茶“唐載茶經,宋稱絕品,明清入貢,中外馳名”。2013年婺源全縣茶葉種植面積突破17萬畝,全年產茶葉1.12萬噸,產值達到16億元。該縣堅持以市場為導向,整合農業開發、現代農業等各類資金,實施全縣茶葉有機化工程,提升婺源茶葉品牌美譽度和知名度。為了提升品牌,由政府牽頭,組織動員全縣茶農開展茶園秋挖工作,激發鄉鎮政府和村、組的積極性,該縣還將此項工作列入縣對鎮、鎮對村的年度考核。此外,定期組織農業、工商、質監等部門深入茶園檢查監督,嚴禁化肥、農藥等投入品流入茶園。2014年全縣有機茶園面積達到6.2萬畝,生產春茶5400噸。\n"
          "該縣選擇位于境內江灣鎮的大瀲村作為油茶產業化的榜樣,指導該村成立油茶專業合作社,注冊“瀲清”牌山茶油商標,成立了生產山茶油的工廠。在該村的示范帶動下,該縣其他村紛紛效仿,僅3年時間,全縣的油茶專業合作社就達到100家,全縣年產山茶油300多噸,產值突破2000多萬元。\n"
          "此外,該縣還引進了聚芳永茶業、好晟好山茶油、傻教授皇菊等農產品深加工企業,通過市場拉動進一步帶動農業產業化發展。如今,婺源茶葉、山茶油等農產品已經走出了傳統粗放式生產的老套路,形成了集生產、倉儲、保鮮、加工于一體的產業集群。\n"
          "①本網注明“稿件\n")
# seeds/2021-10-28_全国休闲农业重点县婺源.txt of hd69b: its head, its list's first and 江西's entries, its end.
LISTED = ("日前\n农业农村部对外发布\n首批全国休闲农业重点县名单\n全国共有60个县(市、区)\n被认定为2021年全国休闲农业重点县\n江西两县(市)上榜!\n"
          "作为首批认定的全国休闲农业重点县\n不难想象,含金量满满~\n快一起来看看有没有你的家乡\n👇👇\n附件\n2021年全国休闲农业重点县\n"
          "北京市延庆区\n北京市怀柔区\n天津市蓟州区\n天津市宝坻区\n河北省正定县\n河北省涉县\n"
          "安徽省黟县\n安徽省金寨县\n福建省泰宁县\n福建省永泰县\n江西省婺源县\n江西省井冈山市\n"
          "新疆维吾尔自治区温宿县\n新疆维吾尔自治区温泉县\n婺源县和井冈山市\n凭什么实力上榜的呢?\n发布哥带大家来看看\n婺源县\n"
          "婺源,位于江西省东北部,与皖、浙两省交界,土地面积2967平方公里,辖16个乡(镇)、1个街道、1个工业园区、208个村(居)委会,人口37万。"
          "因生态环境优美和文化底蕴\n")


def test_1_a_verb_of_going_into_a_place_is_no_part_of_its_name(tmp_path):
    assert not is_place("走进婺源县")
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *WUYUAN), POSTED, "2014-12-01_婺源特色种养产业拓宽致富渠道.txt")
    assert {f.jurisdiction for f in ff.facts} <= {"婺源县", "江西省"}  # (no 走进婺源县)
    lede = first_saying(ff.facts, "走进婺源县的大小农村")
    assert (lede.jurisdiction, lede.external) == ("婺源县", False)


def test_2_a_page_speaking_of_the_own_place_throughout_is_its_not_its_posters(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *WUYUAN), POSTED, "2014-12-01_婺源特色种养产业拓宽致富渠道.txt")
    assert (ff.source.jurisdiction, ff.source.issuer) == ("婺源县", "江西省人民政府")
    tea = first_saying(ff.facts, "2013年婺源全县茶叶种植面积")
    assert (tea.jurisdiction, tea.external) == ("婺源县", False)
    assert all(f.jurisdiction == "婺源县" and not f.external for f in ff.facts)


def test_2_a_county_profile_under_a_national_list_is_the_countys(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws2", *WUYUAN), LISTED, "2021-10-28_全国休闲农业重点县婺源.txt")
    profile = first_saying(ff.facts, "婺源，位于江西省东北部")
    assert (profile.jurisdiction, profile.external) == ("婺源县", False)


def test_2_a_province_named_where_the_county_lies_or_a_statement_not_naming_it_is_no_subject():
    profile = "婺源，位于江西省东北部，与皖、浙两省交界，土地面积2967平方公里，辖16个乡（镇）、1个街道、1个工业园区、208个村（居）委会，人口37万。"
    assert _spoken_of_throughout([profile], "婺源县")
    assert not _spoken_of_throughout([profile], "江西省")
    # (hd69b's 2017 央广网 page: its second paragraph names no 婺源)
    scene = "走进赋春镇严田村，山峦青翠，碧水潺潺，古巷深深，景致迷人。但在几年前，这里田地抛荒，经济萧条。"
    assert not _spoken_of_throughout([profile, scene], "婺源县")
