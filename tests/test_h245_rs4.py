"""h245: findings of the blind re-score rs4 (hd45b 邢台市林业局, hd46b 威海市环翠区文旅局, hd45c 常德市住建局), on their real lines.

A notice's decision (经…评审，决定授予…等50个社区“…”称号（名单见附件）) drafted in a reply is a past act: dated by its
document (2021年，…授予…), its pointer to the notice's attachment dropped, its counts a one-off batch no newer year's value
replaces — never a 【待更新：统计期】 flag mid-sentence nor a comment asking for this year's figures. A body setting a target
(邢台市明确到2025年底前，…) in a page of an earlier year is a plan, not work done. The place's own name before its
town (环翠区张村镇姜家疃村入选…) or a verb of setting (邢台市明确…) is 我区/我市 in its reply. Part two's step carrying on work part
one reports (进一步提升旅游消费力。) is no plan either: highlighted as the ask's own step is. Figures a sentence opening on a run
since an event (试点海绵城市建设以来，…148个子项目，总投资78.15亿元。截至2017年12月，…) counts before the statement's cut-off are of that run,
not of the page's date; a forecast clause among results (剩余1个内涝点…预计…可全部完工) is a plan of its own.
"""

from __future__ import annotations

import docx
from docx.oxml.ns import qn
from helpers import comments_on, distil, fact_saying, first_saying, part_one_of, part_two_of, seeds_draft, unit_workspace

from drafter.check import check_draft
from drafter.compose.sentences import as_done, is_policy_count, own_place_named, year_position
from drafter.distill.facts import sets_target
from drafter.model import Figure

# seeds/2021-05-14_森林村庄称号通报.txt of hd45b (邢绿字[2021]4号), its head and decision.
NOTICE = ("邢绿字[2021]4号\n邢台市绿化委员会\n邢台市林业局\n关于授予信都区滨江社区等单位邢台市\n"
          "“森林社区”、“森林单位”、“森林乡镇”、“森林村庄”、“森林人家”称号的通报\n"
          "各县(市、区)政府、开发区管委会、邢东新区管委会:\n"
          "为深入贯彻落实习近平生态文明思想,加快推进我市国家森林城市创建,根据《关于印发《邢台市“森林社区、森林单位、森林乡镇、"
          "森林村庄、森林人家”评选活动实施方案》的通知》(邢绿办字[2021]10号),经各县(市、区)推荐申报,市绿化委员会评审,决定授予"
          "信都区滨江社区等50个社区“邢台市森林社区”称号、信都区国有苏村苗圃等50个单位“邢台市森林单位”称号、信都区白岸乡等30个乡镇"
          "“邢台市森林乡镇”称号、信都区禅林寺村等100个村庄“邢台市森林村庄”称号、信都区星宿民俗等30个个体单位“邢台市森林人家”称号"
          "(名单见附件)。\n附件:1.邢台市森林社区名单\n2.邢台市森林单位名单\n2021年5月14日\n")
DECIDED = ("经各县（市、区）推荐申报，市绿化委员会评审，决定授予信都区滨江社区等50个社区“邢台市森林社区”称号、"
           "信都区星宿民俗等30个个体单位“邢台市森林人家”称号（名单见附件）。")


def test_a_decisions_counts_are_no_statistic():
    assert is_policy_count(DECIDED, "50个") and is_policy_count(DECIDED, "30个")
    assert year_position(DECIDED, []) == 0
    # its date opens the sentence, not the clause of its first count (市绿化委员会评审，2021年，授予…)
    assert year_position(DECIDED, [Figure(value=50, unit="个", raw="50个")]) == 0
    assert as_done(DECIDED) == ("经各县（市、区）推荐申报，市绿化委员会评审，授予信都区滨江社区等50个社区“邢台市森林社区”称号、"
                                "信都区星宿民俗等30个个体单位“邢台市森林人家”称号。")
    # a count of work done is a statistic still (the year's afforestation), and so is a decision's after a ；
    assert not is_policy_count("全年完成造林5万亩。", "5万亩")
    assert not is_policy_count("决定授予10个村庄称号；全年完成造林5万亩。", "5万亩")
    assert as_done("共下达资金200万元（详见附件2）。") == "共下达资金200万元。"


