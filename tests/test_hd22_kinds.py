"""The kind of a statement, found on held-out round hd22 (甘南州林业和草原局, 龙陵县教育体育局, 天台县交通运输局, 武汉市人力资源和
社会保障局): a deputy's words quoted in a reply, plans, advice to the proposer, a project's description and a page's clutter were
read as the bureau's results, and a policy's limit as a figure to update.

Each test distils a short excerpt of the real page (its words as the page prints them, web clutter kept; the page is named in the
test) through the public path a user's ``drafter distill`` takes, in a workspace of the page's own bureau.
"""

from __future__ import annotations

from helpers import distil, unit_workspace

from drafter.compose.sentences import absolute_time
from drafter.model import CONTEXT, DONE

GANNAN_AREAS = "合作市, 临潭县, 卓尼县, 舟曲县, 迭部县, 玛曲县, 碌曲县, 夏河县"


def _gannan(tmp_path):
    return unit_workspace(tmp_path / "ws", "甘南藏族自治州林业和草原局", "州林草局", "甘南州", GANNAN_AREAS)


# 甘南州林业和草原局's reply to 第94号建议 (州林草资字〔2022〕130号, 2022-06-28), its body as the page prints it.
REPLY_94 = """甘南州林业和草原局关于对州十七届人民代表大会第一次会议第94号建议的答复
发布日期:22/07/14 09:32:23 作者:林草局 点击数: 来源:

州林草资字〔2022〕130号

侯喜荣代表:

您好!您在甘南州十七届人民代表大会第一次会议上提出的“关于恢复九甸峡库区生态植被的建议”收悉。现答复如下:

对于您的建议我局高度重视。针对建议中“卓尼县藏巴哇镇九甸峡库区是国家重要水源地,近年来,因沙场过度开挖,对库区周围山体生态植被造成严重破坏,对水源地构成污染隐患,对道路的破坏更为严重。目前,急需解决九甸峡库区生态植被恢复和道路修复问题。”,经我局积极协调沟通,卓尼县自然资源局在今年甘南黄河上游水源涵养区山水林田湖草沙一体化保护和修复工程项目中,安排中央资金总计2110万元,用于卓尼县藏巴哇X411线历史遗留矿山生态修复工程。目前即将完工。

在此,感谢您对我州林草工作的关心和支持,希望以后能够一如既往地关注我州林草工作。

甘南州林业和草原局

2022年6月28日
"""


def test_the_deputys_quoted_words_are_no_result(tmp_path):
    """hd22d fault 1: the whole paragraph, the deputy's complaint quoted (针对建议中“…目前，急需解决…”), was one done fact, drafted
    as the bureau's result after the fragment 我局高度重视。: the quotation is context, the bureau's result what follows it
    (经我局积极协调沟通…), and the bureau valuing the suggestion no fact."""
    ff = distil(tmp_path, _gannan(tmp_path), REPLY_94, "2022-06-28_甘南州林草局_第94号建议答复.txt")
    done = [f for f in ff.facts if f.kind == DONE]
    assert [f.text[:10] for f in done] == ["经我局积极协调沟通，"] and "2110万元" in done[0].text
    assert all("急需解决" not in f.text for f in done)
    assert any("急需解决" in f.text and f.kind == CONTEXT for f in ff.facts)
    assert all("高度重视" not in f.text for f in ff.facts)


def test_time_words_inside_a_quotation_stay(tmp_path):
    """hd22d fault 1: the quotation's 目前 was rewritten 截至2022年6月, which changes a deputy's words; a time word outside it
    (目前即将完工) still takes its date."""
    ff = distil(tmp_path, _gannan(tmp_path), REPLY_94, "2022-06-28_甘南州林草局_第94号建议答复.txt")
    quoted = "目前，急需解决九甸峡库区生态植被恢复和道路修复问题。”，经我局积极协调沟通，卓尼县自然资源局安排中央资金。"
    assert absolute_time(quoted, ff.source, 2022).text == quoted
    assert absolute_time("目前即将完工。", ff.source, 2022).text != "目前即将完工。"

