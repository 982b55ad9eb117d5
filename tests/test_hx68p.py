"""hx68p: whose place a page is (held-out hd68a, 射洪市交通运输局; hd68c, 汉中市经济合作局), each on its seed's real lines.

a. A page whose title and lede open on a place (射洪市:“四个抓手”… / 射洪市立足…), reposted by another place's unit its source
   field names (来源:遂宁市民政局), is that place's, the unit only its publisher: its work (2021年完成14个镇、109公里…畅通工程, 产业路
   85公里) is 射洪市's work done (was 遂宁市's, 外地, background); the parent city named as the frame of a campaign (以遂宁市创建
   “四好农村路”国家级示范市为抓手) moves neither its heading nor the items under it to the parent.
b. A page saying 我市 and naming its city by its stem (进入汉中, “医养在汉中”) is that city's, not a place named only at the head of a
   guest body whose head it names (上海市南通商会会长王文其) or as a counterpart dealing with 我市 (南通市向我市捐赠…); a municipality's
   short name in the guests' bodies (上海中医药大学, 上海南通名医促进会) names it no more; and a unit named once, joined to another
   body (市卫健委和上海南通名医促进会决定…), is no issuer (was 上海市卫健委, 上海市's page, all 外地).
c. Those attending the page's own event, listed first by a provincial unit's post (陕西省商务厅副厅长戴士芳，…出席活动，…200多位代表
   参加了对接暨签约仪式) are the event's, the page's place (was 陕西省, 外地): the first guest's unit places no list.
d. (md59d) A scene word (会上，) is dropped only before a subject (会上，市卫健委和…; 会上，我局以…), never before a bare verb (会上，观看了我市
   宣传片…); an item whose first sentence so opens keeps the event sentence picking cut (hd68c: part one had 观看了我市宣传片，与会嘉宾
   作了交流发言。…市卫健委…签订框架协议。 alone, of no event and no doer).
e. (ua59) A page whose title names the own place's urban area (射洪城区 of 射洪市: the bureau's own answer on a 民情热线) is that
   place's, not 外地; a district named like an urban area (鲤城区 of 泉州市) stays itself.
"""

from __future__ import annotations

import docx
from helpers import distil, first_saying, part_one, seeds_draft, unit_workspace

from drafter.compose.sentences import unreported, with_event_told
from helpers import HANZHONG

# hd68a's bureau: its name, short name, place and areas.
SHEHONG = ("射洪市交通运输局", "市交通运输局", "射洪市",
           "太和街道, 平安街道, 子昂街道, 金华镇, 沱牌镇, 太乙镇, 洋溪镇, 涪西镇, 仁和镇, 香山镇, 复兴镇, 潼射镇, 明星镇, 天仙镇, 大榆镇, 广兴镇, 金家镇, 瞿河镇, 官升镇, 青岗镇, 文升镇, 东岳镇, 柳树镇, 陈古镇")
# seeds/2021-09-16_射洪市四个抓手推动乡村振兴交通先行.txt of hd68a, whole.
REPOSTED = '政府信息公开\n工作动态\n\n射洪市:“四个抓手”推动乡村振兴交通先行\n\n来源:遂宁市民政局 发布时间:2021-09-16 19:18 浏览次数: 字体: [ ] 打印\n\n射洪市立足交通“先行官”定位,紧扣镇村两项改革“后半篇”文章“提升农村交通运输服务水平”改革任务,按照“基础设施建设不削弱、基本公共服务不降低”的要求,坚持“四个抓手”,着力推动乡村振兴交通先行和县域经济高质量发展。\n\n一、以遂宁市创建“四好农村路”国家级示范市为抓手,高标准打造示范廊道。一是突出重要节点,抓好项目建设。2021年,着力建设“四好农村公路”119公里,重点对遂宁农业产业大环线龙泉村综合驿站、射洪百里农环线酒粮基地路段、公路文化展厅等节点实施提升改造,按照“四统一”“五有”标准覆盖乡村客运“金通工程”,农业、扶贫、文广旅游等部门做好沿线产业展示工作,全力打造示范廊道。二是推动产业发展,彰显辐射效应。将示范廊道建设与推动射洪“两环四带十二园”现代农业特色产业发展紧密融合,辐射推动北部大环线观光农业,20万亩生态酒粮园区,3000万羽白羽肉鸡全产业链园区等重点产业连片开发,为射洪融入遂宁“中环线”“农环线”,融入成渝地区双城经济圈提供坚实的底部支撑。\n\n二、以完善农村路网结构为抓手,高质量实施“三项工程”。一是实施撤并建制村畅通工程。坚持把实施撤并建制村畅通工程作为深化乡村基础设施建设,实现巩固拓展脱贫攻坚成果与乡村振兴有效衔接的重要举措,切实抓好撤并建制村与新村委会之间直连道路建设。2021年完成14个镇、109公里撤并建制村畅通工程。二是实施乡村振兴旅游路产业路建设。建设北部产业大环线、百里农环线、农环线支线等产业路85公里,改建旅游环线、螺\n'

