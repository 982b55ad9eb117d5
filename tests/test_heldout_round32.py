"""General reading rules found on held-out round 32 (units and places the earlier rounds did not hold — a reply of
天津市北辰区 to a city deputy's suggestion 0668, 济南市市中区商务局's year's account of its items, and others named in
each test).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document), in a
workspace of the page's own bureau, and asserts on the facts and metadata that come out.
"""

from __future__ import annotations


import pytest
from helpers import distil, unit_workspace, fact_texts



@pytest.fixture
def beichen(tmp_path):
    """A workspace of 天津市北辰区交通运输局 (its name, short name and district)."""
    return unit_workspace(tmp_path / "ws", "天津市北辰区交通运输局", "区交通运输局", "北辰区")


@pytest.fixture
def shizhong(tmp_path):
    """A workspace of 济南市市中区商务局 (its name, short name and district)."""
    return unit_workspace(tmp_path / "ws", "济南市市中区商务局", "区商务局", "市中区")


BEICHEN_0668 = ("关于北辰医院公交站附近交通安全问题的建议\n\n发布日期:2018-10-19 09:39 来源:北辰政务网\n\n"
                "对市十七届人大一次会议\n\n第0668号建议的答复\n\n王迎代表:\n\n"
                "您在市十七届人大一次会议上提出的《关于北辰医院公交站附近交通安全问题的建议》已收悉,领导对此建议非常重视。"
                "经研究,现提出答复意见如下:\n\n"
                "经与公交一公司实地展开调研,目前京津公路共涉及25条公交线路,因桥下辅路较狭窄无法容纳大型公交车辆集中行驶停靠。"
                "关于您提到的对现有立交桥和主辅路之间的隔离带进行改造,我区将协调道路养护单位——天津市道桥处对此问题进行研究,"
                "并将随时向您转达后续工作进展情况。\n\n"
                "    感谢您对北辰工作的关心、理解和支持。祝您身体健康、工作顺利!\n\n    二〇一八年五月三十日\n\n"
                "友情链接\n\n关于我们|网站地图|网站帮助|版权声明|法律声明\n\n"
                "主办单位:天津市北辰区人民政府  版权所有    承办:天津市北辰区人民政府办公室\n")


def test_a_districts_reply_to_a_city_deputy_is_not_the_citys(tmp_path, beichen):
    """北辰区's reply to the city's suggestion 0668 (tjbc.gov.cn/zwgk/jyta/202012/t20201229_5231478.html) speaks as
    我区将协调… and names its district only in the site's footer: it was read as 天津市's, the session's city, and every
    fact of the district's own work was another place's."""
    ff = distil(tmp_path, beichen, BEICHEN_0668, "beichen.txt")
    assert ff.source.jurisdiction != "天津市" and ff.source.suggestion_number == "0668"
    assert ff.facts and not any(f.external for f in ff.facts)


def test_a_footers_links_are_no_fact(tmp_path, beichen):
    """The same page ends on 友情链接 and 关于我们|网站地图|网站帮助|版权声明|法律声明: the links were a fact of work done,
    under a heading 友情链接."""
    ff = distil(tmp_path, beichen, BEICHEN_0668, "beichen.txt")
    assert "版权声明" not in fact_texts(ff) and not any("友情链接" in f.section for f in ff.facts)


SHIZHONG_2025 = ("无障碍阅读 关怀版 返回首页\n政府信息公开\n济南市市中区商务局2025年建议和提案办理总体情况\n"
                 "1137010355374005X3/2025-6693596\n区商务局\n2025-11-26\n\n济南市市中区商务局2025年建议和提案办理总体情况\n\n"
                 "字号:\n\n打印整页 打印内容 分享\n\n"
                 "一、基本情况\n\n2025年我局共承办人大代表建议、政协提案共计9件,其中人大代表建议2件,政协提案7件,已全部办结并公开。\n\n"
                 "二、吸收采纳情况\n\n本年度共采纳代表委员提出的建议9件,并积极采取相关措施推动建议落实达效。\n\n"
                 "围绕田慧代表提出的“关于在市中区开辟残疾人市集的建议”,一是联合多部门强化便民服务;二是加大社会融合;"
                 "三是丰富市集中的可选业态。在市集规划与选址、市场培育方面融入对残疾人群体的谋划与服务。\n")


