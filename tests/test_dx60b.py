"""dx60b: labels of the held-out tests hd70a (安顺 water), hd70b (内蒙古 蒙医药), hd70d (云县 refuse) and hd70e (心理健康教育),
each on its seed's real lines.

1. The thing counted is the noun the measure word governs: not an epithet before 的 (3辆相应的垃圾清运车), not the verb done
   before it (安装了垃圾分类亭), the places counted before what they use (1523个自然村正常使用的…), the course attended
   (628人次参加…专项培训); a value a change starts from, its clause naming nothing, is of what the clause before names, and so
   is the value it changes to (由2018年的2590个，增加到目前的5918个).
2. 家 opening 家庭 is no unit (覆盖2万余家庭).
3. Not a subject and its verb (贵州省在建392座和新开工10座水源工程: the works in each stage), not a place list (选取30%个街道),
   a one-character noun between two figures is the first's (沿线7个村5000亩耕地), a change against the years' norm (较多年同期
   偏少56%), no word cut (覆盖面, 多达, 甲等), the whole clause before 分别 and a verb of reaching (床位数分别达到1.1张), no
   plan's start a change is from (从“十一五”初的50多所), and a 、-list before the noun its label's (前来就诊的蒙古国、俄罗斯患者).
"""

from __future__ import annotations

import pytest
from helpers import figure_labels

# seeds of hd70d (云县 replies on refuse).
REFUSE = ("全县共安装了垃圾分类亭110个（布置塑料垃圾桶496只），同时配套3辆相应的垃圾清运车。")
BINS = ("目前，全县1523个自然村正常使用的农村垃圾堆放设施设备数量（垃圾箱、垃圾房、垃圾池），由2018年的2590个，增加到目前的"
        "5918个，增幅达128%。")
KUNMING = ("2018年，昆明在五华区、盘龙区、官渡区、西山区、呈贡区、高新区、经开区、度假区所有街道中选取30%个街道，以及其他县（市、区）"
           "辖区政府所在地街道（乡镇），进行城市生活垃圾分类试点。")
# seeds of hd70e (心理健康教育).
TRAINING = "2024年组织628人次参加国家、省、市三级专项培训，邀请四川大学专家开展讲座。"
FAMILIES = "开展校内主题活动100余场次，覆盖2万余家庭及5万余名师生。"
# seeds of hd70a (安顺, 贵州 water).
WORKS = "今年，贵州省在建392座和新开工10座水源工程，完成蓄水验收23座，实施87座中小型病险水库除险加固。"
RESERVOIR = "有效解决了六马镇及周边1.13万人的抗旱应急水源问题和沿线7个村5000亩耕地的灌溉问题。"
DROUGHT = "贵州省旱情进一步加剧，全省江河来水量32亿立方米，较多年同期偏少56%。"
# seeds of hd70b (蒙医药中医药振兴行动).
COVERAGE = ("近日，内蒙古正式启动“健康内蒙古——蒙医药中医药振兴行动”，计划到2030年实现蒙医药中医药“治未病”、疾病治疗、疾病康复、"
            "健康养老、健康旅游、文化宣传和科学普及服务覆盖面100%。")
KINDS = "据统计，目前蒙医药的品种已多达2200余种，较为常用的药为1342种，常用的500种左右。"
BEDS = ("具体来说，内蒙古将大力提升蒙医中医医院综合服务能力，计划到2022年和2030年，每千人口公立蒙医中医医院床位数分别达到1.1张、"
        "1.3张，二级甲等以上蒙医中医医院在全部蒙医中医医院中的占比分别提高到80%、90%。")
PATIENTS = "现每年前来就诊的蒙古国、俄罗斯患者达3万余人（次）。"
HALLS = "社区卫生服务中心建成蒙医馆中医馆分别达到85%、100%，苏木乡镇卫生院建成蒙医馆中医馆分别达到70%、90%。"
HOSPITALS = "全区公立蒙医医院从“十一五”初的50多所增加到目前的97所，蒙医中医床位数从9000张增加到20164张。"


@pytest.mark.parametrize(("text", "raw", "label"), [
    (REFUSE, "3辆", "垃圾清运车"),  # (was 相应)
    (REFUSE, "110个", "垃圾分类亭"),  # (was 安装了垃圾分类亭)
    (BINS, "1523个", "自然村"),  # (was 放设施设备数量（垃圾箱、垃圾房、垃圾池）)
    (BINS, "2590个", "正常使用的农村垃圾堆放设施设备数量"),  # (was 放设施…)
    (BINS, "5918个", "正常使用的农村垃圾堆放设施设备数量"),  # (was 增加到目前)
    (TRAINING, "628人次", "国家、省、市三级专项培训"),  # (was none)
    (FAMILIES, "2万余", "家庭"),  # (was 2万余家, none)
    (WORKS, "392座", "在建水源工程"),  # (was 贵州省在建)
    (WORKS, "10座", "新开工水源工程"),  # (was 水源工程)
    (KUNMING, "30%", "街道"),  # (was 昆明在五华区、盘龙区、官渡区、西山区等)
    (RESERVOIR, "7个", "村"),  # (was 抗旱应急水源问题和沿线)
    (DROUGHT, "56%", "江河来水量偏少"),  # (was none)
    (COVERAGE, "100%", "文化宣传和科学普及服务覆盖面"),  # (was 面)
    (KINDS, "2200余种", "蒙医药的品种"),  # (was 多)
    (KINDS, "1342种", "较为常用的药"),  # (was 多)
    (BEDS, "1.1张", "每千人口公立蒙医中医医院床位数"),  # (was none)
    (BEDS, "80%", "二级甲等以上蒙医中医医院占比"),  # (was none)
    (PATIENTS, "3万余人", "蒙古国、俄罗斯患者"),  # (was 俄罗斯患者)
    (HALLS, "85%", "社区卫生服务中心建成蒙医馆中医馆"),  # (was none; 蒙医药中医药服务 after the clause before)
    (HALLS, "70%", "苏木乡镇卫生院建成蒙医馆中医馆"),  # (was none)
    (HOSPITALS, "50多所", "公立蒙医医院"),  # (was 公立蒙医医院从“十一五”初)
    (HOSPITALS, "97所", "公立蒙医医院"),  # (was 增加到目前)
])
def test_a_label_is_the_thing_counted(text, raw, label):
    assert figure_labels(text)[raw] == label


def test_a_unit_opening_a_noun_is_no_unit():
    from drafter.distill.figures import find_figures

    families = next(g for g in find_figures(FAMILIES) if g.raw == "2万余")
    assert (families.value, families.scale, families.unit) == (2, "万", "")