# seeds/2020-09-18_tonghan-xiezuo-zuotanhui.txt of hd68c, whole.
HOSTED = '当前位置: 首页 > 新闻中心 > 政务要闻\n\n我市举行通汉协作交流座谈会\n\n9月18日,我市举行通汉协作交流座谈会,围绕两地扶贫协作和经济合作,交流经验、共谋发展。上海中医药大学校长徐建光,中科院院士樊嘉等来自长三角地区的50余名专家、企业家、商协会代表参加。市委常委、常务副市长陈晓勇,副市长屈占权、邱仕伟参加。\n\n会上,观看了我市宣传片,与会嘉宾作了交流发言。上海市南通商会会长王文其向略阳县捐赠扶贫资金30万元,南通市向我市捐赠一批图书。为引进长三角优质医疗资源进入汉中,打造“医养在汉中”城市品牌,市卫健委和上海南通名医促进会决定围绕两地在医疗健康卫生领域开展长期合作,并签订框架协议。\n\n陈晓勇对远道而来的客人表示欢迎,对大家给予通汉协作的大力支持表示感谢。陈晓勇就我市经济社会发展、“四个在汉中”的城市品牌、通汉协作以来的措施和成效作了介绍。他希望双方进一步携手共进、务实合作,推动两地互动交流取得更加丰硕的成果。(汉中日报)\n'

# seeds/2018-03-19_zhongdian-hezuo-xiangmu-qianyue.txt of hd68c, to its list of those attending.
ATTENDED = '打開ChinaNews閱讀\n\n漢中市重點合作項目集中對接暨簽約儀式在勉縣舉行\n\n國際在線2018-03-19 17:40:01\n\n【三秦大地 勉縣+專題 (相約三國聖地 最美花海勉縣)新聞速遞】漢中市重點合作項目集中對接暨簽約儀式在勉縣舉行  \n\n  漢中市重點合作項目簽約儀式現場(勉縣縣委宣傳部 供圖)\n\n  國際在線陜西頻道消息:3月18日下午,借助2018中國最美油菜花海漢中旅遊文化節平臺,陜西省漢中市重點合作項目集中對接暨簽約儀式在勉縣舉行。本次對接暨簽約儀式由陜西省商務廳、漢中市人民政府主辦,漢中市經濟合作局、勉縣人民政府承辦。\n\n  陜西省商務廳副廳長戴士芳,漢中市委常委、副市長謝京帥,漢中市委常委、市紀委書記康傑,漢中市人大常委會副主任徐有業,漢中市政協副主席、勉縣縣委書記馬大勇,漢中市政府副秘書長吳永善出席活動,部分外國駐陜機構、重點商協會、相關企業、省市有關部門、各縣區的200多位代表參加了對接暨簽約儀式。\n'


def test_a_a_page_opening_on_a_place_is_that_places_not_its_reposting_units(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *SHEHONG), REPOSTED, "2021-09-16_射洪市四个抓手推动乡村振兴交通先行.txt")
    assert (ff.source.jurisdiction, ff.source.issuer) == ("射洪市", "遂宁市民政局")
    assert all(f.jurisdiction == "射洪市" and not f.external for f in ff.facts)
    assert first_saying(ff.facts, "以遂宁市创建").jurisdiction == "射洪市"  # (the parent city is the campaign's frame)
    assert first_saying(ff.facts, "2021年完成14个镇").kind == "done"
    assert first_saying(ff.facts, "产业路85公里").kind == "done"


def test_b_a_page_saying_wo_shi_of_its_city_is_not_its_guests_place(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *HANZHONG), HOSTED, "2020-09-18_tonghan-xiezuo-zuotanhui.txt")
    assert (ff.source.jurisdiction, ff.source.issuer) == ("汉中市", None)
    assert all(f.jurisdiction == "汉中市" and not f.external for f in ff.facts)
    donated = first_saying(ff.facts, "捐赠扶贫资金30万元").figures
    assert [g.place for g in donated if g.raw == "30万元"] == ["略阳县"]


def test_c_those_attending_the_pages_event_are_the_events_not_the_first_guests_unit(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *HANZHONG), ATTENDED, "2018-03-19_zhongdian-hezuo-xiangmu-qianyue.txt")
    assert ff.source.jurisdiction == "汉中市"
    attended = first_saying(ff.facts, "出席活动")
    assert (attended.jurisdiction, attended.external) == ("汉中市", False)
    assert [g.place for g in attended.figures if g.raw == "200多位"] == [None]