def test_a_sites_channel_is_no_title(tmp_path, shizhong):
    """济南市市中区商务局's account of its 2025 items (shizhong.gov.cn/gongkai/site_shizhongquqswjp/…/
    doc_6926ba06bb7bdd71a9e2047d.html) prints its site's channel 政府信息公开 over its title: that was the title."""
    ff = distil(tmp_path, shizhong, SHIZHONG_2025, "shizhong.txt")
    assert ff.source.title == "济南市市中区商务局2025年建议和提案办理总体情况"


def test_enriching_a_market_names_no_city(tmp_path, shizhong):
    """The same page says 三是丰富市集中的可选业态: 丰富市 was read as a city, and the district's own work as another
    place's."""
    ff = distil(tmp_path, shizhong, SHIZHONG_2025, "shizhong.txt")
    market = [f for f in ff.facts if "丰富市集" in f.text]
    assert market and all(f.jurisdiction == "市中区" and not f.external for f in market)


def test_governing_by_law_names_no_district(tmp_path):
    """武汉市东西湖区司法局's account of its 2025 work (dxh.gov.cn/ZWGK/bmxxgk/bwbjxxgk/qsfj/qtxxgk/202601/
    t20260122_2716166.shtml) says 统筹推进依法治区和司法行政重点工作 and 一是着力强化依法治区职能作用发挥: 法治区 was read as
    its place, and every fact of the district's bureau was another place's."""
    ws = unit_workspace(tmp_path / "ws", "武汉市东西湖区司法局", "区司法局", "东西湖区")
    text = ("2025年以来,在区委、区政府的坚强领导下,区司法局党组深入贯彻习近平法治思想,统筹推进依法治区和司法行政重点工作,"
            "全力服务区域发展大局,取得了较好成效。现将有关工作情况汇报如下:\n一、2025年重点工作开展情况\n"
            "一是着力强化依法治区职能作用发挥。组织召开2025年区委全面依法治区委员会会议暨2024年度专题述法工作会议,"
            "总结部署年度重点工作,全面规范领导干部述法。部署推进区街两级法治政府建设年度报告集中公示工作,制发4期依法治区工作简报,"
            "全面展示法治政府建设成效。\n")
    ff = distil(tmp_path, ws, text, "dxh.txt")
    assert ff.source.jurisdiction != "法治区"
    assert ff.facts and not any(f.external or f.jurisdiction == "法治区" for f in ff.facts)


def test_an_items_numeral_word_is_no_part_of_what_a_figure_counts(tmp_path):
    """青岛市交通运输局's account of its 2023 items, on a mirror in traditional characters (qimx.cn/zwgk/xxgk/jtys/ywfl/
    jyta/202311/t20231107_7646849.shtml), lists 一是規劃建設類9件，約占29%；…二是港航管理類5件: 9件 counted 一是规划建设类."""
    ws = unit_workspace(tmp_path / "ws", "青岛市交通运输局", "市交通运输局", "青岛市", "市南区, 市北区, 黄岛区")
    text = ("市交通運輸局2023年建議提案辦理總體情況\n青島政務網 發布日期 : 2023-10-31 來源 : 青島市交通運輸局\n\n"
            "2023年,青島市交通運輸局共承辦市人大代表建議和市政協提案69件(含平字建議提案6件),其中:主辦31件,協辦38件。"
            "主辦的31件建議提案主要涉及交通運輸六個重點方面:一是規劃建設類9件,約占29%;一是鐵路機場類5件,約占16%;"
            "二是港航管理類5件,約占16%;三是公共交通類5件,約占16%。\n\n掃一掃在手機打開當前頁\n")
    counted = {f.counts for fact in distil(tmp_path, ws, text, "qingdao.txt").facts for f in fact.figures}
    assert {"规划建设类", "港航管理类"} <= counted and not any(c and c.startswith(("一是", "二是")) for c in counted)