def test_a_notices_decision_is_drafted_as_a_dated_act(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "邢台市林业局", "市林业局", "邢台市")
    _, out = seeds_draft(tmp_path, ws, {"2021-05-14_森林村庄称号通报.txt": NOTICE}, "634", "关于深入实施乡村绿化美化的建议",
                         "关于深入实施乡村绿化美化的建议\n\n建议深入实施乡村绿化美化，开展森林村庄、森林乡镇创建。\n",
                         "--deputy", "张丽芳", "--type", "A", "--proposal", "--date", "2024-05-20")
    document = docx.Document(out)
    said = next(p.text for p in part_one_of(document.paragraphs) if "滨江社区" in p.text)
    assert "2021年，为深入贯彻落实习近平生态文明思想" in said, said
    assert "市绿化委员会评审，授予信都区滨江社区等50个社区" in said, said
    assert "决定" not in said and "附件" not in said and "【待更新" not in said, said
    # its comment dates it, asking no newer value of a one-off batch
    notes = "".join(comments_on(out, said[:8]))
    assert "按来源日期写作“2021年”" in notes, notes
    assert "最新数值" not in notes and "全年" not in notes, notes
    # nor does drafter check ask for newer values of its counts (the fact says 决定授予; the draft no longer does)
    codes = [(f.code, f.paragraph) for f in check_draft(ws, out).findings]
    assert not [c for c in codes if c[0].startswith("number-")], codes


# seeds/2022-06-06_目标2025年建50个省级森林乡村.txt of hd45b, its head and first two paragraphs.
TARGET_NEWS = ("当前位置: 牛城要闻\n\n目标2025年!邢台将建50个省级森林乡村\n\n来源: 掌上邢台客户端  作者:王露橦 赵娟娟 和钰\n"
               "2022-06-06 11:10:53\n\n"
               "  从邢台市绿委办获悉,邢台市明确到2025年底前,结合美丽乡村建设和农村人居环境综合整治,以街道绿化、庭院绿化、进村路绿化、"
               "小游园建设等为重点,加快推进村庄绿化美化进程。\n\n"
               "  按照计划,邢台市将遵循科学规划、合理布局,以人为本、生态优先,优化结构、绿美并举,保护为先、造改结合,突出重点、循序渐进的原则,"
               "采取街巷绿化、庭院绿化、公共场地绿化、沟渠坑塘绿化、环村林建设等模式推进村庄绿化美化。\n")


def test_a_target_set_is_a_plan(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "邢台市林业局", "市林业局", "邢台市")
    fact = fact_saying(distil(tmp_path, ws, TARGET_NEWS, "2022-06-06_目标2025年建50个省级森林乡村.txt"), "明确到2025年底前")
    assert fact.kind == "plan", fact
    # set in the page's own year or after it, or said reached (已), it is no plan
    lead = "邢台市明确到2025年底前,结合美丽乡村建设,加快推进村庄绿化美化进程。"
    assert sets_target(lead, 2022) and not sets_target(lead, 2025)
    assert not sets_target("全市明确到2025年底前完成村庄绿化100个，目前已完成80个。", 2024)


def test_its_own_place_before_its_town_or_a_target_is_ours(tmp_path):
    huancui = unit_workspace(tmp_path / "hc", "威海市环翠区文化和旅游局", "区文化和旅游局", "环翠区")
    assert own_place_named("2022年度，环翠区张村镇姜家疃村入选山东省乡村旅游重点村。", huancui) == (
        "2022年度，我区张村镇姜家疃村入选山东省乡村旅游重点村。")
    xingtai = unit_workspace(tmp_path / "xt", "邢台市林业局", "市林业局", "邢台市")
    assert own_place_named("邢台市明确到2025年底前，加快推进村庄绿化美化进程。", xingtai).startswith("我市明确到2025年底前")
    # an organ of the place stays named (环翠区人民医院), and so does a place inside another's name
    assert own_place_named("环翠区人民医院开展义诊。", huancui) == "环翠区人民医院开展义诊。"
    assert own_place_named("环翠区城乡建设局开展检查。", huancui) == "环翠区城乡建设局开展检查。"
    assert own_place_named("环翠区张村镇人民政府组织验收。", huancui) == "环翠区张村镇人民政府组织验收。"
    assert own_place_named("威海市环翠区张村镇入选。", huancui) == "威海市环翠区张村镇入选。"


# seeds/2022-09-01_威海27个村庄入选省级名单.txt of hd46b, its head and honours (the list cut).
VILLAGES = ("首页 > 关注民生\n\n省级名单公布!威海27个村庄入选\n\n2022-09-01 编辑: 仲鹤\n\n"
            "      日前,由省文化和旅游厅组织评选的2022年度全省乡村旅游重点村、第三批山东省景区化村庄正式公布,环翠区张村镇姜家疃村等7个村庄、"
            "文登区泽头镇峰山村等20个村庄分别入选。\n\n      2022年度山东省乡村旅游重点村入选名单\n\n      (威海部分)\n\n"
            "      环翠区张村镇姜家疃村\n\n      文登区泽库镇港南村\n\n")
