"""A sentence saying no relative time word is left as it is without its source's rules being made (absolute_time, ~80
sentences a --text draft, twice): the one pattern of all the rules finds where any of them would."""

import pytest

from drafter.compose.sentences import _ANY_RELATIVE_TIME, _RELATIVE_TIME, absolute_time
from drafter.model import SourceMeta

# real lines: 淄博's 2024 reply, 厦门's ranking, 泉州's replies and summaries (the seeds)
LINES = [
    ("目前山东省科技大市场正在建设过程中", True),
    ("截止目前累计共有21家企业获得专项资金贷款", True),
    ("厦门近三年上升31位", True),
    ("自2017年至今", True),
    ("全年技术合同成交额达到320亿元", True),
    ("2024年上半年推荐好成果33项", False),  # (a half of a year named: no relative word)
    ("已研究出台4份政策文件，下一步拟再出台14份配套政策。", False),
]


@pytest.mark.parametrize("line, said", LINES)
def test_the_pattern_of_all_the_rules_finds_what_one_of_them_finds(line, said):
    assert bool(_ANY_RELATIVE_TIME.search(line)) == any(p.search(line) for p, _ in _RELATIVE_TIME) == said


def test_a_sentence_without_one_is_left_as_it_is_and_one_with_one_is_dated():
    source = SourceMeta(id="s", path="s.txt", sha256="0", kind="reply", date="2025-05-20")
    quiet = absolute_time("2024年上半年推荐好成果33项。", source, 2025, reply_year=2026)
    assert (quiet.text, quiet.marks) == ("2024年上半年推荐好成果33项。", [])
    dated = absolute_time("目前山东省科技大市场正在建设过程中。", source, 2025, reply_year=2026)
    assert dated.text == "截至2025年5月，山东省科技大市场正在建设过程中。" and len(dated.marks) == 1
