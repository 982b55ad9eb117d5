"""md61a: a comment's 同前注 and a drafted sentence's reporting frame, each on its workspace's real lines.

1. hd72b (旺苍县文化旅游和体育局, 第32号提案《创新农旅深度融合 推动乡村振兴发展》): 同前注 points to the comment just before it.
   (三)'s placeholder, the base holding nothing for it, follows (二)'s, whose comment names material found (旺苍县入选…涉及该主题):
   its comment says in full what the base lacks and what to write (was 同前注：请写明本单位此方面的工作情况, pointing to (二)'s).
2. hd70b (内蒙古自治区卫生健康委员会, 第1号提案): a reply states its own figures — the page's reporting frame opening a drafted
   sentence (数据显示，截至2018年底，全区共有蒙医中医医院202所…) is dropped (was 一是数据显示，截至2018年底…).
"""

from __future__ import annotations

import docx
from helpers import comments_on, part_one, seeds_draft, unit_workspace

from drafter.compose.select import NO_OWN_WORK

# /work/wt/hd72b/suggestion.txt: its title and asks.
FARM_TOURISM = "创新农旅深度融合 推动乡村振兴发展"
ASKS = ("关于创新农旅深度融合 推动乡村振兴发展的建议\n\n"
        "一、农旅融合与乡村振兴要注重强化规划引领。建议编制完善全县旅游、乡村旅游等规划,为农旅项目和休闲旅游项目落地提供上位依据,"
        "在农旅融合点上结合城镇建设规划,体现农业生产、农村居住、生态环境保护和农耕文明传承等功能。\n"
        "二、农旅融合与乡村振兴要注重全面提档升级。建议打造提升红色旅游景区,完善景区道路、停车场、旅游厕所等配套设施,改善通往景区景点的"
        "交通条件,打造星级农家乐、乡村酒店、乡村民宿等乡村旅游精品产品。\n"
        "三、农旅融合与乡村振兴要注重凝聚乡村人气。建议借助电子商务平台推广农村产品,培育旅游产品,实施园区变景区,让农业园区带动群众在"
        "旅游发展中受益。\n")
# seeds/2021-06-04_wangcang-tianfu-candidate.txt of hd72b: its head and the paragraphs on the county's sights.
CANDIDATE = ("旺苍县入选天府旅游名县候选县\n\n"
             "来源:旺苍县委党史研究室(县地方志编纂中心)供稿 发布时间:2021-06-04 11:20:52 浏览次数: 【字体:\n\n"
             "6月2日,四川省文化和旅游厅发布了第三批天府旅游名县候选县名单(55个县(市、区)入选),其中旺苍县成功入选。\n\n"
             "旺苍位于四川盆地北缘、米仓山南麓,幅员面积2987平方公里,总人口53万。旺苍地处南北气候交界线和东西地理分界线,独特的自然条件造就了"
             "丰厚的旅游资源,素有“川北明珠•人间仙境”之美誉。\n\n"
             "旺苍有国家级自然保护区——米仓山自然保护区,国家级风景名胜区——米仓山大峡谷,国家4A级旅游景区鼓城山---七里峡、米仓山大峡谷、"
             "中国红军城、木门景区,国家3A级旅游景区南阳山景区,省级森林公园——盐井河原始彩色森林公园,四川名泉——鹿亭温泉。\n")
WANGCANG = ("旺苍县文化旅游和体育局", "县文旅体局", "旺苍县", "东河镇, 木门镇, 三江镇, 化龙乡, 嘉川镇")


def test_1_a_brief_comment_follows_one_saying_the_same_else_it_is_said_in_full(tmp_path):
    _, out = seeds_draft(tmp_path, unit_workspace(tmp_path / "ws", *WANGCANG),
                         {"2021-06-04_wangcang-tianfu-candidate.txt": CANDIDATE}, "32", FARM_TOURISM, ASKS, "--deputy", "李勇",
                         "--session", "县政协第十届第四次会议", "--date", "2022-03-10", "--proposal")
    first, found, third = (comments_on(out, f"【待补充：{what}") for what in ("编制完善全县旅游", "打造提升红色旅游景区", "借助电子商务平台"))
    assert first[0].startswith(NO_OWN_WORK), first
    assert "涉及该主题" in found[0], found  # (二)'s names what the base holds: no 同前注 of (一)'s
    assert third[0].startswith(NO_OWN_WORK), third  # (was 同前注：请写明本单位此方面的工作情况)


# /work/wt/hd70b/suggestion.txt: its title and ask.
MONGOLIAN_MEDICINE = "关于将支持蒙医药事业发展纳入自治区“十四五”规划的提案"
PLAN_IT = (f"{MONGOLIAN_MEDICINE}\n\n建议自治区在编制“十四五”规划时,将支持蒙医药事业发展纳入自治区“十四五”规划,明确“十四五”时期蒙医药事业"
           "发展的目标、指标和重点项目,继续落实《内蒙古自治区蒙医药振兴行动计划》,推动蒙医药事业振兴发展。\n")
# seeds/2019-01-15_quanqu-mengyiyao-gongzuohuiyi.txt of hd70b: its first lines and its paragraph of figures.
WORK_MEETING = ("会议现场\n\n15日上午,全区蒙医药中医药工作会议在呼和浩特召开。本次会议是自治区卫生健康委组建以来,召开的第一次全区蒙医药中医药"
                "工作会议。\n\n数据显示,截至2018年底,全区共有蒙医中医医院202所,蒙医中医床位26013张,每千人口1.029张;蒙医中医执业医师"
                "18895人,每千人口0.577人;建成437个“蒙医馆”“中医馆”;70%的公立蒙医中医医院创建了等级,96.36%的社区卫生服务中心和91.31%"
                "的苏木乡镇卫生院设有蒙医科或中医科,82.24%的社区卫生服务站和64.68%的嘎查村卫生室能够提供蒙医药或中医药服务;2个地市和34个"
                "旗县获全国基层蒙医药中医药工作先进单位称号。\n")
INNER_MONGOLIA = ("内蒙古自治区卫生健康委员会", "自治区卫生健康委", "内蒙古自治区",
                  "呼和浩特市, 包头市, 乌海市, 赤峰市, 通辽市, 鄂尔多斯市, 呼伦贝尔市, 巴彦淖尔市, 乌兰察布市, 兴安盟, 锡林郭勒盟, 阿拉善盟")


def test_2_a_drafted_sentence_opens_on_its_own_figures_not_on_a_reporting_frame(tmp_path):
    _, out = seeds_draft(tmp_path, unit_workspace(tmp_path / "ws", *INNER_MONGOLIA),
                         {"2019-01-15_quanqu-mengyiyao-gongzuohuiyi.txt": WORK_MEETING}, "1", MONGOLIAN_MEDICINE, PLAN_IT,
                         "--session", "政协内蒙古自治区第十二届委员会第三次会议", "--date", "2020-09-27", "--proposal")
    text = "".join(part_one(docx.Document(out)))
    assert "截至2018年底，全区共有蒙医中医医院202所" in text, text
    assert "数据显示" not in text, text  # (was 一是数据显示，截至2018年底…)
