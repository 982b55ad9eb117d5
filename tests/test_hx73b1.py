"""hx73b1: findings of the held-out tests hd72b (旺苍县文化旅游和体育局, 县政协第32号提案 创新农旅深度融合) and hd70b (内蒙古自治区
卫生健康委员会, 关于将支持蒙医药事业发展纳入自治区“十四五”规划的提案), on their seeds' real lines.

1. The bureau's own place's background on the very thing an ask names is named and quoted in the placeholder's comment, figures
   or none: hd72b's 旺苍有…国家4A级旅游景区鼓城山---七里峡、米仓山大峡谷、中国红军城、木门景区 under 打造提升红色旅游景区 (the comment
   said the base held 没有可直接写入的本单位工作情况和数据). It stays out of the body: a list of the county's rated spots is no
   work on 打造提升, and the clerk, told of it, may open on it as the county's state of 2021.
2. An ask naming a field itself as its thing (支持蒙医药事业发展纳入…规划) opens on the field's own current-state counts, dated:
   截至2018年底，全区共有蒙医中医医院202所，蒙医中医床位26013张… (left out: the ask shares only the field's words with them).
   An ask on one document (将蒙医药振兴行动计划纳入…规划) names no field and pulls no count.
"""

from __future__ import annotations

import docx
from helpers import WANGCANG_BUREAU as WANGCANG, WANGCANG_FARM_TOURISM as FARM_TOURISM, WANGCANG_TIANFU as TIANFU, comments_on, part_one, seeds_draft, unit_workspace

from drafter.compose.asks import field_asked

NEIMENGGU = ("内蒙古自治区卫生健康委员会", "自治区卫生健康委", "内蒙古自治区")
# hd70b's seeds/2019-01-15_quanqu-mengyiyao-gongzuohuiyi.txt: its first four paragraphs.
MEETING = ('会议现场\n\n15日上午,全区蒙医药中医药工作会议在呼和浩特召开。本次会议是自治区卫生健康委组建以来,召开的第一次全区蒙医药中医药工作会议。\n\n'
           '据介绍,过去一年,蒙医药中医药服务能力持续提升。目前,55所旗县级蒙医中医医院建设项目有27所已投入使用、25所完成主体工程,3所在建;'
           '另有3所自治区级蒙医中医医院纳入国家中医药传承创新项目储备库,6所旗县级蒙医中医医院列入国家全民健康保障工程建设项目。'
           '确定了39个自治区级蒙医中医临床重点专科,布局了3个蒙医诊疗中心和2个中医专科诊疗中心,确定了39个蒙医中医医疗质量控制中心。'
           '发展蒙医药中医药健康旅游,有3家机构列入首批国家中医药健康旅游示范基地创建单位。\n\n'
           '数据显示,截至2018年底,全区共有蒙医中医医院202所,蒙医中医床位26013张,每千人口1.029张;蒙医中医执业医师18895人,每千人口0.577人;'
           '建成437个“蒙医馆”“中医馆”;70%的公立蒙医中医医院创建了等级,96.36%的社区卫生服务中心和91.31%的苏木乡镇卫生院设有蒙医科或中医科,'
           '82.24%的社区卫生服务站和64.68%的嘎查村卫生室能够提供蒙医药或中医药服务;2个地市和34个旗县获全国基层蒙医药中医药工作先进单位称号。\n\n'
           '2019年,要加快蒙医中医医院基础设施建设。启动自治区国际蒙医医院二期建设,每个盟市级蒙医中医医院至少1所达到三级甲等,'
           '其他盟市级蒙医中医医院达到三级标准。\n')
FIELD_TITLE = "关于将支持蒙医药事业发展纳入自治区“十四五”规划的提案"
# hd70b's suggestion.txt, whole.
FIELD_ASK = (FIELD_TITLE + '\n\n建议自治区在编制“十四五”规划时,将支持蒙医药事业发展纳入自治区“十四五”规划,明确“十四五”时期蒙医药事业发展的目标、'
             '指标和重点项目,继续落实《内蒙古自治区蒙医药振兴行动计划》,推动蒙医药事业振兴发展。\n')
# (the same ask, its thing one document: no field)
PLAN_TITLE = "关于将蒙医药振兴行动计划纳入自治区“十四五”规划的提案"
PLAN_ASK = PLAN_TITLE + '\n\n建议将《内蒙古自治区蒙医药振兴行动计划》纳入自治区“十四五”规划,明确其重点项目。\n'
STATE = "截至2018年底，全区共有蒙医中医医院202所，蒙医中医床位26013张"


def test_1_own_background_on_the_asks_thing_is_quoted_never_nothing(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *WANGCANG)
    _, out = seeds_draft(tmp_path, ws, {"2021-06-04_wangcang-tianfu-candidate.txt": TIANFU}, "32", "创新农旅深度融合 推动乡村振兴发展",
                         FARM_TOURISM, "--deputy", "李勇", "--session", "县政协第十届第四次会议", "--date", "2022-03-10", "--proposal")
    [note] = comments_on(out, "【待补充：打造提升红色旅游景区")
    assert "中国红军城、木门景区" in note and "旺苍县入选天府旅游名县候选县（2021-06-04）" in note
    assert "没有" not in note  # (was: 但没有可直接写入的本单位工作情况和数据)
    assert "其中的情况记为背景材料" in note  # (no 数据: the list states no figure)
    assert not any("4A级" in p for p in part_one(docx.Document(str(out))))  # (no work: named, not drafted)


def _field_draft(tmp_path, title: str, text: str) -> list[str]:
    ws = unit_workspace(tmp_path / "ws", *NEIMENGGU)
    _, out = seeds_draft(tmp_path, ws, {"2019-01-15_quanqu-mengyiyao-gongzuohuiyi.txt": MEETING}, "1", title, text,
                         "--session", "政协内蒙古自治区第十二届委员会第三次会议", "--date", "2020-09-27", "--proposal")
    return part_one(docx.Document(str(out)))


def test_2_a_fields_development_asked_opens_on_its_state_counts(tmp_path):
    assert field_asked("支持蒙医药事业发展纳入自治区“十四五”规划") == "蒙医药"
    assert field_asked("将蒙医药振兴行动计划纳入自治区“十四五”规划") is None
    items = [p for p in _field_draft(tmp_path, FIELD_TITLE, FIELD_ASK) if STATE in p]
    assert len(items) == 1 and "26013张" in items[0]  # (dated by its own 截至2018年底; was left out)


def test_2_an_ask_on_one_document_pulls_no_count(tmp_path):
    assert not any("202所" in p for p in _field_draft(tmp_path, PLAN_TITLE, PLAN_ASK))
