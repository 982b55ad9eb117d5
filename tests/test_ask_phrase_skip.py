"""An ask's points and the things it names are both read past its phrase, found in one way
(Ask._phrase_at): at the text's opening, or after framing words or a clause of purpose in its
first sentence. Points are the clauses after it; things are named anywhere but in it."""

from __future__ import annotations

from helpers import TEXT_1350

from drafter.compose.asks import parse_asks

SHAPES = (
    "一、围绕纺织鞋服、机械装备、新材料等产业，加快中试验证平台建设，对平台建设和运营给予补助。\n"
    "二、建议加大科技企业孵化器、众创空间等载体建设力度，设立科技成果转化引导基金。\n"
    "三、加大科技企业孵化器、众创空间等载体建设力度，设立科技成果转化引导基金。"
)


def test_things_named_in_a_clause_of_purpose_before_the_phrase_are_the_asks():
    ask = parse_asks(SHAPES)[0]
    assert ask.phrase == "加快中试验证平台建设"
    assert ask.subjects == ["纺织鞋服", "机械装备", "新材料"]
    assert ask.points == ["对平台建设和运营给予补助"]  # not the clause of purpose, nor the phrase


def test_a_framing_word_before_the_phrase_changes_neither_its_points_nor_its_things():
    framed, plain = parse_asks(SHAPES)[1:]
    assert framed.phrase == plain.phrase == "加大科技企业孵化器、众创空间等载体建设力度"
    assert framed.points == plain.points == ["设立科技成果转化引导基金"]
    assert framed.subjects == plain.subjects == []  # what its heading names is no thing it owes


def test_the_quick_start_suggestions_asks_read_past_their_phrases():
    asks = parse_asks(TEXT_1350.read_text("utf-8"))
    assert [(a.phrase, a.subjects, a.points) for a in asks] == [
        ("加快中试验证平台建设", ["纺织鞋服", "机械装备", "新材料"], ["对平台建设和运营给予补助"]),
        ("完善技术转移服务体系", [], ["培育技术经理人队伍", "用好国家技术转移东部中心泉州分中心等平台", "促进技术供需精准对接"]),
        ("加大科技金融支持", ["科技贷", "产业基金"], ["发挥科技贷、产业基金作用", "支持成果转化项目融资"]),
    ]


def test_a_clause_of_principle_before_the_ask_is_no_heading():
    """杭州市人社局's proposal 276 (hd5): 坚持高质量发展，创造更多就业岗位 was headed 坚持高质量发展, which says nothing
    of jobs; a principle held (坚持…) is framing, as a clause of purpose is: the jobs are the ask."""
    ask = parse_asks("1. 坚持高质量发展，创造更多就业岗位。加快培育新兴产业，稳定重点企业用工。\n"
                     "2. 完善就业公共服务体系，推进“家门口”就业服务站建设。")[0]
    assert ask.phrase == "创造更多就业岗位"
    assert ask.points == ["加快培育新兴产业", "稳定重点企业用工"]
    assert parse_asks("1. 坚持农业农村优先发展。\n2. 加快补齐农村基础设施短板。")[0].phrase == "坚持农业农村优先发展"
    from drafter.compose.select import first_step

    assert first_step(ask.phrase) == "创造更多就业岗位。"  # led in part two as a step of the bureau's


def test_a_step_said_where_it_is_taken_first_is_led_in_part_two():
    """荔波县民政局's 47 (hd7): 在各乡镇、行政村规划建设农村老年活动中心 was a bare 【待补充：…方面的下一步举措】 beside led
    items: where a step is taken, said before its verb, leaves it a step; a matter said after 在 (在…方面) is none."""
    from drafter.compose.select import first_step

    assert first_step("在各乡镇、行政村规划建设农村老年活动中心") == "在各乡镇、行政村规划建设农村老年活动中心。"
    assert first_step("在科技创新方面持续发力") is None
