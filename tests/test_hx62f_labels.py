"""hx62f: label and year faults the held-out tests hd62a (洞头区交通运输局), hd62b (栖霞市农业农村局) and hd61b (霞浦县农业农村局)
found in distilled figures, each on its seed's real lines.

- A label is what the clause measures, never a place (栖霞市已有120多年的苹果种植历史: 苹果种植历史), a range's closing word
  (稳定在270—280万亩之间) or a level's verb (保持在, 稳定在), the head a task or record makes of the things counted (…的先河,
  …的建设任务: the things, with the work done on them where its verb runs into the figure), an effort (6年的努力: the time towards
  what the clause after makes), nor a bare 指标 (15项指标位列全市前三: 位列全市前三指标).
- A share said of a whole and a source (农民人均纯收入的80%以上来自果业) is the share of the whole from it.
- A count and a measure of the same things before the next figure (17个、面积8020亩…示范基地) are both of the things named after.
- A time that is a clause alone (至2012年，; 据统计，2020年，) dates every figure of its sentence after it, a standing area too.
"""

from __future__ import annotations

from helpers import distil, figure_labels, first_saying, unit_workspace
from helpers import XIAPU as XIAPU_BUREAU

# seeds/2018-10-17_栖霞苹果艺术节开幕.txt of hd62b: its second paragraph's opening and close.
QIXIA = ("栖霞市已有120多年的苹果种植历史，果园面积超过100万亩，果品年产量22亿公斤。如今苹果已经成为栖霞最大的富民产业和最靓丽的城市名片，"
         "苹果产业年总收入达到120亿元，增加值约占该市GDP的35%，农民人均纯收入的80%以上来自果业。")
# seeds/2020-10-29_烟台苹果产业高质量发展规划.txt of hd62b: 吴晨光's words and the plan's two stages (openings).
EFFORT = ("吴晨光表示，从去年开始，烟台市先后制定出台了苹果产业高质量发展的三年实施意见和六年发展规划。通过6年的努力，"
          "把烟台打造成世界一流苹果生产基地、中国苹果产业的科技创新引领者，把“烟台苹果”打造成世界知名品牌。")
STAGE_1 = ("第一阶段（2020年—2022年）：全市苹果种植面积保持在280万亩左右，优质果园面积达到150万亩以上，优质果率达到90%以上；"
           "总产量560万吨左右。三年建成国家级“山东烟台苹果产业集群”，开创国内以地市为单位、规模化改造120万亩老龄低效果园的先河，"
           "建设国际一流、国内领先的烟台苹果科技创新中心、大数据中心、展示交易中心和文化博物馆。")
STAGE_2 = "第二阶段（2023年—2025年）：全市苹果种植面积稳定在270—280万亩之间，优质果园面积达到200万亩以上，优质果率达到92%以上。"
# seeds/2023-02-14_洞头区政府工作报告2023.txt of hd62a.
DONGTOU = "城乡居民人均可支配收入为60315元、39091元，分别增长6.2%和8.6%，增速均居全市第一，固定资产投资增速等15项指标位列全市前三。"
# seeds/2021-03-01_闽东茶产业宁德霞浦长春元宵茶.txt of hd61b: its paragraphs on 宁德市's tea.
NINGDE = ("近年来，宁德市茶产业的发展不断翻开新的篇章，茶叶生产规模、茶园面积都在不断扩大，茶叶产量、品牌茶叶价值都在不断增加。据统计，"
          "2020年，全市茶园面积95万亩，毛茶产量11.04万吨，同比增长5.8%，毛茶产值41.95亿元，同比增长5.3%，产业整体保持稳定增长态势。\n\n"
          "在茶产业发展稳步向前的同时，宁德市以项目建设为依托，完成了17个、面积8020亩优质农产品标准化示范基地和72个茶叶产地初加工中心的"
          "建设任务，推广绿色防控茶园占总面积的50%，生态茶园覆盖率达75%。产业项目建设持续推进。\n")
# seeds/2014-03-11_寻找福建最美茶乡采风霞浦.txt of hd61b: the sentences on the county's tea up to 2012.
XIAPU = ("“霞浦元宵茶”为元宵前后采摘，有相当高的知名度，2012年12月荣获中国地理标志证明商标。改革开放后，霞浦县成为福建省15个重点产茶县之一，"
         "涉茶人口达13万多人。至2012年，茶园面积达10.11万亩，毛茶总产量达6756吨，产值达3.4亿元。\n")


def test_no_place_fragment_nor_effort_as_label():
    said = figure_labels(QIXIA)
    assert said["120多年"] == "苹果种植历史"  # (was 栖霞市)
    assert figure_labels(EFFORT)["6年"] == "打造成世界一流苹果生产基地用时"  # (was 努力)
    said = figure_labels(STAGE_1)
    assert said["280万亩左右"] == "苹果种植面积"  # (was 苹果种植面积保持)
    assert said["120万亩"] == "规模化改造老龄低效果园"  # (was 老龄低效果园的先河)
    assert figure_labels(STAGE_2)["270—280万亩"] == "苹果种植面积"  # (was 之间)
    assert figure_labels(DONGTOU)["15项"] == "位列全市前三指标"  # (was 指标)


def test_share_from_a_source():
    assert figure_labels(QIXIA)["80%以上"] == "农民人均纯收入来自果业的比重"  # (was 农民人均纯收入: the income itself)
    assert figure_labels(QIXIA)["35%"] == "增加值占该市GDP"  # (a share of its whole stays)


def test_count_and_measure_of_the_things_after():
    said = figure_labels(NINGDE.split("\n\n")[1])
    assert (said["17个"], said["8020亩"], said["72个"]) == (
        "优质农产品标准化示范基地", "优质农产品标准化示范基地面积", "茶叶产地初加工中心")  # (were none, 示范基地, …的建设任务)


def test_time_clause_alone_dates_every_figure_after_it(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *XIAPU_BUREAU[:3]), XIAPU, "2014-03-11_寻找福建最美茶乡采风霞浦.txt")
    years = {g.raw: g.year for g in first_saying(ff.facts, "至2012年").figures}
    assert (years["10.11万亩"], years["6756吨"], years["3.4亿元"]) == (2012, 2012, 2012)  # (10.11万亩 was the page's 2014)
    (tmp_path / "b").mkdir()
    ff = distil(tmp_path / "b", unit_workspace(tmp_path / "b" / "ws", *XIAPU_BUREAU[:3]), NINGDE,
                "2021-03-01_闽东茶产业宁德霞浦长春元宵茶.txt")
    years = {g.raw: g.year for g in first_saying(ff.facts, "据统计").figures}
    assert years["95万亩"] == years["11.04万吨"] == 2020  # (95万亩 had none)