LUSHAN_MIRROR = ("陈国华代表:\n您好!\n首先感谢您对我县城市管理及环卫工作的关心和支持!\n"
                 "收到您在澳门金沙城中心_欧洲杯足球网-【投注官网平台】第十八届人民代表大会第一次会议上提出“澳门金沙城中心_欧洲杯足球网-"
                 "【投注官网平台】:在中心城区主干道合理设置垃圾箱的建议”的提案,我局赓即组织召开会议专题研究,现回复如下:\n"
                 "一、我县城市生活垃圾清运模式由2020年3月1日起调整为城市主要道路流动清运,其他背街小巷定点收运。"
                 "定点垃圾桶布局在机关单位、小区、学校、市场、车站等各种背街小巷共计112个。\n"
                 "三、我局已于近期在新、老城区主要道路及公园等公共场所又设置了70余个果屑箱,能基本保障城市居民投放随身所产生的小型垃圾。\n"
                 "再次感谢您对澳门金沙城中心_欧洲杯足球网-【投注官网平台】城市管理及环卫工作的关心和支持,希望今后继续多提意见,"
                 "促使我们在工作中不断创新工作方法、提高工作效率,推进各项工作的常态化、精细化,群策群力为芦山人民营造美好舒适的生活环境。\n"
                 "祝身体健康,万事如意!\n")


@pytest.fixture
def lushan(tmp_path):
    """A workspace of 芦山县综合行政执法局 (its name, short name and county)."""
    return unit_workspace(tmp_path / "ws", "芦山县综合行政执法局", "县综合执法局", "芦山县")


def test_a_mirrors_ad_in_a_places_stead_is_no_text(tmp_path, lushan):
    """A mirror of 芦山县's reply to deputy 陈国华 (m.fqjz1.com/gongkai/show/0bbf89bb909aa18cc2d50ae80a0b3363.html) has an
    ad, 澳门金沙城中心_欧洲杯足球网-【投注官网平台】, where the county's name stood: the suggestion's title opened on it, and
    the closing thanks after it were cut into a fact of work done (城市管理及环卫工作的关心和支持，希望今后…)."""
    ff = distil(tmp_path, lushan, LUSHAN_MIRROR, "lushan.txt")
    assert ff.source.suggestion_title == "在中心城区主干道合理设置垃圾箱的建议"
    assert "投注" not in fact_texts(ff) and "关心和支持" not in fact_texts(ff)


def test_thanks_are_no_title_and_a_wish_is_no_fact(tmp_path, lushan):
    """The same page has no title line; its 首先感谢您对我县城市管理及环卫工作的关心和支持！ was read as the title, and its
    closing 祝身体健康，万事如意！ as a fact of work done."""
    ff = distil(tmp_path, lushan, LUSHAN_MIRROR, "lushan.txt")
    assert not (ff.source.title or "").startswith("首先感谢")
    assert "万事如意" not in fact_texts(ff) and any("112个" in f.text for f in ff.facts)


def test_a_request_for_the_readers_view_closes_a_reply(tmp_path):
    """巨鹿县城市管理综合行政执法局's reply to suggestion 108 (julu.gov.cn/content/38380.html) closes with 您对我们的办理和答复
    有何意见和建议，请填写在“征询意见表”中…: that was a fact of work done; and its 您提出的关于“关于规范设立县城街道垃圾点的建议”收悉
    gave no suggestion title."""
    ws = unit_workspace(tmp_path / "ws", "巨鹿县城市管理综合行政执法局", "县城管执法局", "巨鹿县")
    text = ("巨鹿县城市管理综合行政执法局对巨鹿县第十六届人民代表大会 第五次会议第108号建议的答复\n"
            "发布时间:2021-07-12 发布机构:城市管理综合行政执法局 浏览次数:41 字体:[大 中 小]\n尊敬的曹同兴代表:\n"
            "您提出的关于“关于规范设立县城街道垃圾点的建议”收悉,现将有关情况回复如下:\n"
            "一是要求环卫公司根据工作实际及居民的生产生活习惯合理摆放、增设垃圾桶;二是要求环卫公司加大清运力度,适时增加收运频次,"
            "及时清运,并常态化管理,确保垃圾日产日清,提高垃圾处置率。\n"
            "您对我们的办理和答复有何意见和建议,请填写在“征询意见表”中,以便我们进一步改进工作。\n"
            "感谢您对我们工作的关心和支持。\n2021年6月26日\n")
    ff = distil(tmp_path, ws, text, "julu.txt")
    assert ff.source.suggestion_title == "关于规范设立县城街道垃圾点的建议"
    assert ff.facts and "征询意见表" not in fact_texts(ff)


