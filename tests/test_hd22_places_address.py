"""Held-out round hd22 (武汉市人社局, 天台县交通运输局, 龙陵县教育体育局, 甘南州林草局): whose a source and its statements are —
the writer a cited title names, a county's unit's work, a part's share, a source's main place — and whom a reply addresses.

Each test distils a short excerpt of a real page (its words as the page prints them, web clutter kept; the page is named in the
test) through the public path a user's ``drafter distill`` takes, in a workspace of the bureau.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner

from drafter.cli import cli
from helpers import LONGLING_2020, distil, unit_workspace

# 武汉市人社局's reply to 市政协十三届三次会议第20190244号提案 (rsj.wuhan.gov.cn, 2019-08-28), its head and first section.
WUHAN_20190244 = """首页/ > 政府信息公开/ > 法定主动公开内容/ > 其他主动公开内容/ > 建议提案办理

关于市政协十三届三次会议第20190244号提案的答复

来源: 发布时间:2019年08月28日 17:08

一、关于实施职业教育培训计划,提高劳动者整体素质的工作情况

(一)加强顶层设计,不断完善职业培训政策制度体系。

多年以来,市委市政府高度重视技能人才队伍建设,先后印发了《关于切实做好高技能人才工作的实施意见》《市人民政府办公厅关于实施紧缺技能人才振兴计划的意见》《武汉市中长期人才发展规划(2010-2020)》等一系列政策性文件。市人社局也先后制定了《武汉市职业培训管理暂行办法》《武汉市高技能人才培训基地建设项目管理暂行办法》《关于贯彻〈市人民政府关于加强职业培训促进就业的意见〉的实施意见》等一系列配套文件,较好完善了我市以就业技能培训、岗位技能提升培训和创业培训为主要内容的职业培训政策制度体系。

(二)坚持高端引领,积极构建多层次激励机制。市人社局以“武汉市首席技师”、“武汉市技能大师”、“武汉市技术能手”等评选活动为平台,建立了完善、规范、科学的社会化激励机制。
"""


def test_a_unit_named_only_in_cited_titles_is_not_the_writer(tmp_path):
    """The reply was filed as 武汉市人民政府's (hd22a fault 3): 市人民政府 was counted twice, both times inside the title of a
    document the reply cites (《市人民政府办公厅关于…》, 〈市人民政府关于…〉), as often as 市人社局, which the text speaks as. A
    name inside 《》 is the cited document's issuer, not the writer: the bureau's own reply."""
    ws = unit_workspace(tmp_path / "ws", "武汉市人力资源和社会保障局", "市人社局", "武汉市")
    ff = distil(tmp_path, ws, WUHAN_20190244, "2019-08-28_20190244号提案答复.txt")
    assert ff.source.issuer == "武汉市人力资源和社会保障局"
    assert ff.source.jurisdiction == "武汉市"


def _gannan(tmp_path):
    return unit_workspace(tmp_path / "ws", "甘南藏族自治州林业和草原局", "州林草局", "甘南州",
                          "合作市, 临潭县, 卓尼县, 舟曲县, 迭部县, 玛曲县, 碌曲县, 夏河县")


# 甘南州林草局's reply to 第94号建议 (lycy.gnzrmzf.gov.cn, 2022-06-28), as the page prints it.
GANNAN_94 = """建议提案办理
当前位置: 网站首页 >> 政务信息公开 >> 法定主动公开内容 >> 建议提案办理
甘南州林业和草原局关于对州十七届人民代表大会第一次会议第94号建议的答复
发布日期:22/07/14 09:32:23 作者:林草局 点击数: 来源:

州林草资字〔2022〕130号

甘南州林业和草原局关于对州十七届人民代表大会第一次会议第94号建议的答复

侯喜荣代表:

您好!您在甘南州十七届人民代表大会第一次会议上提出的“关于恢复九甸峡库区生态植被的建议”收悉。现答复如下:

对于您的建议我局高度重视。针对建议中“卓尼县藏巴哇镇九甸峡库区是国家重要水源地,近年来,因沙场过度开挖,对库区周围山体生态植被造成严重破坏。目前,急需解决九甸峡库区生态植被恢复和道路修复问题。”,经我局积极协调沟通,卓尼县自然资源局在今年甘南黄河上游水源涵养区山水林田湖草沙一体化保护和修复工程项目中,安排中央资金总计2110万元,用于卓尼县藏巴哇X411线历史遗留矿山生态修复工程。目前即将完工。

