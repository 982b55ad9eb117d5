"""hx60b: findings of the held-out test hd60b (黄冈市发展和改革委员会), each on its seeds' real lines.

B2. A plan's target of a year already past at the draft's date (到2023年… of a 2021 action plan in a reply of 2025) is a lapsed
    target: never a part-two item, with its year or without (was (三) 基础设施联通水平显著提升…“1小时通勤圈”全面形成 and (五)
    公共服务便利共享水平显著提升，实现基本公共服务均等化, marked 2021年计划); a state to reach (…显著提升, …全面形成) is no measure.
B1. A sentence of a series under a place's committee as its doer and a scope (市委…。在县城，…。建设专业园区…) keeps them: never
    said bare as the bureau's work (was 建设专业园区、出台专项政策、完善专项配套… alone under 推动产业协同布局).
"""

from __future__ import annotations

from helpers import part_one, part_two_texts, seeds_draft, unit_workspace

import docx

HUANGGANG = ("黄冈市发展和改革委员会", "市发改委", "黄冈市",
             "黄州区, 团风县, 红安县, 罗田县, 英山县, 浠水县, 蕲春县, 黄梅县, 麻城市, 武穴市")
# seeds/2021-06-01_huanggang-rongru-wuhan-chengshiquan-xingdong-fangan.txt of hd60b: its lines 1, 2, 5 and 6.
ACTION_PLAN = 'URL: http://m.gzydxx.com.cn/Post/8d992246e4a5e22\n為全面貫徹落實省委十一屆八次全會作出的“一主引領、兩翼驅動、全域協同”區(qū)域發(fā)展布局的工作部署,加快融入武漢城市圈同城化發(fā)展,制定本行動方案。\n二、發(fā)展目標\n到2023年,經濟發(fā)展水平顯著提升,地區(qū)生產總值達到2850億元,常住人口城鎮(zhèn)化率達到53%;基礎設施聯通水平顯著提升,交通基礎設施同城化初步構建,全面融入武漢公交線路、站場和公交換乘樞紐,路網密度達到2公里/平方公里,“1小時通勤圈”全面形成;產業(yè)融合發(fā)展水平顯著提升,規(guī)上工業(yè)總產值突破2000億元,工業(yè)增加值占GDP比重達到40%左右,戰(zhàn)略性新興產業(yè)增加值占GDP比重達10%以上。生態(tài)環(huán)保共治水平顯著提升,細微顆粒物(PM2.5)平均濃度低于35ug/m,森林覆蓋率達44%,城市空氣質量優(yōu)良天數比率達到85%以上,跨界河流斷面水質達標率達到100%,單位GDP能耗下降完成省定任務;公共服務便利共享水平顯著提升,實現基本公共服務均等化,人均公共財政支出達到2萬元,城鎮(zhèn)新增就業(yè)20萬人,勞動年齡人口平均受教育年限達到11年,人均期望壽命達到78歲;體制\n'
# suggestion.txt of hd60b (its title real, its asks the tester's).
SUGGESTION = '关于加快黄团浠一体化发展的建议\n\n黄州、团风、浠水三地山水相连、人缘相亲，是黄冈主城区和融入武汉都市圈的前沿。目前三地在规划衔接、交通互联、产业协作和公共服务共享方面仍存在各自为政、重复建设等问题。为此建议：\n一、建立黄团浠一体化发展工作机制，成立工作专班，统筹推进三地一体化发展；\n二、加强规划统筹衔接，编制黄团浠一体化发展规划，将其纳入全市“十五五”规划；\n三、加快交通基础设施互联互通，推进三地快速通道和公交一体化建设；\n四、推动产业协同布局，错位发展，共建产业园区，承接武汉产业转移；\n五、推进公共服务共建共享，推动政务服务跨区通办、教育医疗资源共享。\n'
# seeds/2024-01-25_huanggang-sheng-zhengfu-gongzuo-baogao-redian.txt of hd60b: its lines 1 and 4.
COUNTY_WORK = 'URL: http://gdzschangxing.com/yewu/zhizhuchanye/1146.html\n市委系统谋划强县工程和乡村振兴的总体思路、目标任务和落地措施,明确13项重点任务,有力有效推进实施。在县城,积极推进城市产业“双集中”和就地城镇化。优化城市空间布局、增强产业配套功能、“四区联动”城市更新,实现集中集约发展。建设专业园区、出台专项政策、完善专项配套,推动产业集中高质量发展。在县域,系统构建发展体系、服务体系和治理体系。坚持一二三产业融合发展,以供应链思维重构产业链、提升价值链,围绕“一县一品”“一县一特”,做强做大十大农业产业链,构建“一县一个供应链”,重点打造24个地标产品品牌。坚持公共服务城乡一体化,推动共同缔造向纵深拓展,黄冈比较优势和发展内生动力正有效激活。\n'
TITLE = "关于加快黄团浠一体化发展的建议"
OPTIONS = ("--deputy", "徐友明", "--session", "市六届人大五次会议")


def test_b2_a_target_of_a_year_past_is_no_next_step(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HUANGGANG)
    _, out = seeds_draft(tmp_path, ws, {"2021-06-01_huanggang-rongru-wuhan-chengshiquan-xingdong-fangan.txt": ACTION_PLAN},
                         "45", TITLE, SUGGESTION, *OPTIONS, "--date", "2025-07-15")
    steps = "".join(part_two_texts(docx.Document(out)))
    for target in ("显著提升", "全面形成", "初步构建", "1小时通勤圈", "均等化", "2021年计划"):
        assert target not in steps
    assert steps.count("【待补充：具体举措】") == 5  # (each ask's step a gap for the clerk)


def test_b1_a_series_under_the_committee_and_a_scope_keeps_them(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HUANGGANG)
    _, out = seeds_draft(tmp_path, ws, {"2024-01-25_huanggang-sheng-zhengfu-gongzuo-baogao-redian.txt": COUNTY_WORK},
                         "45", TITLE, SUGGESTION, *OPTIONS, "--date", "2025-07-15")
    said = [t for t in part_one(docx.Document(out)) if "建设专业园区" in t]
    assert said, "the county towns' parks no longer reported"
    for text in said:
        assert text.startswith("市委系统谋划强县工程") and "在县城，积极推进城市产业" in text