def test_an_opening_formula_that_lost_its_colon_ends_where_the_reply_starts(tmp_path):
    """塔城市住房和城建设局's reply to proposal 24 (xjtcsh.gov.cn/zfxxgk/fdzdgknr/tajy/content_2140) runs its opening into its
    answer, 现将办理情况答复如下对于提案中提到的…，我们非常赞成！目前我市共有地埋式垃圾箱65…: the whole paragraph was the
    opening, and the reply had no fact; its 您提出的《生活垃圾影响市容市貌和居民健康》的提案已收悉 gave no suggestion title."""
    ws = unit_workspace(tmp_path / "ws", "塔城市住房和城乡建设局", "市住建局", "塔城市")
    text = ("关于对塔城市政协第九届四次会议第24号委员提案办理情况的答复\n\n"
            "来源:塔城市人民政府网 发布时间:2019-12-04 浏览次数: 【字体:\n\n函卓勇委员:\n\n"
            "关于您提出的《生活垃圾影响市容市貌和居民健康》的提案已收悉,现将办理情况答复如下对于提案中提到的“加快和完善地埋式垃圾箱的建设”"
            "“取消地面垃圾箱的使用”、“制定相关处罚制度”等好的建各议,作为市容环境卫生管理部门,我们非常赞成!目前我市共有地埋式垃圾箱65,"
            "塔城市市容环境卫生管理处将结合市区实际,实地勘察,请示上级部门,申请加快和完善地埋式垃圾箱的建设;在完善増加地埋式垃圾箱的基础上,\n\n"
            "替换地面垃圾箱的使用,并指定专人在垃圾乱堆乱放地点进行蹲守,对乱堆乱倒人员进行批评教育,从而进一步规范我市垃圾收集处理。\n\n"
            "特此说明\n\n塔城市住房和城建设局\n")
    ff = distil(tmp_path, ws, text, "tacheng.txt")
    assert ff.source.suggestion_title == "生活垃圾影响市容市貌和居民健康"
    assert any("地埋式垃圾箱" in f.text for f in ff.facts) and "收悉" not in fact_texts(ff)


def test_a_plans_shortfalls_made_up_are_no_problem(tmp_path):
    """区体育局2024年工作要点, on a writing site (qiantuxiezuo.com/106879.html), heads its items （一）增加体育健身设施供给，推进体育设施
    补短板计划: 短板 made every item under it a problem (改建3个社区市民健身中心… read as an obstacle)."""
    ws = unit_workspace(tmp_path / "ws", "某区体育局", "区体育局", "某区")
    text = ("区体育局2024年工作要点\n\n区体育局2024年工作要点\n\n"
            "    2024年是《XX市体育发展条例》的实施之年,也是实现“十四五”规划目标的关键之年。\n"
            "    一、全民健身方面\n    (一)增加体育健身设施供给,推进体育设施补短板计划。\n"
            "    1.落实民心工程和为民办实事项目。改建3个社区市民健身中心;新建(更新)市民益智健身苑点70个;新建市民健身步道5条、"
            "市民健身驿站2个、市民运动球场8片、长者运动健康之家2个。加强项目管理,提升建设质量。\n"
            "    6.加强社区体育健身器材巡查维护。落实“双周例检”制度,确保健身器材完好率达98%以上。\n")
    kinds = {f.kind for f in distil(tmp_path, ws, text, "yaodian.txt").facts if f.figures}
    assert kinds == {"plan"}