在此,感谢您对我州林草工作的关心和支持,希望以后能够一如既往地关注我州林草工作。

甘南州林业和草原局

2022年6月28日
"""


def test_a_county_units_money_is_the_countys(tmp_path):
    """卓尼县自然资源局…安排中央资金总计2110万元 was filed as 甘南州's and drafted as the bureau's result (hd22d fault 2): the
    subject of the figure's sentence is a county's unit (after 经我局积极协调沟通, the bureau's part), so the work and its money
    are that county's — an area's example, named as such, never the 州's own."""
    ff = distil(tmp_path, _gannan(tmp_path), GANNAN_94, "2022-06-28_第94号建议答复.txt")
    money = next(f for f in ff.facts if "2110万元" in f.text)
    assert ff.source.jurisdiction == "甘南州"
    assert money.jurisdiction == "卓尼县" and not money.external
    assert [g.place for g in money.figures] == [None]  # (the fact's place holds for its figure)


# …its reply to 第113号建议 (2021), to three deputies of 迭部县, cut where the page's excerpt ends.
GANNAN_113 = """甘南州林业和草原局关于对州十六届人大六次会议第113号建议的答复
发布日期:21/09/24 15:59:22 作者:林草局 点击数: 来源:

州林草造字〔2021〕105号

闹交、尕让草、沙木九代表:

您在州十六届人大六次会议上提出的“关于落实国土绿化项目资金解决群众苗木滞销问题的建议”收悉,现答复如下:

首先感谢您对林业生态建设和林区民生事业关心与支持!对于你们提出的“关于落实国土绿化项目资金解决群众苗木滞销问题的建议”符合当前国家、省州推进大规模国土绿化相关政策,也非常切合迭部县群众苗木滞销困难实际情况,对此我们高度重视。为切实加大你县国土绿化资金投入,改善白龙江沿岸生态植被脆弱问题,解决群众育苗销售困难,我们从以下几个方面进行了争取落实:一是争取落实新一轮退耕还林1600亩,投资256万元,占全州退耕还林总任务的50%,解决当地群众各类苗木26.7万株;二是争取落实中央财政造林补助资金160万元,造林绿化8000亩,解决当地群众育苗133.6万余株;三是积极争取落实中央预算内投资天保工程重点项目人工造林4000亩,投资200万元,封山育林5000亩,投资50万元,解决当地苗木44.4万株。
"""


def test_a_replys_items_for_your_county_are_that_countys(tmp_path):
    """The items a reply to 迭部县's deputies lists for 你县 (一是争取落实新一轮退耕还林1600亩…占全州退耕还林总任务的50%) were filed
    as 甘南州's results (hd22d fault 3): a reply saying 你县 speaks of the one county it names; where it names none of the
    workspace's counties, its items are no result of the whole."""
    ff = distil(tmp_path, _gannan(tmp_path), GANNAN_113, "2021-09-24_第113号建议答复.txt")
    items = [f for f in ff.facts if f.text.startswith(("一是", "二是", "三是"))]
    assert len(items) == 3 and {f.jurisdiction for f in items} == {"迭部县"}
    assert all(f.kind == "done" for f in items)
    unnamed = GANNAN_113.replace("也非常切合迭部县群众苗木滞销困难实际情况,", "")
    (tmp_path / "b").mkdir()
    ff = distil(tmp_path / "b", _gannan(tmp_path / "b"), unnamed, "2021-09-24_第113号建议答复.txt")
    items = [f for f in ff.facts if f.text.startswith(("一是", "二是", "三是"))]
    assert len(items) == 3 and all(f.kind != "done" for f in items)


# 龙陵县教育体育局's 2020 reply to one deputy: helpers.LONGLING_2020.


def test_a_reply_is_learned_to_address_as_many_as_it_names(tmp_path):
    """第113号 addresses three deputies (对于你们提出的…) and was learned as addressing 您, so a draft to two said 您们 where the
    bureau says 你们 (hd22d fault 5); 龙陵's reply to one deputy (你在…提的, 感谢你…) was learned as 你们 from its last line's
    希望你们 (hd22c fault 8). The word learned is the one said most of those for as many readers as the addressee names."""
    ff = distil(tmp_path, _gannan(tmp_path), GANNAN_113, "2021-09-24_第113号建议答复.txt")
    assert ff.source.deputy == "闹交、尕让草、沙木九" and ff.source.address == "你们"
    ws = unit_workspace(tmp_path / "ll", "龙陵县教育体育局", "县教育体育局", "龙陵县")
    ff = distil(tmp_path, ws, LONGLING_2020, "2020-08-24_朝阳幼儿园搬迁建议答复.txt")
    assert ff.source.deputy == "张建能" and ff.source.address == "你"


# 天台县's suggestion 197 (the held-out round's suggestion.txt), its head: the lead deputy and the ten signing with him.
TIANTAI_197 = """关于要求实施王阿良事迹展览馆通村道路拓宽重建的建议

领衔代表：邱威高
附议代表：丁平林、姜礼掌、徐台平、陈立明、徐台镜、陈达满、施宇、陈维全、赵祖伟、许春苗

王阿良事迹展览馆所在区域的通村道路（村道C142）路面破坏、损毁严重，路面狭窄，传教自然村至下堆自然村之间仍有断头桥路段未打通，群众出行和参观不便。为此建议：
一、尽快对王阿良事迹展览馆通村道路损毁路段进行修复。
"""


def test_a_lead_deputy_with_co_signers_is_addressed_with_their_number(tmp_path):
    """With ``--deputy 邱威高`` and 附议代表：丁平林、…许春苗 in the suggestion, the draft was addressed 邱威高代表： and said 您 (hd22b
    fault 5); the real reply: …等11位代表：你们…. The lead named with the co-signers' number, addressed as several."""
    ws = unit_workspace(tmp_path / "ws", "天台县交通运输局", "县交通运输局", "天台县")
    (tmp_path / "s.txt").write_text(TIANTAI_197, "utf-8")
    out = tmp_path / "197.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "197", "关于要求实施王阿良事迹展览馆通村道路拓宽重建的建议",
                                      "--deputy", "邱威高", "--type", "B", "--date", "2025-06-26",
                                      "--text", str(tmp_path / "s.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    paragraphs = [p.text for p in docx.Document(out).paragraphs if p.text.strip()]
    at = paragraphs.index("邱威高等11位代表：")
    assert paragraphs[at + 1].startswith(("您们提出的", "你们提出的"))


# 中国绿色时报's undated news of 合作市's new bureau (hd22d's seed), as the page prints it.
HEZUO_NEWS = """甘肃省合作市成立林业和草原局

近日,甘肃省合作市林业和草原局挂牌成立。这是自上一轮机构改革以来,甘南藏族自治州第一个恢复组建的县市级林草局。

甘南州地处青藏高原东北边缘和黄河、长江两大水系的分水岭地区,是黄河上游重要水源涵养区,是国家重要生态安全屏障区。甘南州也是甘肃省最大的天然林区和高寒草甸区,森林覆盖率17.81%,草原植被盖度97.14%。全州林草湿总面积占全州国土面积的92.98%。境内有各级各类自然保护地32个,其中国家级自然保护区4个、省级自然保护区4个、自然公园24个,占国土总面积的43.7%。

来源:中国绿色时报
"""
# 天台县交通运输局's 2015 news page (hd22b's seed), a 湖州 item the page ran on after it, cut where the page is.
TIANTAI_NEWS = """台州天台投入4500万元启动为民办实事交通项目

19.06.2015  21:23
  为办好省、市政府为民办实事项目的农村公路提升改造,目前,台州天台投入4500万元启动为民办实事交通项目,涉及农村公路提升改造、路面大中修工程、安保工程等多个项目,计160多公里,建成港湾式停靠站50个,以全面提升农村公路发展水平,为台州“一都三城”建设提供交通保障。
  为实施好这些为民办实事交通项目,天台围绕“建好、管好、护好、运营好”的总要求,加快农村公路提升改造步伐,专门成立了为民办实事公共交通项目领导小组,确保为民办实事公共交通项目有序推进。(天台县交通运输局 齐优涛 齐晓萍报送)
前三季度湖州市重点物流项目发展迅速
前三季度,湖州市重点物流项目投资完成情况良好,截止到9月底,12个重点物流项目累计完成投资21.交通运输厅
"""


def test_a_sources_place_is_its_main_parts_and_a_wider_places_statement_that_places(tmp_path):
    """合作市's news put 甘南州's 森林覆盖率17.81% and 自然保护地32个 under 合作市 (hd22d fault 6): a statement opening on a
    prefecture (甘南州地处…) is the prefecture's, and its 全州 whole is that prefecture's, not the news item's 合作市; 天台's
    news was filed under 湖州市 (hd22b fault 7), the place of an item the page ran on after it: a title naming its place
    short (台州天台) is of the place the text names in full (天台县交通运输局)."""
    ff = distil(tmp_path, _gannan(tmp_path), HEZUO_NEWS, "合作市成立林业和草原局.txt")
    assert ff.source.jurisdiction == "合作市"
    wide = next(f for f in ff.facts if "17.81%" in f.text)
    assert wide.jurisdiction == "甘南州" and not any(g.place for g in wide.figures)
    ws = unit_workspace(tmp_path / "tt", "天台县交通运输局", "县交通运输局", "天台县")
    ff = distil(tmp_path, ws, TIANTAI_NEWS, "天台投入4500万元启动为民办实事交通项目.txt")
    assert ff.source.jurisdiction == "天台县"
    own = next(f for f in ff.facts if "4500万元" in f.text)
    assert own.jurisdiction == "天台县" and not own.external
    assert all(f.external and f.jurisdiction == "湖州市" for f in ff.facts if "湖州" in f.text)


def test_a_parts_share_of_the_whole_is_the_parts(tmp_path):
    """占全州退耕还林总任务的50%, of 迭部县's 1600亩, measures the county's part against the 州: the county's figure, not placed
    in the 州 (hd22d fault 3)."""
    ff = distil(tmp_path, _gannan(tmp_path), GANNAN_113, "2021-09-24_第113号建议答复.txt")
    first = next(f for f in ff.facts if f.text.startswith("一是"))
    assert first.jurisdiction == "迭部县" and [g.place for g in first.figures if g.raw == "50%"] == [None]


def test_a_draft_to_two_deputies_says_what_the_bureau_says_to_several(tmp_path):
    """With 第113号 (to three deputies, 对于你们提出的…) in the base, the held-out draft to 刘振恒、贡保才旦 said 您们提出的… where the
    bureau says 你们 (hd22d fault 5): the reply is learned as saying 你们, and the draft to several says it."""
    ws = _gannan(tmp_path)
    (tmp_path / "113.txt").write_text(GANNAN_113, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "113.txt")]).exit_code == 0
    out = tmp_path / "156.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "156", "关于对玛曲县湿地、草原、林业碳汇开发试点的建议",
                                 "--deputy", "刘振恒、贡保才旦", "--type", "B", "--date", "2024-06-28", "-o", str(out)])
    assert result.exit_code == 0, result.output
    paragraphs = [p.text for p in docx.Document(out).paragraphs if p.text.strip()]
    at = paragraphs.index("刘振恒、贡保才旦代表：")
    # (in the words its one reply opens with, 您在…上提出的“…”收悉, its session to fill: h276)
    assert paragraphs[at + 1].startswith("你们在【待补充：会议届次】上提出的《关于对玛曲县湿地、草原、林业碳汇开发试点的建议》收悉"), paragraphs


# Made-up news page (worded as TIANTAI_NEWS): a title whose word (平安交通) opens as a district's name does (平安区, named in the
# text as a visitor's).
SAFE_ROADS = """全县召开平安交通建设现场推进会

近日,全县平安交通建设现场推进会在天台县召开。会上,海东市平安区交通运输局介绍了平安交通建设经验。今年以来,天台县累计投入安保工程资金300万元,完成农村公路安保工程120公里。
"""


def test_a_word_in_a_title_is_no_short_place_name(tmp_path):
    """平安交通 in the middle of a title, after no place's name, is no short name of 平安区: the page is 天台县's."""
    ws = unit_workspace(tmp_path / "tt", "天台县交通运输局", "县交通运输局", "天台县")
    ff = distil(tmp_path, ws, SAFE_ROADS, "全县召开平安交通建设现场推进会.txt")
    assert ff.source.jurisdiction == "天台县"
    assert next(f for f in ff.facts if "300万元" in f.text).jurisdiction == "天台县"
