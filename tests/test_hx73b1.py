"""hx73b1: findings of the held-out tests hd72b (旺苍县文化旅游和体育局, 县政协第32号提案 创新农旅深度融合) and hd70b (内蒙古自治区
卫生健康委员会, 关于将支持蒙医药事业发展纳入自治区“十四五”规划的提案), on their seeds' real lines.

1. The bureau's own place's background on the very thing an ask names is named and quoted in the placeholder's comment, figures
   or none: hd72b's 旺苍有…国家4A级旅游景区鼓城山---七里峡、米仓山大峡谷、中国红军城、木门景区 under 打造提升红色旅游景区 (the comment
   said the base held 没有可直接写入的本单位工作情况和数据). It stays out of the body: a list of the county's rated spots is no
   work on 打造提升, and the clerk, told of it, may open on it as the county's state of 2021.
"""

from __future__ import annotations

import docx
from helpers import comments_on, part_one, seeds_draft, unit_workspace


WANGCANG = ("旺苍县文化旅游和体育局", "县文化旅游和体育局", "旺苍县")
# hd72b's seeds/2021-06-04_wangcang-tianfu-candidate.txt: its head and its first four paragraphs.
TIANFU = ('您的位置: 首页 >新闻中心>全省地情动态>市县动态>详细内容\n\n旺苍县入选天府旅游名县候选县\n\n'
          '来源:旺苍县委党史研究室(县地方志编纂中心)供稿 发布时间:2021-06-04 11:20:52 浏览次数: 【字体:\n\n'
          '6月2日,四川省文化和旅游厅发布了第三批天府旅游名县候选县名单(55个县(市、区)入选),其中旺苍县成功入选。\n\n'
          '旺苍位于四川盆地北缘、米仓山南麓,幅员面积2987平方公里,总人口53万。旺苍地处南北气候交界线和东西地理分界线,'
          '独特的自然条件造就了丰厚的旅游资源,素有“川北明珠•人间仙境”之美誉。\n\n'
          '旺苍处处山奇水秀,风光绮丽,可春赏花、夏避暑、秋观叶、冬听雪,一年四季皆美景,一年四季皆可游,是高端生态旅游目的地。\n\n'
          '旺苍有国家级自然保护区——米仓山自然保护区,国家级风景名胜区——米仓山大峡谷,国家4A级旅游景区鼓城山---七里峡、米仓山大峡谷、'
          '中国红军城、木门景区,国家3A级旅游景区南阳山景区,省级森林公园——盐井河原始彩色森林公园,四川名泉——鹿亭温泉。\n')
# hd72b's suggestion.txt, whole.
FARM_TOURISM = ('关于创新农旅深度融合 推动乡村振兴发展的建议\n\n'
                '一、农旅融合与乡村振兴要注重强化规划引领。建议编制完善全县旅游、乡村旅游等规划,为农旅项目和休闲旅游项目落地提供上位依据,'
                '在农旅融合点上结合城镇建设规划,体现农业生产、农村居住、生态环境保护和农耕文明传承等功能。\n'
                '二、农旅融合与乡村振兴要注重全面提档升级。建议打造提升红色旅游景区,完善景区道路、停车场、旅游厕所等配套设施,'
                '改善通往景区景点的交通条件,打造星级农家乐、乡村酒店、乡村民宿等乡村旅游精品产品。\n'
                '三、农旅融合与乡村振兴要注重凝聚乡村人气。建议借助电子商务平台推广农村产品,培育旅游产品,实施园区变景区,'
                '让农业园区带动群众在旅游发展中受益。\n')

def test_1_own_background_on_the_asks_thing_is_quoted_never_nothing(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *WANGCANG)
    _, out = seeds_draft(tmp_path, ws, {"2021-06-04_wangcang-tianfu-candidate.txt": TIANFU}, "32", "创新农旅深度融合 推动乡村振兴发展",
                         FARM_TOURISM, "--deputy", "李勇", "--session", "县政协第十届第四次会议", "--date", "2022-03-10", "--proposal")
    [note] = comments_on(out, "【待补充：打造提升红色旅游景区")
    assert "中国红军城、木门景区" in note and "旺苍县入选天府旅游名县候选县（2021-06-04）" in note
    assert "没有" not in note  # (was: 但没有可直接写入的本单位工作情况和数据)
    assert "其中的情况记为背景材料" in note  # (no 数据: the list states no figure)
    assert not any("4A级" in p for p in part_one(docx.Document(str(out))))  # (no work: named, not drafted)