def test_a_title_run_into_its_text_and_the_words_around_figures(tmp_path):
    """县体育发展中心 2024 年工作总结和 2025 年工作思路, on a document library (xiaomilidoc.com/p-12210912.html), runs its title
    into its first sentence (…工作思路2024 年,县体育部门…): the report had no title, was of 2025, not 2024; and its
    5个百姓健身房以及 6 个…, 5 人制足球赛 and 开展了“一人一技”体育技能公益培训 65 期 counted 百姓健身房以, 5人 of 制足球赛 and
    了“一人一技”…."""
    ws = unit_workspace(tmp_path / "ws", "某县体育发展中心", "县体育发展中心", "某县")
    text = ("县体育发展中心 2024 年工作总结和 2025 年工作思路2024 年,县体育部门紧紧围绕县委、县政府中心工作和上级体育工作部署,"
            "依法履行体育监督职责,加强体育场地设施管理,推动体育工作提质增效,为全县经济社会高质量发展提供了体育保障。一、2024 年工作总结"
            "(一)多层推进群众体育工作。有序高效推动项目实施,2024 年,完成 16 个省级基层体育设施建设项目,包括 2 个村级全民健身广场、"
            "3 个社区多功能运动场、5个百姓健身房以及 6 个国球进社区项目,所有项目均在 7 月份顺利竣工。全年县级及以上群众性赛事活动共举办了"
            "东海云顶跑山赛、5 人制足球赛、县职工运动会等 86 项体育赛事活动,吸引了近 4 万人次的群众热情参与。线下依托全县百姓健身房,"
            "开展了“一人一技”体育技能公益培训 65 期,并成功举办了 12 期科学健身大讲堂,服务近 5 万人次。\n")
    ff = distil(tmp_path, ws, text, "zongjie.txt")
    assert ff.source.title == "县体育发展中心2024年工作总结和2025年工作思路" and ff.source.period == 2024
    figures = [g for f in ff.facts for g in f.figures]
    assert {g.counts for g in figures} >= {"百姓健身房", "“一人一技”体育技能公益培训", "体育赛事活动"}
    assert not any(g.unit == "人" for g in figures) and all(g.year in (None, 2024) for g in figures)
    assert all(f.period.year == 2024 for f in ff.facts if f.figures)


EJINA = ("关于对第十六届政协第一次会议委员建议《关于强化落实军人、退役军人优待政策的建议》的答复\n\n吴岚其其格委员:\n\n"
         "我局自收到第十六届政协第一次会议委员提案《关于强化落实军人、退役军人优待政策的建议》后,高度重视,积极开展相关工作,"
         "现就议案答复如下:\n\n一、基本情况\n\n"
         "额济纳旗退役军人事务局按照相关文件要求,积极落实各项抚恤优待政策,按时发放各类抚恤优待资金,在景区、机场、车站、医院等公共服务场所"
         "设置现役军人、军烈属、优抚对象、退役军人依法优先标识,全面实行旗内高速公路军车一律免费政策,提供旗内公共交通工具免乘待遇。\n\n"
         "二、办理成果\n\n(一)7月13日,额济纳旗退役军人事务局、额济纳旗工商业联合会共同举办额济纳旗社会化拥军工作座谈会。"
         "会后,额济纳旗退役军人事务局发布《关于开展“拥军门店”申报命名工作的公告》,并评选出26家商铺企业成为“拥军门店”。\n")


@pytest.fixture
def ejina(tmp_path):
    """A workspace of 额济纳旗退役军人事务局 (its name, short name and banner)."""
    return unit_workspace(tmp_path / "ws", "额济纳旗退役军人事务局", "旗退役军人事务局", "额济纳旗")


def test_work_done_as_a_rule_requires_is_no_speech(tmp_path, ejina):
    """额济纳旗's reply on the treatment of servicemen (ejnq.gov.cn/art/2022/8/5/art_1949_484968.html) opens its account on
    额济纳旗退役军人事务局按照相关文件要求，积极落实各项抚恤优待政策…: read as what someone said (…要求，), the bureau's work
    was context."""
    facts = distil(tmp_path, ejina, EJINA, "ejina.txt").facts
    assert [f.kind for f in facts if f.text.startswith("额济纳旗退役军人事务局按照")] == ["done"]


def test_an_item_opening_on_its_day_is_no_heading(tmp_path, ejina):
    """The same reply's 二、办理成果 opens its first item (一)7月13日,额济纳旗退役军人事务局…共同举办…座谈会。: the day was read
    as a heading of its own, （一）7月13日, over the item's facts."""
    facts = distil(tmp_path, ejina, EJINA, "ejina.txt").facts
    held = [f for f in facts if f.text.startswith("7月13日")]
    assert held and held[0].section == ["二、办理成果"] and held[0].figures[0].value == 26