HD46B = ("关于促进释放旅游消费潜力的建议\n\n提案人：王某某委员\n\n旅游消费是扩大内需、带动服务业发展的重要力量。为此建议：\n\n"
         "一、提升旅游承载力。完善重点景区游客服务设施，加大旺季停车、如厕、交通疏导等配套保障，推动重点景区、度假区提档升级，提高接待能力和游客体验。\n\n"
         "二、提升旅游消费力。挖掘本地特色美食和小吃，解决游客“到哪吃、吃什么”的问题；开发具有地方特色的文创产品和旅游商品，"
         "解决“到哪买、买什么”的问题；发展乡村旅游，丰富乡村休闲消费业态。\n")


def test_part_two_steps_without_a_plan(tmp_path):
    """(一), whose work part one does not report, is the ask's words as a step: highlighted, no promise left plain (hd30b); so
    is (二), which carries on work part one reports (2022年度，我区…入选…): no plan stands behind 进一步提升旅游消费力 either (rs8
    hd52c: 下一步，我厅将持续推动建立…应急预案体系。 left plain beside section 2's highlighted step)."""
    ws = unit_workspace(tmp_path / "ws", "威海市环翠区文化和旅游局", "区文化和旅游局", "环翠区")
    _, out = seeds_draft(tmp_path, ws, {"2022-09-01_威海27个村庄入选省级名单.txt": VILLAGES}, "24", "关于促进释放旅游消费潜力的建议",
                         HD46B, "--deputy", "王某某", "--type", "B", "--proposal", "--date", "2024-07-05")
    document = docx.Document(out)
    steps = [p for p in part_two_of(document.paragraphs) if p.text.startswith(("（一）", "（二）"))]
    assert len(steps) == 2, [p.text for p in steps]
    lit = ["".join(r.text for r in step.runs if r._r.find(f"{qn('w:rPr')}/{qn('w:highlight')}") is not None) for step in steps]
    assert "提升旅游承载力。" in lit[0], steps[0].text
    assert "进一步提升旅游消费力。" in lit[1] and "【待补充：具体举措】" in lit[1], steps[1].text
    assert any("我区张村镇姜家疃村入选" in p.text for p in part_one_of(document.paragraphs))


# seeds/2018-01-31_常德海绵城市建设.txt of hd45c, its heading and 2.建设进度 (the page's paragraph 3, as saved).
SPONGE = "(三)积极建设海绵城市。\n2.建设进度。试点海绵城市建设以来,在市委、市政府的的指导下,常德市海绵城市建设积极探索,因地制宜,开创性地推进海绵城市建设工作,系统谋划和统筹推进海绵城市建设五大工程148个子项目,总投资78.15亿元。截至2017年12月,已完成工程项目113个,在建项目35个,已建成面积52.98平方公里(试点区域内27.58平方公里,试点区域外25.4平方公里),在建项目35个,在建面积6.41平方公里,已完成投资64.22亿元,投资完成比达82.2%。水质及内涝方面,已整治完成内涝点15个、黑臭水体4条,建成区不积水面积达34.97平方公里,占示范区面积的96.9%,剩余1个内涝点及3条黑臭水体预计海绵总验收前可全部完工。已完成市人大机关、市检察院机关、市环保局机关、芷兰居小区、金色晓岛小区等48个院落改造,建成面积3.83平方公里(试点区域内2.72平方\n"


def test_a_runs_figures_and_a_forecast_among_results(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "常德市住房和城乡建设局", "市住建局", "常德市")
    facts = distil(tmp_path, ws, SPONGE, "2018-01-31_常德海绵城市建设.txt").facts
    run = first_saying(facts, "148个子项目")
    assert (run.kind, run.period.year) == ("done", 2017), run
    assert [(f.raw, f.year) for f in run.figures[:3]] == [("148个", None), ("78.15亿元", None), ("113个", 2017)]
    forecast = first_saying(facts, "预计海绵总验收前")
    assert forecast.kind == "plan" and forecast.text == "剩余1个内涝点及3条黑臭水体预计海绵总验收前可全部完工。", forecast
    assert "预计" not in run.text and run.text.endswith("占示范区面积的96.9%。"), run.text
    assert first_saying(facts, "48个院落改造").kind == "done"
