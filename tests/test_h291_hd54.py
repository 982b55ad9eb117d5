"""h291: findings of the held-out tests hd54a (三明市农业农村局) and hd54b (温县交通运输局), each on its seed's real lines.

a. A mirror's page opening on 原標題: is a news item (was a work report); its aim by a year to come after 即：(力争到2022年…培育百个…)
   is a plan of its own (was done, 2018); 可实现 says what the things can reach, an estimate — their label keeps no 可.
b. A 实施方案 issued by a notice is a plan: its tasks are plans of its year (were context). (Its transmittal line stays the
   notice's deed of its date: hd51a's rule, ISSUING.)
c. A county named in the workspace's areas as the subject of the sentence after a news item's scene (走进将乐县小王村，…。…，
   将乐县投入…) is that county's statement (was 三明市's), and its 已全部建设完成 a deed done (was context).
d. 建成22.04万亩 after 加快高标准农田建设 counts 高标准农田 (was none); a rule's term (5年过渡期) and how long land lay idle
   (撂荒2年以上) are no figures.
e. 县 + deed；县 + deed；… is a statement per county, each its own (was one, 解放区's: the first of a list of districts after
   焦作市 was taken for the subject); a county by its stem doing the same (修武开放…) is cut off too, never the county's before it;
   a road's stretch by a community (青云路社区段) is no place.
f. A count's label ends before the verb of its own clause (3个干线公路收费站|设置醒目的绿色提示牌, 59条农村公路|让群众打场晒粮);
   a topic is cut at 存在 (交通基础设施, not 交通基础设施存). (焦作至温县 as a place is h290's: 至 in places_in.)
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.figures import find_figures
from drafter.distill.topics import candidate_terms

SANMING_AREAS = "三元区, 沙县区, 永安市, 明溪县, 清流县, 宁化县, 大田县, 尤溪县, 将乐县, 泰宁县, 建宁县"
# seeds/2019-01-02_三明市打造乡村振兴产业精品工程.txt of hd54a: its first, second and fourth lines.
MIRRORED = '原標題:三明市打造鄉村振興產業精品工程取得顯著成效\n三明按照產業興旺的要求,以“抓龍頭、鑄鏈條、建集群、興產業”的發展思路,打造鄉村振興產業精品工程。2018年全市289家市級以上龍頭企業可實現銷售收入246.22億元,增長3.3%,幫助農戶增收17.72億元。農村居民人均可支配收入12624元,增長9.6%,增幅均列全省第二位。\n發展特色現代農業,開展千億特色現代農業產業倍增行動,實施“五百工程”,繼續加大《三明市實施現代農業提升發展行動計劃(2018—2020年)》實施力度,在鞏固培育高優糧食、綠色林業、精致園藝、生態養殖、現代煙草等5大特色產業20條產業鏈的基礎上,開展特色現代農業產業千億倍增行動,實施“五百工程”,即:力爭到2022年全市培育百個省級以上農業產業化龍頭企業,建設百個優質農產品標準化示范基地,建成百個農產品產地初加工中心,\n'
# seeds/2024-04-23_市委农办四领一促实施方案.txt of hd54a, to its first task's first item.
ISSUED_PLAN = '中共三明市委农村工作领导小组办公室关于印发《关于“三农”领域推动“四领一促”工作的实施方案》的通知\n\n日期:2024-04-23 11:14 来源:三明市农业农村局\n| | | |\n\n各县(市、区)委农村工作领导小组办公室,市直各有关单位:\n\n  现将《关于“三农”领域推动“四领一促”工作的实施方案》印发给你们,请结合实际认真贯彻落实。\n\n  中共三明市委农村工作领导小组办公室\n\n  2024年4月3日\n\n  关于“三农”领域推动“四领一促”工作的实施方案\n\n  为认真落实省委关于深化拓展“三争”行动、市委关于推动“四领一促”工作部署要求,学好用好“千万工程”经验,开展“三农”领域“十大行动”,奋力走出一条具有三明特色的乡村振兴之路,助力革命老区高质量发展示范区建设,制定实施方案如下。\n\n  一、总体要求\n\n  以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大和二十届二中全会精神,深入贯彻落实习近平总书记关于“三农”工作的重要论述和对福建、对三明工作的重要讲话重要指示批示精神,坚持和加强党对“三农”工作的全面领导,学习运用“千万工程”所蕴含的理念和方法,深化拓展“三争”行动,推动“四领一促”工作,全力争取三明市“三农”工作走在全省前头,打造革命老区乡村振兴示范样板。\n\n  二、工作内容\n\n  (一)红色领航走前头。坚持抓党建促乡村振兴,充分挖掘乡村红色资源优势,持续推进红色村庄建设,传承保护乡村红色文化,讲好乡村红色故事,擦亮乡村红色名片,让老区苏区农民过上更美好生活。\n\n  1.实施“红色引领”行动。做到“三个一批”:(1)打造一批红色美丽村庄。围绕全市中央红军村和老区基点村,大力推广跨村联建、人才回引等创新机制,\n'
# seeds/2021-08-10_三明市大力推进乡村建设纪事.txt of hd54a: its head and its paragraph on 将乐县.
COUNTY_NEWS = '福建省三明市大力推進鄉村建設紀事\n    2021-08-10 11:01:00  來源:農民日報·中國農網  作者:蔡茂楷  \n\n      走進將樂縣小王村,水清岸綠,村道干凈整潔,一幅寧靜美好的村居圖躍然而出。為改善農村人居環境,近年來,將樂縣投入上億元資金用于農村污水治理,全縣61個村污水處理設施已全部建設完成。\n'
# seeds/2023-06-05_开放道路晒粮.txt of hd54b: its head and first two paragraphs.
ROADS_OPENED = '您当前的位置:首页 >  快讯  > 正文\n焦作开放59条县乡道路支持群众晒粮-最新快讯\n来源:正观新闻     时间:2023-06-05 22:07:15\n\n“三夏”时节,田间地头收获忙。为抢抓久雨初晴的有利时机,焦作市交通运输系统变路政执法为路政服务,在保障安全通行的前提下,开放59条农村公路让群众打场晒粮,做到粮食应晒尽晒,确保夏粮颗粒完好归仓。\n\n记者从市交通运输局获悉,目前,焦作市解放区、山阳区、中站区、马村区、城乡一体示范区等城区开放所有乡道、村道,供群众晾晒粮食。武陟县开放王圆线、大老线等7条县乡道;孟州市开放青年路、龙石线等5条县乡道路;沁阳市开放25条县乡道和两条省道,共计27条道路;温县开放马武路等4条道路;修武开放金云路、青云路社区段等9条道路;博爱开放经三路、桃园路7条道路。“三夏”期间,群众可以在以上道路晾晒粮食。\n'


# The two testers' bureaus: name, short name, place, areas.
SANMING = ("三明市农业农村局", "市农业农村局", "三明市", SANMING_AREAS)
WENXIAN = ("温县交通运输局", "县交通运输局", "温县")


def test_a_mirrored_page_is_news_its_aim_a_plan_and_its_estimate_no_count_of_ke(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *SANMING), MIRRORED, "2019-01-02_三明市打造乡村振兴产业精品工程.txt")
    assert ff.source.kind == "news"
    aim = first_saying(ff.facts, "力争到2022年")
    assert aim.text.startswith("力争到2022年全市培育百个") and (aim.kind, aim.period.year) == ("plan", 2022)
    assert "力争" not in first_saying(ff.facts, "五百工程").text
    sales = {f.raw: f.counts for f in first_saying(ff.facts, "289家").figures}
    assert sales["289家"] == "市级以上龙头企业"  # (was 市级以上龙头企业可)
    assert sales["246.22亿元"] == "可实现销售收入"  # (what they can reach, not reached)


def test_b_an_issued_implementation_plans_tasks_are_plans_of_its_year(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *SANMING), ISSUED_PLAN, "2024-04-23_市委农办四领一促实施方案.txt")
    task = first_saying(ff.facts, "打造一批红色美丽村庄")
    assert (task.kind, task.period.year) == ("plan", 2024)
    assert first_saying(ff.facts, "坚持抓党建促乡村振兴").kind == "plan"


def test_c_a_listed_county_after_a_scene_is_the_subject_and_its_works_built_are_done(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *SANMING), COUNTY_NEWS, "2021-08-10_三明市大力推进乡村建设纪事.txt")
    fact = first_saying(ff.facts, "污水处理设施已全部建设完成")
    assert (fact.jurisdiction, fact.kind) == ("将乐县", "done")


def test_d_a_count_after_its_works_clause_and_terms_of_years_are_no_figures():
    built = find_figures("加快高标准农田建设，建成22.04万亩，占计划任务的100.18%。")
    assert built[0].counts == "高标准农田"
    assert [f.raw for f in find_figures("全面贯彻5年过渡期要求，共争取中央和省级衔接推进乡村振兴专项资金2.57亿元。")] == ["2.57亿元"]
    idle = find_figures("全市“非粮化”耕地已整治1110亩，撂荒2年以上耕地已整治3.12万亩，全市共认领抛荒耕地约4900亩。")
    assert [f.raw for f in idle] == ["1110亩", "3.12万亩", "约4900亩"]
    assert [f.raw for f in find_figures("连续3年获评全省先进")] == []  # (a run of time stays none)


def test_e_each_county_of_a_list_of_deeds_is_its_own_statement(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *WENXIAN), ROADS_OPENED, "2023-06-05_开放道路晒粮.txt")
    assert first_saying(ff.facts, "城乡一体示范区等城区").jurisdiction == "焦作市"  # (was 解放区)
    by_text = {f.text: f for f in ff.facts}
    assert by_text["武陟县开放王圆线、大老线等7条县乡道。"].jurisdiction == "武陟县"
    assert by_text["沁阳市开放25条县乡道和两条省道，共计27条道路。"].jurisdiction == "沁阳市"
    own = by_text["温县开放马武路等4条道路。"]
    assert (own.jurisdiction, own.kind) == ("温县", "done")
    stem = by_text["修武开放金云路、青云路社区段等9条道路。"]
    assert stem.jurisdiction != "温县" and stem.figures[0].place is None  # (never 我县's; no 青云路社区)
    assert first_saying(ff.facts, "博爱开放").jurisdiction != "温县"


def test_f_a_counts_label_stops_at_its_clauses_verb_and_a_topic_at_cunzai():
    signs = find_figures("在全市14个高速公路下站口和3个干线公路收费站设置醒目的绿色提示牌，持有“联合收割机跨区作业证”的农机车辆免费下站。")
    assert [f.counts for f in signs] == ["高速公路下站口", "干线公路收费站"]
    assert find_figures("开放59条农村公路让群众打场晒粮")[0].counts == "农村公路"
    assert find_figures("67个党政部门设置多个宣传咨询点位")[0].counts == "党政部门"
    assert find_figures("出让3宗土地")[0].counts == "土地"
    terms = candidate_terms("对县乡公路、桥梁、场站等交通基础设施存在的隐患进行排查")
    assert "交通基础设施" in terms and "交通基础设施存" not in terms