def test_what_a_co_handlers_count_of_items_counts(tmp_path):
    """A 水利局's account of its 2023 items, on a mirror in traditional characters (plpkl.com/zwgk/wgk/jggk/jytaxxgkzl/
    shijytabl/content/post_5118091.html), says 會辦23件(16件建議、7件提案) and 我局主辦的2件提案均按時答復…；會辦23件均按時向主辦單位
    報送會辦意見: 7件 counted 提案）, 2件 提案均按时答复政协委员 and 23件 均按时."""
    ws = unit_workspace(tmp_path / "ws", "某市水利局", "市水利局", "某市")
    text = ("2023年,我局辦理市十三屆人大三次會議人大代表建議16件、市政協十三屆二次會議政協委員提案9件,其中主辦2件(均為提案),"
            "會辦23件(16件建議、7件提案)。截至9月底,我局主辦的2件提案均按時答復政協委員,均得到提案人的滿意評價;"
            "會辦23件均按時向主辦單位報送會辦意見。現將辦理情況報告如下:\n")
    counted = [(g.value, g.counts) for f in distil(tmp_path, ws, text, "shuili.txt").facts for g in f.figures]
    assert (7, "提案") in counted and (2, "提案") in counted and counted.count((23, "会办")) == 2


def test_a_time_after_a_figure_is_no_part_of_what_it_counts(tmp_path, lushan):
    """The mirror of 芦山县's reply says 由两名驾驶员带环卫工作人员2名每天对路段进行巡查: 2名 counted 每天对路段."""
    text = LUSHAN_MIRROR.replace("三、我局已于近期", "二、我局还针对街道乱丢垃圾现象调整我们工作思路,成立机动组,由两名驾驶员带环卫工作人员2名"
                                 "每天对路段进行巡查,捡乱丢的垃圾。\n三、我局已于近期")
    counted = [g.counts for f in distil(tmp_path, lushan, text, "lushan.txt").facts for g in f.figures if g.value == 2]
    assert counted and counted[0].endswith("环卫工作人员")


def test_a_view_before_work_already_done_is_no_context(tmp_path):
    """安宁市交通运输局's reply to suggestion 28 (kman.gov.cn/c/2018-12-17/3229260.shtml) opens its answer on a view, 优先发展
    公共交通，是…的必然要求…具有重要意义。, and goes on 针对您的建议，经交运局、公交公司…实地查看，现已初步看好一路段可以建一个公交站台。:
    the paragraph was context, the work on the deputy's stop lost."""
    ws = unit_workspace(tmp_path / "ws", "安宁市交通运输局", "市交通运输局", "安宁市")
    text = ("安宁市交通运输局关于对安宁市人大六届二次会议第28号 建议、批评和意见的答复\n\n  龙海涛代表:\n\n"
            "  您提出的“关于昆钢单身小区和前进山沟小区交叉路口增设公交站点的建议”(以下简称《建议》)已交我局办理,"
            "感谢您对公交站点建设工作的关心。经反复商榷,现对您的《建议》答复如下:\n\n"
            "  优先发展公共交通,是解决城市交通拥堵、改善市民生活的必然要求,您的建议对加快完善城市公交线网布局、改善城市公共交通状况、"
            "方便市民往来具有重要意义。针对您的建议,经交运局、公交公司以及望湖社区的书记一起去实地查看,现已初步看好一路段可以建一个公交站台。"
            "待社区对接并协调好昆钢土地问题以后,方可新建公交站台,解决附近居民、学生的出行问题。\n")
    facts = distil(tmp_path, ws, text, "anning.txt").facts
    assert [f.kind for f in facts if "公交站台" in f.text] == ["done"]


def test_a_municipalitys_text_naming_it_short_is_of_it(tmp_path):
    """北京市水务局's account of its 2023 items, on a mirror (www988kj.com/st202309/t20230926_3266659.html), speaks of 市人大建议,
    市政协提案 and names its city only short (对北京城市建设的深入思考…对北京水务高质量发展的关注): it was of no place."""
    ws = unit_workspace(tmp_path / "ws", "北京市水务局", "市水务局", "北京市", "东城区, 西城区")
    text = ("截至2023年9月底,市水务局共办理2023年建议提案(含会上、会下)62件。其中,市人大建议28件;市政协提案31件,全国政协提案3件。\n"
            "市水务局高度重视建议提案办理工作,4月10日,市水务局2023年第6次局长办公会议集体研究了建议提案办理工作。\n"
            "建议提案不仅凝聚着代表委员对北京城市建设的深入思考、对市民的殷切关怀,而且侧面显示了代表委员对北京水务高质量发展的关注,"
            "我局将持续做好建议提案办理工作。\n")
    ff = distil(tmp_path, ws, text, "beijing.txt")
    assert ff.source.jurisdiction == "北京市" and not any(f.external for f in ff.facts)
