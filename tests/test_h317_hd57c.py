"""h317: findings of the held-out test hd57c (汕尾市住房和城乡建设局), each on its seed's real lines.

1. A report's presenting formula is no fact whatever it opens on (我代表市人民政府向大会作工作报告，请予审议…; 我代表区人民政府，
   向大会报告工作…; 我受市政府委托，向大会报告全市2023年…，请予审议。: all three were kept as background); nor is the report's own
   title printed again in its body (汕尾市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告 under 全文如下：).
2. A city after its province named short (广东汕尾市) is that city: the lede naming it was 广东汕尾市（外地）.
3. 过去五年 and 这五年 of a report of 2022-01-11 reviewing 2021 are 2017–2021 (were 2021).
4. A news item on a report on 2023's execution and 2024's draft plan: the plan's tasks it quotes (内容提到，加强…; 加强生活污水收集
   处理能力，加快推进陆丰市第二污水处理厂（一期）建设…) are 2024's plans (were 2023's background).
5. A forecast's span (未来5天雷雨时伴有短时强降水) is no figure (was 5天).
"""

from __future__ import annotations

import pytest
from helpers import distil, first_saying, unit_workspace

from drafter.distill.figures import find_figures
from drafter.distill.places import is_place, places_in
from drafter.distill.structure import PRESENTING, in_plan_part
from helpers import SHANWEI

# seeds/2022-01-11_汕尾市政府工作报告.txt of hd57c: its head, its review's heading and first two paragraphs (the second cut).
CITY_REPORT = (
    "政府工作报告\n\n——2022年1月11日在汕尾市第八届人民代表大会第一次会议上\n\n汕尾市人民政府市长 逯 峰\n\n各位代表:\n"
    "  我代表市人民政府向大会作工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。\n\n过去五年及 2021 年工作回顾\n\n"
    "  过去五年,是汕尾发展史上极不平凡、具有重大转折意义的五年。面对前所未有的困难和挑战,我们坚持以习近平新时代中国特色社会主义思想为"
    "指导,深入贯彻习近平总书记对广东系列重要讲话和重要指示批示精神,认真贯彻落实党中央决策部署和省委“1+1+9”工作部署,在市委的坚强领导下,"
    "紧抓经济平安“两张报表”,纵深推进“三大行动”,扛起“四大历史使命”,经济社会各项事业迈上新台阶。\n\n"
    "  ——这五年,区域协调发展呈现新格局。党中央推进“双区”“两个合作区”建设和省委、省政府加快构建“一核一带一区” 区域发展新格局,出台"
    "扶持革命老区振兴发展等利好政策,为汕尾带来重大历史机遇。省委赋予汕尾沿海经济带靓丽明珠和东翼沿海经济带东承西接战略支点的定位,"
    "支持汕尾打造“双区”产业转移承接地、产业链延伸区、产业集群配套基地,战略支点作用日益凸显。\n")
# seeds/2024-03-21_汕尾市城区2024年政府工作报告.txt of hd57c: its head and its review's first sentence.
DISTRICT_REPORT = (
    "汕尾市城区2024年政府工作报告\n2024-03-21 10:38 来源: 本网 发布机构: 城区政府网站管理中心\n\n"
    "  ——2024年3月20日  在汕尾市城区第九届\n\n  人民代表大会第四次会议上\n\n  汕尾市城区人民政府区长 李 绪\n\n各位代表:\n\n"
    "  我代表区人民政府,向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。\n\n\n2023年工作回顾\n\n\n"
    "  2023年是全面贯彻落实党的二十大精神的开局之年,是三年新冠疫情防控转段后经济恢复发展的一年。\n")
# seeds/2024-03-15_汕尾市2023年计划执行情况与2024年计划草案的报告.txt of hd57c (国际能源网's item quoting the report), whole.
PLAN_NEWS = (
    "当前位置: 节能环保网 » 环保政策 » 环境治理 » 正文\n\n"
    "广东汕尾市:2024年加强生态环境保护,打造人与自然和谐共生的汕尾样板\n\n日期:2024-03-15    来源:国际能源网\n\n国际节能环保网\n\n"
    "2024\n03/15\n15:51\n文章二维码\n\n手机扫码看新闻\n\n关键词: 生活垃圾 污水处理 大气治理\n\n"
    "国际能源网获悉,近日,广东汕尾市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告发布。\n\n"
    "内容提到,加强大气污染防治和气候应对监管能力建设,强化重点时段臭氧污染防控,持续改善空气质量。深入推进东溪河等重点流域综合治理,"
    "强化地下水环境质量目标管理。持续加强固体废物规范化管理,加快推进“无废城市”建设。加强品清湖生态环境综合治理,推进遮浪港等美丽海湾"
    "建设。大力提升生态环境监测能力,加强生态环境执法效能。\n\n"
    "加快工业、城乡建设、交通运输等领域绿色低碳转型,同步提升生态碳汇和农业农村减排固碳能力。完善生态产品价值实现机制,推进生态产业化"
    "和产业生态化。全面推广碳普惠,鼓励支持企事业单位积极申报碳普惠。\n\n"
    "加强生活垃圾焚烧处理设施运行监管,持续健全生活垃圾收运处置体系。加强生活污水收集处理能力,加快推进陆丰市第二污水处理厂(一期)建设"
    "和海丰县城第三污水处理厂前期工作。加强城市黑臭水体治理,健全垃圾收集(打捞)转运体系,加强水体日常管护和常态化水质检测。\n\n"
    "全文如下:\n\n汕尾市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n\n——2024年1月13日在汕尾市第八届\n\n"
    "人民代表大会第五次会议上\n\n汕尾市政协副主席、市发展和改革局局长  李永坚\n\n各位代表:\n\n"
    "我受市政府委托,向大会报告全市2023年国民经济和社会发展计划执行情况与2024年计划草案,请予审议。\n\n一\n")
