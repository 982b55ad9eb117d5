"""h263: findings of the held-out test hd49b (衡水市生态环境局, 河北; five cut pages on water and the environment).

F4: a figure opening a line (5個縣(市)創建成為省級森林城市, 全市13个国省考…) was read as a sub-head's bare number and lost, or the
line as a heading: a digit before a counter counts things, and a line opening on a count is a statement.
"""

from __future__ import annotations

import pytest
from helpers import distil, first_saying, unit_workspace

# The tester's page of 2022-08-24 (a photo report's captions), cut.
CAPTIONS = """2022年8月24日,鳥瞰衡水市區,綠樹繞城,林立的高樓與藍天白雲相映,勾勒出一幅怡人的優美畫卷。
2022年上半年
衡水市生态環境質量持續改善
衡水市堅持生态優先、綠色發展
{count}
13個國省考地表水斷面水質全部達标
衡水市緊盯四大污染源進行攻堅
區域大氣中PM2.5的排放大為減少
如今
衡水的霧霾天氣越來越少
藍天白雲越來越多
攝影報道 | 河北日報記者 田明
關注河北新聞網,了解河北最新新聞。
更多精彩资讯请关注tft每日頭條,我们将持续为您更新最新资讯!
"""

def _hengshui(tmp_path):
    return unit_workspace(tmp_path / "ws", "衡水市生态环境局", "市生态环境局", "衡水市", "桃城区, 冀州区, 深州市")


@pytest.mark.parametrize("count, figure", [
    ("5個縣(市)創建成為省級森林城市", "5个"),
    ("全市5個縣(市)創建成為省級森林城市", "5个"),
])
def test_a_line_opening_on_a_count_keeps_its_figure(tmp_path, count, figure):
    ff = distil(tmp_path, _hengshui(tmp_path), CAPTIONS.format(count=count), "2022-08-24_衡水上半年生态环境质量.txt")
    fact = first_saying(ff.facts, "创建成为省级森林城市")
    assert fact.text.startswith(("5个", "全市5个")), fact.text
    assert [f.raw for f in fact.figures] == [figure]
    sections = first_saying(ff.facts, "国省考地表水断面")
    assert sections.text.startswith("13个") and [f.raw for f in sections.figures] == ["13个"]


def test_a_bare_number_before_words_still_numbers_a_sub_head():
    """1提升科技… (no counter after the digit) is still a news sub-head's number."""
    from drafter.distill.structure import BARE_DIGIT, COUNT_OPENING

    assert BARE_DIGIT.match("1提升科技创新能力") and not BARE_DIGIT.match("5个县（市）创建成为省级森林城市")
    assert not COUNT_OPENING.match("提升科技创新能力")
