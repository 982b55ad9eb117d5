"""Ask.says_wholly of a thing the ask names answers whether the text names that thing, however many
things the ask names: the list Ask.owed gives is cut at MAX_OWED, and a thing beyond the cut is no
more said for being left off it."""

from __future__ import annotations

from helpers import TEXT_1288

from drafter.compose.asks import MAX_OWED, Ask, parse_asks

# An ask in the shape of the examples' suggestions (聚焦…等重点产业，组织实施…), naming five fields.
FIVE = "一、加强关键核心技术攻关。聚焦智能装备、工业机器人、工业软件、集成电路、新能源汽车等重点产业，组织实施一批重大科技项目。\n二、其他。"


def test_a_fifth_thing_the_text_never_names_is_not_said_wholly():
    ask = parse_asks(FIVE)[0]
    assert ask.subjects == ["智能装备", "工业机器人", "工业软件", "集成电路", "新能源汽车"]
    assert len(ask.subjects) > MAX_OWED
    text = "2025年，我市组织实施智能装备领域重大科技项目8项。"
    assert ask.owed(text) == ["工业机器人", "工业软件", "集成电路", "新能源汽车"]
    assert [ask.says_wholly(t, text) for t in ask.subjects] == [True, False, False, False, False]
    assert not ask.says_wholly("新能源汽车", "")  # the cut list of an empty text leaves it off: still unsaid
    assert ask.says_wholly("新能源汽车", "支持新能源汽车整车企业建设研发中心。")


def test_each_of_the_seven_things_of_a_real_line_is_said_only_where_named():
    line = next(ln for ln in TEXT_1288.read_text("utf-8").splitlines() if "纺织鞋服" in ln)
    ask = Ask("", line)
    assert len(ask.subjects) > MAX_OWED, ask.subjects
    text = "纺织鞋服产业新增省级企业技术中心3家。"
    assert [ask.says_wholly(t, text) for t in ask.subjects] == [t == "纺织鞋服" for t in ask.subjects]
