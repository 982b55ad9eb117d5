"""hd45b's distil findings (邢台市林业局's seeds, real lines): a city's own news filed as its province's, districts' results in one
paragraph given to the first, a site's column label in a title, a page on two cities, plans read as results, news clutter kept."""

from __future__ import annotations

from helpers import distil, fact_saying, unit_workspace

from drafter.distill.facts import place_split
from drafter.distill.figures import find_figures
from drafter.distill.places import is_place
from drafter.distill.structure import default_class
from drafter.model import DONE, NEWS, PLAN
from helpers import XINGTAI


# seeds/2021-01-04_成功创建省级森林城市.txt (the bureau's site, 邢台日报)
CITY_HONOURED = """我市成功创建“河北省森林城市”

2021-01-04 点击数量:956

      邢台日报讯(记者王露橦 通讯员国宁)2020年12月30日,河北省绿化委员会、河北省林业和草原局联合印发文件,公布“河北省森林城市”名单。我市以及任泽区、南和区和临西县等3个县(区)获评“河北省森林城市”。

      据悉,2020年,我市积极践行“绿水青山就是金山银山”理念,强力推进创森活动深入开展,形成市县同创森林城市的浓厚氛围。全市上下重点围绕提升林木覆盖率指标,按照“五个结合”要求,完成营造林80.21万亩,占省下达任务的178%,在全省名列前茅,为成功创建省级森林城市奠定了坚实基础。

      2020年,任泽区加大资金投入,以国家储备林项目为依托,深化拓展“种、管、护、营”四位一体造林法,强力推进生态林、城区、廊道和村庄等四个绿化重点,完成造林面积3.5万亩,占市下达造林任务的163%,经验做法在全省推广。南和区制定创森路线图、时间表和任务书,坚持“周调度、月通报、季考核”挂图作战,完成造林面积1.71万亩,栽植各类乔木960万余株,建成6个国家森林乡村、14个省级森林乡村。临西县围绕“建设生态临西县”思路目标,大力实施重点造林工程,狠抓森林资源管理保护,完成造林1.62万亩,全县林木覆盖率达到18.22%,中心城区绿化覆盖率达到35.51%,人均公园绿地面积10.94平方米,各项指标均达到或超过省级森林城市建设要求。
"""

# seeds/2022-11-04_邯郸邢台获国家森林城市.txt (a mirror in traditional characters)
TWO_CITIES = """廊坊新聞網-主流媒體,廊坊城市門戶

    當前關注:邯鄲邢臺獲“國家森林城市”稱號 至此河北國家森林城市數量達到9個

    2022-11-04 19:41:41 來源:河北新聞網


    河北新聞網訊(河北日報記者曹智、喬賓娟 通訊員姚偉強)近日,國家林業和草原局公布新一批國家森林城市名單,河北的邯鄲市、邢臺市榜上有名。至此,河北國家森林城市數量達到9個。

    強力推進綠化攻堅。兩市把創建國家森林城市作為推進國土綠化的重要舉措,加大資金投入,大力實施太行山區綠化工程,不斷增加森林資源,穩步提升森林質量。近三年,兩市累計完成營造林454.45萬畝,邯鄲市林木覆蓋率達到33%,邢臺市達到33.64%。

    著力推進森林惠民。通過見縫插綠、拆違建綠等方式,兩市不斷提高城區綠化覆蓋面積,拓展綠色空間;積極推進各類公園、綠地免費向居民開放,方便居民進入森林、享用森林。邯鄲市城區綠化覆蓋率達到46.5%,邢臺市達到42.18%,兩市主城區已建成公園合計481個,森林公園、濕地公園等大型生態休閑場所合計53處,有效增強了居民的獲得感和幸福感。
"""