# hd68c's proposal (关于汇聚异地汉商资源，助力汉中经济发展的提案): its opening and first two items.
PROPOSAL = ("汉中籍在外企业家(汉商)分布在粤港澳大湾区等全国各地,是我市招商引资的宝贵资源。为更好汇聚异地汉商资源,助力汉中经济发展,建议:\n\n"
            "一、凝聚汉商力量,推动抱团发展。团结在外汉商,打出汉商品牌,培育汉商文化,依托各地汉中商会,组建汉商联盟等组织,"
            "搭建海内外汉中籍企业家沟通交流、协同发展的平台。\n\n"
            "二、搭建高端平台,广泛宣传推介。利用国家和省上举办的各类投资促进活动,加入“汉商元素”,推介汉商资源,收集合作线索,"
            "吸引汉商回乡投资兴业。\n")
SCENE = "会上，观看了我市宣传片，与会嘉宾作了交流发言。"
HELD = "9月18日，我市举行通汉协作交流座谈会，围绕两地扶贫协作和经济合作，交流经验、共谋发展。"


def test_3_a_scene_word_is_dropped_only_before_a_subject():
    signed = "会上，市卫健委和上海南通名医促进会决定围绕两地在医疗健康卫生领域开展长期合作，并签订框架协议。"
    assert unreported([SCENE, signed]) == [SCENE, signed.removeprefix("会上，")]
    assert with_event_told([SCENE], HELD + SCENE) == [HELD, SCENE]
    assert with_event_told([signed], HELD + signed) == [signed]  # (a subject: no event needed)


def test_3_an_item_opening_on_a_scene_without_subject_keeps_its_event(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HANZHONG)
    _, out = seeds_draft(tmp_path, ws, {"2020-09-18_tonghan-xiezuo-zuotanhui.txt": HOSTED}, "239",
                         "关于汇聚异地汉商资源，助力汉中经济发展的提案", PROPOSAL, "--deputy", "张红", "--proposal", "--type", "A",
                         "--date", "2021-05-29")
    told = [p for p in part_one(docx.Document(out)) if "观看了我市宣传片" in p]
    assert told and told[0].startswith("2020年9月18日，我市举行通汉协作交流座谈会。会上，观看了我市宣传片，与会嘉宾作了交流发言。"), told


# seeds/2022-08-22_射洪城区直达金华公交民情热线回复.txt of hd68a (遂宁日报, 2022-08-22): the stored page.
HOTLINE = (
    "近日,市民蒋先生拨打遂宁传媒集团民情热线2711582,称射洪市金华镇作为射洪市域副中心,却没有直达射洪市城区的公交车。希望开通射洪直达金华的"
    "公交车,方便群众出行的同时,更好地促进金华旅游业发展。\n"
    "那么,能否开通射洪市城区直达金华镇的公交车呢?随后,记者联系射洪市交通运输局,得到回复如下:\n"
    "目前,金华线路客运车辆共计27辆、378座。据统计,客流高峰时段平均每天能够输运旅客3000余人,客流淡季车辆轮流停运休息,日发送旅客2000余人,"
    "主要运送射洪至金华及沿线旅客。除此,还有射洪至香山城乡公交车4辆,射洪至复兴城乡公交车16辆,射洪至潼射城乡公交车6辆,金华区域城乡公交、"
    "农村客运已全覆盖,群众出行较为方便,淡季运力过剩的矛盾十分突出。由于政策、布局以及可能存在安全隐患等原因,开通射洪市城区直达金华线路公交车,"
    "暂不可行。 (全媒体记者何飞)\n")


def test_the_urban_area_of_the_own_place_is_the_own_place(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *SHEHONG), HOTLINE, "2022-08-22_射洪城区直达金华公交民情热线回复.txt")
    assert ff.source.jurisdiction == "射洪市"
    assert ff.facts and not any(f.external for f in ff.facts)


def test_a_district_named_like_an_urban_area_stays_itself(tmp_path):
    # (鲤城区 of 泉州市 is a district, not 泉州's urban area; another city's 城区 stays another's)
    quanzhou = ("泉州市科学技术局", "市科技局", "泉州市", "鲤城区, 丰泽区, 洛江区, 泉港区")
    text = "近日，鲤城区科技局组织辖区企业开展科技政策宣讲，共服务企业30家。\n"
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *quanzhou), text, "2022-08-22_鲤城区科技政策宣讲.txt")
    assert ff.source.jurisdiction == "鲤城区"
