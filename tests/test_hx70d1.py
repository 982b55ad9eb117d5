"""hx70d1: findings of the held-out test hd70d (富源县综合行政执法局; its base held 云县住建局's reply and a 昆明 news item), each on
its seed's real lines.

1. Every county named by one character is one (云县 of 云南临沧, 佳县 of 陕西榆林, 沧县 of 河北沧州, 朗县 of 西藏林芝, and 义县, 邱县,
   古县, 房县, 高县, 索县 the list also lacked): 云县住房和城乡建设局's reply is 云县's (was 启用云县's, its every fact another place's),
   and a 云县 workspace's draft cites its own 110个. A superlative opens no name (全省最佳县城: no 最佳县, nor 佳县), nor does a
   two-character name ending in one of them make that county (祥云县 is no 云县).
2. A place's name never opens on a verb: 同时启用云县第二垃圾填埋场 names no 启用云县.
3. A list of places after 在 is a scope, never its first place's: 2018年，昆明在五华区、盘龙区、官渡区…所有街道中选取30%个街道 is
   昆明市's statement (was 五华区's).
"""

from __future__ import annotations

import pytest
from helpers import comments_on, distil, page_draft, unit_workspace

from drafter.distill.facts import owner_place
from drafter.distill.places import is_place, leading_places, places_in

# seeds/2021-12-27_云县住建局政协42号提案答复垃圾处理设施.txt of hd70d: its head, its first two paragraphs of work.
YUNXIAN_REPLY = (
    "云县人民政府\n无障碍浏览长者模式\n\n返回首页\n\n政府信息公开\n\n云县住房和城乡建设局关于对县政协九届五次会议第42号提案的答复意见\n\n\n"
    "来源:云县人民政府 作者:云县住建局  时间:2021-12-27 点击率:打印 】【 关闭\n\n"
    "云县住房和城乡建设局关于对县政协九届五次会议第42号提案的答复意见\n\n云县住建发〔2021〕215号\n\n\n 张丽芳等6名委员:\n\n"
    "你们在云县政协九届五次会议提出的关于加快建设科学处理垃圾设施的建议的提案收悉。现答复如下:\n\n"
    "针对你们提出的问题,我们结合爱国卫生“7个专项行动”以及创建国家卫生县城工作,不断完善垃圾科学处理设施,将全县的传统勾背式铁皮垃圾箱"
    "更换为更加环保、美观、实用的分类式垃圾桶,全县共安装了垃圾分类亭110个(布置塑料垃圾桶496只),同时配套3辆相应的垃圾清运车。"
    "为推动垃圾分类工作,我们发动强大的宣传攻势,以网格单位、网格员为宣传主力军,以发放宣传手册、张贴宣传标语、播放宣传视频、开展市民爱国卫生"
    "“众参与”活动为宣传手段,不断向市民普及垃圾分类的必要性和重要性,同时引导群众学会垃圾分类,主动参与垃圾分类。\n\n"
    "云县共有2个生活垃圾填埋场,第一生活垃圾填埋场已于9月26日启动第一垃圾填埋场封场工程对存在的问题进行处理。同时启用云县第二垃圾填埋场,"
    "要求负责人按填埋标准对垃圾进行规范填埋,避免二次污染。\n")
YUNXIAN_NAME = "2021-12-27_云县住建局政协42号提案答复垃圾处理设施.txt"
YUNXIAN = ("云县住房和城乡建设局", "县住建局", "云县")
# seeds/2019-01-26_昆明加快推进城乡生活垃圾分类.txt of hd70d: its head and second paragraph.
KUNMING_NEWS = (
    "昭通汽车网 发表于 2019-1-26 18:06:37\n\n昆明加快推进城乡生活垃圾分类\n\n"
    "记者日前从云南省昆明市政府获悉,2017年以来,昆明加快推进城乡生活垃圾分类工作。截至目前,昆明主城区开展生活垃圾分类试点街道共22个,"
    "涵盖150个社区,已开展试点户数20余万户,并在逐步增加。\n\n"
    "2018年,昆明在五华区、盘龙区、官渡区、西山区、呈贡区、高新区、经开区、度假区所有街道中选取30%个街道,以及其他县(市、区)辖区政府"
    "所在地街道(乡镇),进行城市生活垃圾分类试点。全市各县(市、区)选取10%乡镇进行农村生活垃圾分类试点,达不到比例的按1个乡镇试点。\n")
FUYUAN = ("富源县综合行政执法局", "县综合行政执法局", "富源县")


@pytest.mark.parametrize("county", ["云县", "佳县", "沧县", "朗县", "义县", "邱县", "古县", "房县", "高县", "索县"])
def test_every_county_named_by_one_character_is_a_place(county):
    assert is_place(county)
    assert leading_places(county + "住房和城乡建设局") == [county]


def test_a_superlative_or_a_longer_name_makes_no_county_of_one_character():
    assert places_in("云县住建发〔2021〕215号") == [(0, 2, "云县")]  # (its own document number's code)
    assert not is_place("最佳县")  # (was a place)
    assert places_in("该县荣获“全省最佳县城”称号") == []
    assert leading_places("大理州祥云县住房和城乡建设局") == ["大理州", "祥云县"]


def test_a_place_never_opens_on_a_verb():
    assert not is_place("启用云县")
    assert all("启用" not in name for _, _, name in places_in("同时启用云县第二垃圾填埋场,要求负责人按填埋标准对垃圾进行规范填埋"))


def test_a_one_character_countys_reply_is_its_own_and_its_draft_cites_its_figures(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *YUNXIAN)
    ff = distil(tmp_path, ws, YUNXIAN_REPLY, YUNXIAN_NAME)
    assert (ff.source.issuer, ff.source.jurisdiction) == ("云县住房和城乡建设局", "云县")  # (were 启用云县云县住房和城乡建设局, 启用云县)
    assert ff.facts and all(f.jurisdiction == "云县" and not f.external for f in ff.facts)
    asks = "当前我县城区群众环保意识差,垃圾摆放不规范。建议:\n一、加强宣传教育,提升群众环保意识;\n二、推行垃圾分类投放,规范垃圾摆放。\n"
    _, document = page_draft(tmp_path, ws, YUNXIAN_REPLY, asks, "180", "关于加强垃圾分类摆放建议", "--proposal", "--date", "2024-08-13",
                             name=YUNXIAN_NAME)
    cited = next(p.text for p in document.paragraphs if "垃圾分类亭110个" in p.text)
    assert any("云县住建发〔2021〕215号" in c for c in comments_on(tmp_path / "draft.docx", cited[:20]))


def test_a_list_of_places_after_its_city_is_the_citys_scope():
    line = KUNMING_NEWS.split("\n\n")[-1].replace(",", "，")
    assert owner_place(line) is None  # (was 五华区)
    assert owner_place("花生产业是滦州市传统的优势产业，所产花生具有荚果洁白、籽粒饱满等优点。") == "滦州市"  # (one place: its own)


def test_a_citys_deed_on_its_districts_is_the_citys(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *FUYUAN), KUNMING_NEWS, "2019-01-26_昆明加快推进城乡生活垃圾分类.txt")
    piloted = next(f for f in ff.facts if "五华区" in f.text)
    assert piloted.jurisdiction == "昆明市" and piloted.external  # (was 五华区)