# seeds/2017-12-07_市政协130号提案答复.txt (its head; the page cut in its first item)
PROPOSAL_130 = """对邢台市政协十三届第一次会议第130号提案的答复
2017-12-07 点击量:1971

邢林提案字〔2017〕第6号

对邢台市政协十三届第一次会议第130号

提案的答复

张辉银委员:

您提交的关于“围绕京津冀南部生态环境支撑区解决西部丘陵地区的生态问题”提案收悉。现答复如下:

近年来,市委、市政府高度重视浅山丘陵区绿化治理,每年财政列支资金给予支持,市委、市政府两办先后印发了《邢台市浅山丘陵区造林绿化规划(2014—2020年)》《邢台市太行山绿化三年攻坚行动实施方案》,指导浅山丘陵区绿化工作开展,取得了明显成效。但由于该区域土壤瘠薄、干旱少雨、立地条件差、造林成活难,一直是全市生态建设的薄弱环节和脆弱区域,成为太行山绿化的断带,亟待绿化治理。下一步,我们将重点做好以下几项工作:

一、加强领导,明确责任

根据市委、市政府印发的《邢台市太行山绿化三年攻坚行动实施方案》,我市成立了由主管市领导任组长的推进太行山绿化工作领导小组,市直有关部门、有关县市为成员单位,领导小组办公室设在市林业局。同时,按照属地管理的原则,有关县市政府是丘陵区绿化的责任主体,全面负责本辖区绿化任务完成。并实行一把手负责制,把任务完成情况列为对涉及县市党政领导班子综合考核评价的重要依据,明确责任,严"""

# seeds/2021-05-14_森林村庄称号通报.txt (its head and a line of its list)
NOTICE = """邢绿字[2021]4号
邢台市绿化委员会
邢台市林业局
关于授予信都区滨江社区等单位邢台市
“森林社区”、“森林单位”、“森林乡镇”、“森林村庄”、“森林人家”称号的通报
各县(市、区)政府、开发区管委会、邢东新区管委会:
为深入贯彻落实习近平生态文明思想,加快推进我市国家森林城市创建,经各县(市、区)推荐申报,市绿化委员会评审,决定授予信都区滨江社区等50个社区“邢台市森林社区”称号、信都区国有苏村苗圃等50个单位“邢台市森林单位”称号(名单见附件)。
附件:1.邢台市森林社区名单
邢台市森林社区名单
信都区:滨江社区、德贤社区、太行社区、五四社区、河西社区、淼岳林小区、胜利小区
"""

# seeds/2022-06-06_目标2025年建50个省级森林乡村.txt and seeds/2024-01-10_全年安排营造林任务38万亩.txt (their paragraphs)
PLANNED = "按照计划,邢台市将遵循科学规划、合理布局,以人为本、生态优先的原则,采取街巷绿化、庭院绿化、公共场地绿化、沟渠坑塘绿化、环村林建设等模式推进村庄绿化美化。"
TASKS = """邢台市全年安排营造林任务38万亩

发布时间: 2024-01-10      发布机构:市林业局      浏览次数:97

为高效推进造林绿化工作,邢台市超前谋划、积极沟通,在省方案下发前安排全市营造林任务面积38万亩,并将任务明确到各县(市、区)。其中安排人工造林6万亩,封山育林3.5万亩,退化林修复3.5万亩,森林经营抚育25万亩。全市造林工作将结合“三北”造林工程,以浅山丘陵区绿化提升、村庄绿化、河渠绿化、退化林修复、森林经营抚育等为重点,科学开展植树造林,扎实推进防沙治沙工作。
"""


def test_a_district_named_with_a_conjunction_is_a_place():
    # (邢台市南和区: its 和 no conjunction, as 平和县's)
    assert is_place("南和区")


def test_each_district_of_a_paragraph_is_its_own():
    paragraph = CITY_HONOURED.split("\n\n")[-1].strip()
    parts = place_split(paragraph)
    assert [p[:3] for p in parts] == ["202", "南和区", "临西县"]


def test_a_citys_own_news_is_not_its_provinces(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *XINGTAI[:3])
    ff = distil(tmp_path, ws, CITY_HONOURED, "2021-01-04_成功创建省级森林城市.txt")
    assert ff.source.jurisdiction == "邢台市"
    own = fact_saying(ff, "80.21万亩")
    assert own.jurisdiction == "邢台市" and not own.external
    nanhe = fact_saying(ff, "1.71万亩")
    assert nanhe.jurisdiction == "南和区" and "任泽区" not in nanhe.text
    assert (nanhe.period.year, fact_saying(ff, "1.62万亩").period.year) == (2020, 2020)  # the paragraph's year, not 2021's


def test_a_column_label_is_no_part_of_the_headline(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *XINGTAI[:3])
    ff = distil(tmp_path, ws, TWO_CITIES, "2022-11-04_邯郸邢台获国家森林城市.txt")
    assert ff.source.title.startswith("邯郸邢台获“国家森林城市”称号")


