"""A figure summing one act (安排中央资金总计2110万元，用于…工程) is no yearly statistic: its old value is flagged by asking
whether more was arranged since, not for a year's full value (hd22d fault 2: 【待更新：2023年全年数据】)."""

from __future__ import annotations

from helpers import page_draft, unit_workspace

from drafter.compose.sentences import is_one_act

# real lines of 甘南州林业和草原局's reply 州林草资字〔2022〕130号 (2022-06-28)
PAGE = """州林草资字〔2022〕130号
甘南州林业和草原局关于对州十七届人民代表大会第一次会议第94号建议的答复
侯喜荣代表:
您好!您在甘南州十七届人民代表大会第一次会议上提出的“关于恢复九甸峡库区生态植被的建议”收悉。现答复如下:
对于您的建议我局高度重视。针对建议中“卓尼县藏巴哇镇九甸峡库区是国家重要水源地,近年来,因沙场过度开挖,对库区周围山体生态植被造成严重破坏,对水源地构成污染隐患,对道路的破坏更为严重。目前,急需解决九甸峡库区生态植被恢复和道路修复问题。”,经我局积极协调沟通,卓尼县自然资源局在今年甘南黄河上游水源涵养区山水林田湖草沙一体化保护和修复工程项目中,安排中央资金总计2110万元,用于卓尼县藏巴哇X411线历史遗留矿山生态修复工程。项目治理措施包括:渣堆平整、覆土绿化、坡面清理、客土喷播、排水沟、危岩清理,栽植甘南小檗并播撒草种等;重建生态区治理面积10.47hm2,辅助再生区治理面积21.21hm2。目前即将完工。通过该项目的实施,会使矿山地质环境问题得到有效解决,避免生态环境继续恶化,损毁林草地得到恢复,有效减少洮河流域的水土流失,改善项目区周边人民生活环境。
在此,感谢您对我州林草工作的关心和支持,希望以后能够一如既往地关注我州林草工作。
甘南州林业和草原局
2022年6月28日
"""
ASKS = """关于加大国土绿化投入带动群众育苗增收的建议
建议：
一、加大退耕还林、造林绿化项目资金投入；
二、加强九甸峡库区等重点区域生态修复。
"""


def test_a_sum_of_one_act_asks_for_news_not_a_years_value(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "甘南藏族自治州林业和草原局", "州林草局", "甘南州")
    _, document = page_draft(tmp_path, ws, PAGE, ASKS, "88", "关于加大国土绿化投入带动群众育苗增收的建议",
                             "--date", "2024-06-28", name="甘南州林草局_第94号建议答复_2022.txt")
    said = [p.text for p in document.paragraphs if "2110万元" in p.text]
    assert said and "2110万元【待更新：是否有新的安排或进展】" in said[0] and "全年数据" not in said[0], said


def test_a_years_allocation_is_no_one_act():
    # (seed 003's 2024年市本级下达重点平台建设资金8485.55万元用于支持…: a year's value, updated to a full year's)
    assert is_one_act("卓尼县自然资源局在…项目中，安排中央资金总计2110万元，用于…工程", "2110万元")
    assert not is_one_act("2024年市本级下达重点平台建设资金8485.55万元用于支持清源创新实验室", "8485.55万元")


def test_a_years_sum_is_no_one_act():
    """A sum word (共计, 合计) before a year's statistic makes no one act: no verb of one act in its clause, or a year's scope
    before it. Made-up lines, worded as work reports word them."""
    assert not is_one_act("2023年全市完成造林共计5万亩，森林覆盖率达到45%", "5万亩")
    assert not is_one_act("全年接待游客合计120万人次", "120万人次")
    assert not is_one_act("2023年，全市争取上级资金共计3.2亿元", "3.2亿元")
    assert is_one_act("经积极争取，省财政厅下达专项资金共计500万元，用于危桥改造", "500万元")
