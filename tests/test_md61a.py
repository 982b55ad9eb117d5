"""md61a: a comment's 同前注, on its workspace's real lines.

1. hd72b (旺苍县文化旅游和体育局, 第32号提案《创新农旅深度融合 推动乡村振兴发展》): 同前注 points to the comment just before it.
   (三)'s placeholder, the base holding nothing for it, follows (二)'s, whose comment names material found (旺苍县入选…涉及该主题):
   its comment says in full what the base lacks and what to write (was 同前注：请写明本单位此方面的工作情况, pointing to (二)'s).
"""

from __future__ import annotations

from helpers import comments_on, seeds_draft, unit_workspace

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
    first, found, third = (comments_on(out, f"【待补充：{what}") for what in ("编制完善全县旅游", "打造提升红色旅游景区", "培育旅游产品"))
    assert first[0].startswith(NO_OWN_WORK), first
    assert "涉及该主题" in found[0], found  # (二)'s names what the base holds: no 同前注 of (一)'s
    assert third[0].startswith(NO_OWN_WORK), third  # (was 同前注：请写明本单位此方面的工作情况)