def test_a_page_on_two_cities_keeps_each_citys_figure(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *XINGTAI[:3])
    ff = distil(tmp_path, ws, TWO_CITIES, "2022-11-04_邯郸邢台获国家森林城市.txt")
    figures = {f.raw: f for fact in ff.facts for f in fact.figures}
    assert figures["33.64%"].counts == "邢台市林木覆盖率"
    assert figures["42.18%"].counts == "邢台市城区绿化覆盖率"
    # (the two's sums are neither's own)
    assert [figures[raw].place for raw in ("454.45万亩", "481个", "53处")] == ["两市", "两市", "两市"]


def test_an_approximate_range_is_no_number():
    text = "“村里的100多棵老枣树保存完好,最老的至今已有一百七八十个年头了。”"
    assert [(f.raw, f.value) for f in find_figures(text, text) if "年头" in (f.counts or "")] == [("一百七八十个", None)]


def test_a_replys_lead_in_founding_and_page_cut(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *XINGTAI[:3])
    ff = distil(tmp_path, ws, PROPOSAL_130, "2017-12-07_市政协130号提案答复.txt")
    assert not [f for f in ff.facts if "以下几项工作" in f.text]  # (a lead-in saying nothing)
    assert fact_saying(ff, "领导小组").kind == DONE  # (成立了: done, under the plan's heading too)
    assert not [f for f in ff.facts if f.text.rstrip("。").endswith("严")]


def test_a_notices_title_and_its_list(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *XINGTAI[:3])
    ff = distil(tmp_path, ws, NOTICE, "2021-05-14_森林村庄称号通报.txt")
    assert ff.source.title == ("关于授予信都区滨江社区等单位邢台市“森林社区”、“森林单位”、“森林乡镇”、“森林村庄”、“森林人家”"
                               "称号的通报")
    assert not [f for f in ff.facts if f.text.startswith("信都区：")]


def test_plans_of_a_place(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *XINGTAI[:3])
    ff = distil(tmp_path, ws, TASKS, "2024-01-10_全年安排营造林任务38万亩.txt")
    assert fact_saying(ff, "三北").kind == PLAN and fact_saying(ff, "38万亩").kind == DONE
    page = f"目标2025年!邢台将建50个省级森林乡村\n\n来源: 掌上邢台客户端\n2022-06-06 11:10:53\n\n{PLANNED}\n"
    ff = distil(tmp_path, ws, page, "2022-06-06_目标2025年建50个省级森林乡村.txt")
    assert fact_saying(ff, "遵循").kind == PLAN
    # (a news item's headline aiming at a later year: what it tells is planned)
    assert default_class(NEWS, "目标2025年!邢台将建50个省级森林乡村", None, 2022) == PLAN
    assert default_class(NEWS, "目标2025年!邢台将建50个省级森林乡村", None, 2026) != PLAN


def test_a_reporters_source_is_no_part_of_the_fact(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *XINGTAI[:3])
    page = ("目标2025年!邢台将建50个省级森林乡村\n\n来源: 掌上邢台客户端  作者:王露橦\n2022-06-06 11:10:53\n\n"
            "从邢台市绿委办获悉,邢台市明确到2025年底前,结合美丽乡村建设和农村人居环境综合整治,以街道绿化、庭院绿化、进村路绿化、"
            "小游园建设等为重点,加快推进村庄绿化美化进程。\n")
    ff = distil(tmp_path, ws, page, "2022-06-06_目标2025年建50个省级森林乡村.txt")
    assert fact_saying(ff, "村庄绿化美化进程").text.startswith("邢台市明确")


# seeds/2021-11-11_平乡提升乡村绿化质量.txt (two paragraphs)
VILLAGE = """平乡提升乡村绿化质量

2021-11-11 来源:中国新闻网

陈庄村东邻老漳河,全村300多户1000多口人。陈庄村在村周边不仅种植了200亩松树、100亩红花槐以及100多亩杨柳、法桐,还创建了26个绿色美丽庭院示范户。2021年,平乡县陈庄村获评“河北省森林乡村”。

“大家的绿色环保意识普遍提高了,齐心协力把村里的绿化和卫生搞好。”陈庄村“美丽庭院”示范户陈书军说。
"""


def test_a_residents_words_are_no_fact(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *XINGTAI[:3])
    ff = distil(tmp_path, ws, VILLAGE, "2021-11-11_平乡提升乡村绿化质量.txt")
    assert fact_saying(ff, "26个绿色美丽庭院示范户")
    assert not [f for f in ff.facts if "陈书军说" in f.text]
