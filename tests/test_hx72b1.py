"""hx72b1: findings of the held-out test hd72b (旺苍县文化旅游和体育局, 四川广元: a reply to 县政协第32号提案), each on its seed's real lines.

1. "…发布了第三批天府旅游名县候选县名单（55个县（市、区）入选），其中旺苍县成功入选。" was 四川省's background: the clause "其中<own
   place>成功入选" is the own place's result (已做, 旺苍县), the 55 the list's count, the province's.
2. The 2021 page's 国家4A级旅游景区 list, fresh background on the object of ask 2 (打造提升红色旅游景区，完善景区道路…), was dropped and
   the placeholder's comment said 已收集的材料中没有本单位此方面的工作情况: it names the material.
3. Placeholders (二) and (三) of asks shaped "heading。建议…" repeated their heading sentence (【待补充：农旅融合与乡村振兴要注重全面提档
   升级，…】); (一)'s, whose point shared a word with it, did not: a placeholder names the points asked, never the heading sentence over them.
"""

from __future__ import annotations

import docx
from helpers import comments_on, distil, first_saying, sections, seeds_draft, unit_workspace

from drafter.compose.select import NO_OWN_WORK

# seeds/2021-06-04_wangcang-tianfu-candidate.txt of hd72b: its headline, source line, lede and the county's sights.
CANDIDATE = """旺苍县入选天府旅游名县候选县

来源:旺苍县委党史研究室(县地方志编纂中心)供稿 发布时间:2021-06-04 11:20:52 浏览次数: 【字体:

6月2日,四川省文化和旅游厅发布了第三批天府旅游名县候选县名单(55个县(市、区)入选),其中旺苍县成功入选。

旺苍处处山奇水秀,风光绮丽,可春赏花、夏避暑、秋观叶、冬听雪,一年四季皆美景,一年四季皆可游,是高端生态旅游目的地。

旺苍有国家级自然保护区——米仓山自然保护区,国家级风景名胜区——米仓山大峡谷,国家4A级旅游景区鼓城山---七里峡、米仓山大峡谷、中国红军城、木门景区,国家3A级旅游景区南阳山景区,省级森林公园——盐井河原始彩色森林公园,四川名泉——鹿亭温泉。
"""
TITLE = "创新农旅深度融合 推动乡村振兴发展"
# hd72b's suggestion.txt
ASKS = """关于创新农旅深度融合 推动乡村振兴发展的建议

一、农旅融合与乡村振兴要注重强化规划引领。建议编制完善全县旅游、乡村旅游等规划,为农旅项目和休闲旅游项目落地提供上位依据,在农旅融合点上结合城镇建设规划,体现农业生产、农村居住、生态环境保护和农耕文明传承等功能。
二、农旅融合与乡村振兴要注重全面提档升级。建议打造提升红色旅游景区,完善景区道路、停车场、旅游厕所等配套设施,改善通往景区景点的交通条件,打造星级农家乐、乡村酒店、乡村民宿等乡村旅游精品产品。
三、农旅融合与乡村振兴要注重凝聚乡村人气。建议借助电子商务平台推广农村产品,培育旅游产品,实施园区变景区,让农业园区带动群众在旅游发展中受益。
"""
AREAS = "东河镇, 木门镇, 三江镇, 化龙乡, 嘉川镇"


def _wangcang(root):
    return unit_workspace(root, "旺苍县文化旅游和体育局", "县文旅体局", "旺苍县", AREAS)


def test_the_own_place_among_a_lists_winners_is_its_result(tmp_path):
    ff = distil(tmp_path, _wangcang(tmp_path / "ws"), CANDIDATE, "2021-06-04_wangcang-tianfu-candidate.txt")
    lede = first_saying(ff.facts, "其中旺苍县成功入选")
    assert (lede.kind, lede.jurisdiction, lede.external) == ("done", "旺苍县", False), lede
    (count,) = lede.figures
    assert (count.raw, count.place) == ("55个", "四川省")  # (the list's count, never 旺苍县's 55 counties)
    # (one of its towns among them: the town's result, an example of the county's)
    (tmp_path / "town").mkdir()
    town = distil(tmp_path / "town", _wangcang(tmp_path / "town" / "ws"), CANDIDATE.replace("其中旺苍县", "其中木门镇"),
                  "2021-06-04_candidate.txt")
    won = first_saying(town.facts, "其中木门镇成功入选")
    assert (won.kind, won.jurisdiction, won.external) == ("done", "木门镇", False), won
    # (another county among them: the province's list, background)
    (tmp_path / "other").mkdir()
    other = distil(tmp_path / "other", _wangcang(tmp_path / "other" / "ws"), CANDIDATE.replace("其中旺苍县", "其中苍溪县"),
                   "2021-06-04_candidate.txt")
    act = first_saying(other.facts, "其中苍溪县成功入选")
    assert (act.kind, act.jurisdiction, act.external) == ("context", "四川省", True), act


def _draft(tmp_path):
    _, out = seeds_draft(tmp_path, _wangcang(tmp_path / "ws"), {"2021-06-04_wangcang-tianfu-candidate.txt": CANDIDATE}, "32",
                         TITLE, ASKS, "--deputy", "李勇", "--session", "县政协第十届第四次会议", "--date", "2022-03-10", "--proposal")
    return out, sections(docx.Document(str(out)))


def test_fresh_background_on_the_asks_object_is_named_never_nothing(tmp_path):
    out, parts = _draft(tmp_path)
    (gap,) = parts["农旅融合与乡村振兴要注重全面提档升级"]
    notes = comments_on(out, gap[:12])
    assert notes and not any(NO_OWN_WORK in n for n in notes), notes
    assert "旺苍县入选天府旅游名县候选县（2021-06-04）" in notes[0], notes


def test_a_placeholder_names_the_points_not_the_heading_sentence_over_them(tmp_path):
    _, parts = _draft(tmp_path)
    for heading, points in (("农旅融合与乡村振兴要注重强化规划引领", "编制完善全县旅游、乡村旅游等规划"),
                            # (every point since hx73a1: 改善…交通条件 before the long one, which is said by its list's first member)
                            ("农旅融合与乡村振兴要注重全面提档升级", "打造提升红色旅游景区，完善景区道路、停车场、旅游厕所等配套设施，"
                             "改善通往景区景点的交通条件，打造星级农家乐等乡村旅游精品产品"),
                            ("农旅融合与乡村振兴要注重凝聚乡村人气", "借助电子商务平台推广农村产品、培育旅游产品、实施园区变景区")):
        (gap,) = parts[heading]
        assert gap.startswith(f"【待补充：{points}"), gap