PLAN_NEWS_NAME = "2024-03-15_汕尾市2023年计划执行情况与2024年计划草案的报告.txt"
# seeds/2021-06-01_广东省住建厅关于切实做好汛期城市排水防涝工作的紧急通知.txt of hd57c: its first paragraph (simplified).
FORECAST = ("据气象部门预报，5月30日至6月1日我省粤北、珠江三角洲、粤东市县有暴雨局部大暴雨或特大暴雨，未来5天雷雨时伴有短时强降水，"
            "局地8级左右短时大风等强对流天气。")


def _shanwei(tmp_path):
    return unit_workspace(tmp_path / "ws", *SHANWEI)


@pytest.mark.parametrize("line", [
    "我代表市人民政府向大会作工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。",
    "我代表区人民政府向大会作政府工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。",
    "我代表区人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。",
    "我受市政府委托，向大会报告全市2023年国民经济和社会发展计划执行情况与2024年计划草案，请予审议。",
])
def test_1_a_presenting_formula_whatever_it_opens_on(line):
    assert PRESENTING.match(line)


def test_1_a_pledge_to_the_assembly_presents_nothing():
    assert not PRESENTING.match("我代表市人民政府向大会作出承诺，坚决完成全年目标任务。")


@pytest.mark.parametrize("text, name", [(CITY_REPORT, "2022-01-11_汕尾市政府工作报告.txt"),
                                        (DISTRICT_REPORT, "2024-03-21_汕尾市城区2024年政府工作报告.txt"),
                                        (PLAN_NEWS, PLAN_NEWS_NAME)])
def test_1_no_report_keeps_its_presenting_formula(tmp_path, text, name):
    facts = distil(tmp_path, _shanwei(tmp_path), text, name).facts
    assert facts and not any("请予审议" in f.text for f in facts)


@pytest.mark.parametrize("name", [PLAN_NEWS_NAME, "page.txt"])
def test_1_the_reports_own_title_in_its_body_is_no_fact(tmp_path, name):
    """Under its file's name, which names the report short, and under none (the page printing no title it reads)."""
    facts = distil(tmp_path, _shanwei(tmp_path), PLAN_NEWS, name).facts
    assert not any(f.text.startswith("汕尾市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告") for f in facts)


def test_2_a_city_after_its_province_named_short_is_that_city(tmp_path):
    lede = first_saying(distil(tmp_path, _shanwei(tmp_path), PLAN_NEWS, PLAN_NEWS_NAME).facts, "国际能源网获悉")
    assert (lede.jurisdiction, lede.external) == ("汕尾市", False)
    line = "国际能源网获悉，近日，广东汕尾市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告发布。"
    assert [name for _, _, name in places_in(line)] == ["汕尾市"]
    assert not is_place("广东汕尾市") and is_place("汕尾市")
    assert is_place("吉林市")  # (a city named as its province is: no short name cut off it)


def test_3_a_reports_five_years_end_on_the_year_it_reviews(tmp_path):
    facts = distil(tmp_path, _shanwei(tmp_path), CITY_REPORT, "2022-01-11_汕尾市政府工作报告.txt").facts
    for words in ("过去五年，是汕尾发展史上", "——这五年，区域协调发展呈现新格局"):
        period = first_saying(facts, words).period
        assert (period.year, period.until) == (2017, 2021), words


@pytest.mark.parametrize("name", [PLAN_NEWS_NAME, "page.txt"])
def test_4_the_plan_part_of_a_results_and_plan_report_is_the_next_years_plan(tmp_path, name):
    facts = distil(tmp_path, _shanwei(tmp_path), PLAN_NEWS, name).facts
    for words in ("内容提到，加强大气污染防治", "加快工业、城乡建设、交通运输等领域绿色低碳转型", "完善生态产品价值实现机制",
                  "加快推进陆丰市第二污水处理厂（一期）建设"):
        fact = first_saying(facts, words)
        assert (fact.kind, fact.period.year) == ("plan", 2024), words
    lede = first_saying(facts, "国际能源网获悉")
    assert lede.kind == "context"  # (the item's news of the report, no task of it)


# The national plan report of 2022 (en84.com/13093.html): its results part's heading; 重庆市's plan report of 2022 (重庆日报,
# 2022-03-09, epaper.cqrb.cn …/content_rb_297839.htm): an item of its plan part.
RESULTS_HEADING = "一、2021年国民经济和社会发展计划执行情况"
PLAN_ITEM = ("四是进一步提升开放平台能级。高标准实施中新互联互通项目，继续聚焦金融、航空、物流、信息四大领域，加快中新金融科技合作示范区、"
             "国际航空物流产业示范区、大数据智能化产业示范园区等项目建设，依托中新国际数据通道促进跨境数字贸易，拓展实施商务、农业、人才培训、"
             "文旅等合作计划。")


def test_4_a_task_said_bare_is_of_the_plan_part_unless_under_the_results_heading():
    assert in_plan_part([], PLAN_ITEM, [], 2022)
    assert not in_plan_part([RESULTS_HEADING], PLAN_ITEM, [], 2022)


def test_5_a_forecasts_span_is_no_figure():
    assert [g.raw for g in find_figures(FORECAST, FORECAST)] == []
