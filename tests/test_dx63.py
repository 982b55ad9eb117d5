"""dx63: places and periods, each on the real lines of the held-out rounds hd73a (乐清市农业农村局), hd73b (沙依巴克区教育局) and
hd73c (奉节县生态环境局).

1. (hd73c D1) A person's title is no place: 祁美文县长在…常务会上 names no 祁美文县; 采取县上定期调度 (县上: the county's authorities)
   names no 采取县 — the statement is 奉节县's own, not another place's.
2. (hd73c D5) The N of "N个Y之一" counts the class the subject is one of, never the subject's own: 10个国家重点生态功能区之一 is
   重庆市's count where the text names that place before it, else the nation's (was 奉节县's).
3. (hd73b distillation 2) A 政府工作报告 delivered 2024-01-08 whose running text heads its review 2023年工作回顾 (no heading set
   apart): the review's statements are 2023's (were 2024's, the day it was delivered); its plans for 2024, after the heading of
   that year's work, stay 2024's.
4. (hd73a distillation 2) A page of 2023-08-08 opening 2003年，浙江省启动实施“千万工程”… tells a history from that year: its
   20年来，乐清市坚持… and 西塍村's present are not 2003's (were, the page's period taken from its opening year).
5. (hd73a distillation 3) A village the page placed in one of the workspace's areas (芙蓉镇西塍村, 芙蓉镇 declared): the later
   statements of 西塍村 are 芙蓉镇's, not the city's (were 乐清市's).
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.places import figure_places, places_in

# seeds/2019-05-10_奉节强力推进生态环境突出问题整改.txt of hd73c: its second paragraph's first two sentences, after its head.
FENGJIE_NEWS = ("奉节强力推进生态环境突出问题整改\n2019-05-10\n"
                "据了解,祁美文县长在第十七届县政府第53次常务会和2019年第一次环委会上,专题研究生态环境突出问题,将10个生态环境突出问题"
                "的整改工作、114个固废点位的清理整治工作明确给相关单位限期整改。采取县上定期调度、县分管领导挂帅、县政府办公室督办跟踪、"
                "县纪委监委铁纪问责四项措施强力推进。\n")
# seeds/2022-02-14_奉节县生态环境保护十四五规划.txt of hd73c: its second line, to the clause after the count.
FENGJIE_PLAN = ("奉节县生态环境保护“十四五”规划\n2022-02-14\n“十四五”期间(2021—2025年)是生态环境保护的主次要矛盾转化期、经济社会发展和"
                "生态环境保护的阶段性和区域性分异并存期,奉节县位于长江三峡库区腹心,作为重庆市的东大门和10个国家重点生态功能区之一(三峡库区"
                "水土保持生态功能区),协同推进经济高质量发展和生态环境高水平保护、持续改善生态环境质量面临重大挑战与重要机遇。\n")
# seeds/2024-01-08_沙依巴克区政府工作报告.txt of hd73b: its first two lines, to their first sentences after the review's heading; then
# a plan part headed as the review is, in the running text (not of the seed, which stops before it).
SAYIBAGE_REPORT = ("\n—1—政府工作报告—2024年1月8日在区第十八届人民代表大会第四次会议上沙依巴克区人民政府区长海赛尔·沙比提各位代表:现在,"
                   "我代表区人民政府向大会报告工作,请予审议,并请各位政协委员、其他列席人员提出意见。2023年工作回顾2023年是全区上下坚定信心、"
                   "笃行不怠,奋力推进经济社会高质量发展的重要一年。\n—2—一、聚力抓好稳定工作,社会大局持续和谐坚决扛起维护社会稳定的政治责任,"
                   "扎实推进平安沙区建设,坚决巩固来之不易的社会稳定局面。(一)稳定常态实现新巩固。积极适应反恐维稳新形势、新特点、新要求,"
                   "法治固根本、稳预期、利长远的保障作用显著增强。\n—3—2024年工作安排2024年是实施“十四五”规划的关键一年。\n"
                   "稳定是发展的前提,责任重大、使命光荣。\n我们将持续深化平安沙区建设,全力维护社会大局稳定。\n")
# seeds/2023-08-08_qianwan-gongcheng-20nian.txt of hd73a: its first two lines.
YUEQING_PAGE = ("2003年,浙江省启动实施“千村示范、万村整治”工程(以下简称“千万工程”),在浙江近4万个村庄中选择近万个行政村进行全面整治,"
                "把其中近千个中心村建设成全面小康示范村,并以此为龙头,深入推进社会主义新农村建设。温州乐清在20年前就播下了“振兴”的种子,"
                "一张跨越时空的美丽蓝图开始擘画。\n一个个村庄洁净焕颜,一幅幅美景生动活泼,一个个产业强村富农,一户户家庭越来越好……"
                "打开20年历史长卷,描绘的美丽愿景一一照进了现实。20年来,乐清市坚持一张蓝图绘到底,实现农村人居环境深刻重塑、美丽乡村建设"
                "提档升级、城乡融合发展深入推进、农民精神面貌持续改善,从“千村示范、万村整治”走向了“千村精品、万村美丽”,进而朝着"
                "“千村未来、万村共富”的路径迭代升级,走出了一条村美人和民富的坦途,这也是打造“醉美之城·幸福乐清”的“醉美”表达。\n")
# …and its fourth to sixth lines (their first sentences).
YUEQING_VILLAGE = ("盛夏的傍晚,知了声声,党建公园传来孩子荡秋千的笑声,芙蓉镇西塍村仿佛一幅生动的夏日油画。\n"
                   "因位于芙蓉原野上,故而得名“西塍”,西塍村是芙蓉地域最早建村的村落,也是第一批乘着“千万工程”的“东风”,从原始偏僻的落后村,"
                   "发展到如今远近闻名的“明星村”“示范村”。\n2004年开始,西塍村紧紧围绕生产发展、生活宽裕、乡风文明、村容整洁、管理民主的总体"
                   "要求,踏出新农村建设第一步,以创建文明村、小康村、平安村为目标,持续擦亮靓丽底色。\n")
YUEQING = ("乐清市农业农村局", "市农业农村局", "乐清市", "芙蓉镇, 柳市镇")
SAYIBAGE = ("沙依巴克区教育局", "区教育局", "沙依巴克区")
FENGJIE = ("奉节县生态环境局", "县生态环境局", "奉节县", "兴隆镇, 草堂镇")


def test_1_a_persons_title_and_a_levels_authorities_name_no_place(tmp_path):
    assert places_in("据了解,祁美文县长在第十七届县政府第53次常务会和2019年第一次环委会上,专题研究生态环境突出问题") == []
    assert places_in("采取县上定期调度、县分管领导挂帅、县政府办公室督办跟踪") == []
    # (a place's own words after 上 and the place under it stay: 奉节县上半年…, 杭州市上城区)
    assert [n for _, _, n in places_in("奉节县上半年完成整改，杭州市上城区")] == ["奉节县", "杭州市", "上城区"]
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *FENGJIE), FENGJIE_NEWS, "2019-05-10_奉节强力推进生态环境突出问题整改.txt")
    for words in ("祁美文县长在第十七届县政府", "采取县上定期调度"):
        fact = first_saying(ff.facts, words)
        assert (fact.jurisdiction, fact.external) == ("奉节县", False)  # (were 祁美文县, 采取县: another place's)


def test_2_the_count_of_a_class_the_subject_is_one_of_is_not_its_own(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *FENGJIE), FENGJIE_PLAN, "2022-02-14_奉节县生态环境保护十四五规划.txt")
    fact = first_saying(ff.facts, "10个国家重点生态功能区之一")
    assert [(g.raw, g.place) for g in fact.figures] == [("10个", "重庆市")]  # (the place named before it: its count)
    # (with the subject alone before it, the class is the nation's: was 奉节县's own 10)
    member = "奉节县位于长江三峡库区腹心，作为10个国家重点生态功能区之一"
    assert figure_places(member, [member.index("10")], "奉节县", "奉节县") == ["全国"]
    counted = "奉节县是全市10个国家级贫困县之一"  # (a scope before it keeps its count)
    assert figure_places(counted, [counted.index("10")], "奉节县", "奉节县") != ["全国"]


def test_3_a_report_delivered_early_in_a_year_reviews_the_year_before(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *SAYIBAGE), SAYIBAGE_REPORT, "2024-01-08_沙依巴克区政府工作报告.txt")
    assert ff.source.date == "2024-01-08"
    for words in ("2023年工作回顾", "聚力抓好稳定工作"):
        assert first_saying(ff.facts, words).period.year == 2023  # (were 2024: the day delivered, the document's date)
    plan = first_saying(ff.facts, "持续深化平安沙区建设")
    assert (plan.kind, plan.period.year) == ("plan", 2024)
    assert first_saying(ff.facts, "责任重大、使命光荣").period.year == 2024  # (the review ends at the heading of 2024's work)


def test_4_a_history_opening_long_before_the_pages_date_is_not_its_period(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *YUEQING), YUEQING_PAGE, "2023-08-08_qianwan-gongcheng-20nian.txt")
    assert ff.source.period != 2003
    assert first_saying(ff.facts, "2003年，浙江省启动实施").period.year == 2003  # (the history's own year stays)
    run = first_saying(ff.facts, "20年来，乐清市坚持").period
    assert run.year != 2003 and (run.until or run.year) == 2023  # (2003–2023, or as of the page's 2023: was 2003)


def test_5_a_village_the_page_placed_in_a_declared_town_is_that_towns(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *YUEQING), YUEQING_PAGE + YUEQING_VILLAGE,
                "2023-08-08_qianwan-gongcheng-20nian.txt")
    for words in ("西塍村是芙蓉地域最早建村的村落", "西塍村紧紧围绕生产发展"):
        assert first_saying(ff.facts, words).jurisdiction == "芙蓉镇"  # (were 乐清市)
    assert first_saying(ff.facts, "20年来，乐清市坚持").jurisdiction == "乐清市"
