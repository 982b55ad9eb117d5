"""dx62: figure labels and a speech's frame, on the real lines of the held-out tests hd73a (乐清市农业农村局), hd73b (沙依巴克区
教育局) and hd73c.

1. 中 ends a figure's label as a word (初中17112人, 示范性高中2所: schools), cut only as "among" or "in" (企业中); a scope's 有
   opening what it has is no part of it (辖区有幼儿园80所 → 幼儿园).
2. A time ago or a span a work took is no count (20年前就播下了…的种子, 经过13年的品种选育); a count of the things one was picked from
   (在浙江近4万个村庄中选择…) counts them, a place between 在 and it.
3. A speech's frame gives no topic: its address (各位代表, 请各位政协委员), the name of its speaker (海赛尔·沙比提), the guidance its
   work was done under (在…的坚强领导下), the scope's whole body (全区上下), 现就…汇报如下, 听取….
4. A page opening on the day of its event, 近日 run into its subject (近日生态环境部西南督察局…一行对我县…调研), is news (was a work
   report): its comma lost, still its lede.
5. A figure opening its own clause of a state counts those in that state (已完成40个，74个正在整改中: 74 are 正在整改, not 已完成);
   the last of a list's items ends where the item before it ended, on the head they share, before their predicate
   (…的整改工作、114个固废点位的清理整治工作|明确给相关单位限期整改).
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

# The bureau of hd73b: name, short name, place.
SHAYIBAKE = ("乌鲁木齐市沙依巴克区教育局", "区教育局", "沙依巴克区")
# seeds/2023-11-24_沙依巴克区2022年履行教育职责工作报告.txt of hd73b: its head and line 10, its line 12 to 示范性高中2所.
DUTY_REPORT = (
    "沙依巴克区人民政府2022年履行教育职责工作报告\n2023-11-24 11:54   沙区政府教育督导室\n\n一、基本情况\n\n"
    "2023年辖区共有学校46所,其中区属中小学40所,民办学校1所,市属学校3所,自治区属学校1所,厂矿子校1所。辖区内在校中小学生68428人"
    "(小学40979人,初中17112人,高中10337人)。义务教育段少数民族学生22632人,义务教育段随迁子女24409人。区属中小学教职工3211人,"
    "中小学专任教师2994人。九年义务教育户籍人口巩固率为100%,中小学适龄儿童少年入学率为100%。初等教育和初级中等教育完成率达到国家规定要求。"
    "辖区有幼儿园80所,其中公办园26所,民办园54所,在园幼儿14519人,教职工2252人。\n\n"
    "全区现有全国级文明校园1所、消防安全示范校1所、篮球特色学校10所、足球特色学校3所、防震减灾科普示范学校1所;自治区级中小学党建工作示范校2所、"
    "示范性高中2所。\n")

# The bureau of hd73a.
YUEQING = ("乐清市农业农村局", "市农业农村局", "乐清市")
# seeds/2023-08-08_qianwan-gongcheng-20nian.txt of hd73a: its first line (a heading put before it).
TWENTY_YEARS = ("乐清：千万工程二十年\n\n2003年,浙江省启动实施“千村示范、万村整治”工程(以下简称“千万工程”),在浙江近4万个村庄中选择近万个行政村"
                "进行全面整治,把其中近千个中心村建设成全面小康示范村,并以此为龙头,深入推进社会主义新农村建设。温州乐清在20年前就播下了“振兴”的种子,"
                "一张跨越时空的美丽蓝图开始擘画。\n")
# seeds/2017-04-24_yandang-maji.txt of hd73a: its head and line 3 from 直到2004年 (a mirror's page, its pinyin in brackets).
YANDANG = ("溫州樂清600多年歷史的雁蕩土雞 終于不土了\n直到2004年,,浙江綠雁農(nóng)業(yè)開發(fā)有限公司負(fù)責(zé)人帶領(lǐng)村民開始尋找雁蕩麻雞雞種,"
           "在大荊,、雁蕩,、湖霧、仙溪等地,,按照羽色豐富和體型緊湊的特征收購種雞,。經(jīng)過13年的品種選育,形成了現(xiàn)在遺傳性能穩(wěn)定,、"
           "群體外貌基本一致的雁蕩麻雞種質(zhì)資源 ,,雁蕩麻雞的種群也在不斷擴(kuò)大。\n")

# seeds/2024-01-08_沙依巴克区政府工作报告.txt of hd73b: its line 2 to its first paragraph's end (a page that lost its breaks).
GOVERNMENT_REPORT = ("—1—政府工作报告—2024年1月8日在区第十八届人民代表大会第四次会议上沙依巴克区人民政府区长海赛尔·沙比提各位代表:现在,我代表区人民政府向大会报告工作,请予审议,并请各位政协委员、其他列席人员提出意见。2023年工作回顾2023年是全区上下坚定信心、笃行不怠,奋力推进经济社会高质量发展的重要一年。在市委、市政府和区委的坚强领导下,在区人大、区政协的监督支持下,区政府以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大和二十届二中全会精神,贯彻落实习近平总书记视察新疆、听取自治区和兵团工作汇报时重要讲话精神,完整准确全面贯彻新时代党的治疆方略,坚持稳中求进工作总基调,攻坚克难,踔厉奋发,社会大局持续稳定,经济发展总体平稳,民生保障有力有效,沙依巴克区高质量发展迈出坚实步伐。\n")

# The bureau of hd73c.
FENGJIE = ("奉节县生态环境局", "县生态环境局", "奉节县")
# seeds/2019-05-10_奉节强力推进生态环境突出问题整改.txt of hd73c: its line 2, and its line 3's sentence on 114个固废点位 (a heading
# put before them).
RECTIFYING = ("奉节强力推进生态环境突出问题整改\n\n据了解,祁美文县长在第十七届县政府第53次常务会和2019年第一次环委会上,专题研究生态环境突出问题,将10个生态环境突出问题的整改工作、114个固废点位的清理整治工作明确给相关单位限期整改。采取县上定期调度、县分管领导挂帅、县政府办公室督办跟踪、县纪委监委铁纪问责四项措施强力推进。\n114个固废点位的清理整治工作已完成40个,74个正在整改中,完成率35.1%;其中冯坪乡、红土乡、新民镇、兴隆镇、大树镇全部完成固废点位的清理整治工作。\n")

# seeds/2022-06-20_西南督察局赴奉开展第二轮中央环保督察调研.txt of hd73c, to the page's chrome.
INSPECTION = ('生态环境部西南督察局赴奉开展第二轮中央环保督察调研工作\n日期:2022-06-20\n\n近日生态环境部西南督察局梅进副处长一行对我县第二轮中央生态环境保护督察整改情况开展跟踪督察调研。督察组调研了草堂镇久轩石料厂、生态工业园区污水处理厂、金盆货运码头、康乐镇寂静港、五马镇采石场、兴隆镇桃源村大石坝石厂等13个点位。督察组先后听取了县级相关部门关于第二轮中央生态环保督察整改情况的汇报,并调阅相关档案资料。督察组对我县第二轮中央生态环保督察整改落实情况表示肯定,调查的13个点位均反馈问题。\n')


def _labels(ff, words: str) -> dict[str, str | None]:
    return {f.raw: f.counts for f in first_saying(ff.facts, words).figures}


def test_1_zhong_ending_a_word_is_kept_and_a_scopes_you_is_cut(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *SHAYIBAKE), DUTY_REPORT, "2023-11-24_履行教育职责工作报告.txt")
    pupils = _labels(ff, "辖区内在校中小学生")
    assert (pupils["17112人"], pupils["10337人"]) == ("初中", "高中")  # (were 初, 高)
    assert pupils["80所"] == "幼儿园"  # (was 辖区有幼儿园)
    assert _labels(ff, "示范性高中")["2所"] == "示范性高中"  # (was 示范性高)


def test_2_a_time_ago_or_a_span_taken_is_no_count_and_a_pool_picked_from_is_counted(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *YUEQING)
    launch = distil(tmp_path, ws, TWENTY_YEARS, "2023-08-08_qianwan-gongcheng-20nian.txt")
    labels = _labels(launch, "近4万个村庄")
    assert labels["近4万个"] == "村庄"  # (was 村庄中选择近万个行政村)
    assert "20年" not in labels  # (was 前就播下了“振兴”的种子 20年)
    breeding = distil(tmp_path, ws, YANDANG, "2017-04-24_yandang-maji.txt")
    assert not [f for f in first_saying(breeding.facts, "13年").figures if f.raw == "13年"]  # (was 经过 13年)


def test_3_a_speechs_frame_gives_no_topic(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *SHAYIBAKE)
    report = distil(tmp_path, ws, GOVERNMENT_REPORT, "2024-01-08_沙依巴克区政府工作报告.txt")
    topics = first_saying(report.facts, "经济发展总体平稳").topics
    assert "政府工作报告" in topics
    # (were 沙比提各位代表, 请各位政协委员, 上下坚定信心, 坚强领导下, 听取自治区)
    assert not [t for t in topics if any(w in t for w in ("各位", "沙比提", "上下", "领导下", "听取"))], topics
    duty = distil(tmp_path, ws, DUTY_REPORT.replace("一、基本情况\n\n", "根据乌鲁木齐市人民政府教育督导委员会《2023年对区(县)人民政府履行教育职责"
                                                   "评价方案》相关要求,现就2022年度沙依巴克区人民政府履行教育职责情况汇报如下:\n\n一、基本情况\n\n"),
                  "2023-11-24_履行教育职责工作报告.txt")
    assert "现就" not in first_saying(duty.facts, "相关要求").topics  # (was its one topic)


def test_4_a_page_opening_on_its_events_day_is_news_its_comma_lost(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *FENGJIE), INSPECTION, "2022-06-20_西南督察局赴奉开展第二轮中央环保督察调研.txt")
    assert ff.source.kind == "news"  # (was work_report)


def test_5_a_figure_opening_a_clause_of_a_state_and_a_lists_last_item(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *FENGJIE)
    page = distil(tmp_path, ws, RECTIFYING, "2019-05-10_奉节强力推进生态环境突出问题整改.txt")
    assert _labels(page, "明确给相关单位限期整改")["114个"] == "固废点位的清理整治工作"  # (was 清理整治工作明确给相关单位限期整改)
    done = _labels(page, "74个正在整改中")
    assert (done["40个"], done["74个"]) == ("已完成", "正在整改")  # (74个 was 已完成)
