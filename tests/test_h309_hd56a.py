"""h309: findings of the held-out test hd56a (巴中市卫生健康委员会, a CPPCC proposal on 心理健康), on the tester's real text.

1. Asks differing only by the halves of one whole (增设线上心理工作室 / 增设线下心理工作室) are one ask, worded as the title joins
   them (增设线上、线下心理工作室): one section, not two near-identical ones; asks on two things sharing a verb stay apart.
2. Part two's lead-in whose matter is the asks its items then list (…将加强关注…问题、增设线上、线下心理工作室，重点做好以下工作：
   / （一）加强关注…问题。（二）增设线上、线下心理工作室。) is said neutrally (…将重点做好以下工作：), as hd43b's first ask was.
3. A plan item keeps the 问题 its heading's verb takes (加强关注人民群众心理健康问题。, was …心理健康。).
"""

from __future__ import annotations

import docx
from helpers import part_two_of, part_two_texts, sections, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.select import first_step, unframed_topic
from helpers import BAZHONG

# hd56a: the tester's suggestion (/work/wt/hd56a/suggestion.txt), whole.
MIND_TITLE = "关于加强关注人民群众心理健康问题 增设线上、线下心理工作室的建议"
MIND_TEXT = (f"{MIND_TITLE}\n\n建议:\n一、加强关注人民群众心理健康问题。\n二、增设线上心理工作室,为群众提供心理咨询服务。\n"
             "三、增设线下心理工作室,为群众提供心理咨询服务。\n")
# …and the head and a paragraph of its seed 2023-01-03_健康巴中2022年度盘点.txt (a base with nothing on the matter, as the tester's).
HEALTH_REVIEW = ("健康巴中\n\n——2022年度盘点\n\n发布日期:2023-01-03 09:52信息来源:巴中日报\n\n"
                 "  严管风险人员。发布健康提示110余期,推送防疫短信900余万条,市、县、乡、村、网格五级联动,高效开展流调溯源、区域协查、"
                 "社区排查,刚性执行居家隔离监测“三盯一”要求,累计管控服务风险人员29.53余万人,社会面传播疫情“零”发生。\n")


def _draft(tmp_path, title: str, text: str):
    """The tester's command (``--proposal --date 2023-10-09``) on ``title`` and ``text``: the written draft."""
    ws = unit_workspace(tmp_path / "ws", *BAZHONG)
    options = ("--deputy", "何晓春", "--session", "市政协五届二次会议", "--proposal", "--date", "2023-10-09")
    _, out = seeds_draft(tmp_path, ws, {"2023-01-03_健康巴中2022年度盘点.txt": HEALTH_REVIEW}, "291", title, text, *options)
    return docx.Document(out)


def test_halves_of_one_whole_are_one_section_and_the_lead_in_names_no_matter_its_items_list(tmp_path):
    document = _draft(tmp_path, MIND_TITLE, MIND_TEXT)
    assert list(sections(document)) == ["加强关注人民群众心理健康问题", "增设线上、线下心理工作室"], list(sections(document))
    lead_in = part_two_of(document.paragraphs)[0].text
    assert lead_in == "根据您的提案，下一步我委将重点做好以下工作：", lead_in
    items = part_two_texts(document)
    assert [i.split("【")[0] for i in items] == ["（一）加强关注人民群众心理健康问题。", "（二）增设线上、线下心理工作室。"], items


def test_asks_on_two_things_sharing_a_verb_stay_apart_and_the_lead_in_names_its_matter(tmp_path):
    """增设图书馆 and 增设体育馆 are two things (no halves of one whole): a section each; the lead-in, naming what the title asks
    (…乡镇文体设施) and not the items' words joined, stays as it was."""
    title = "关于完善乡镇文体设施的建议"
    text = f"{title}\n\n建议:\n一、增设乡镇图书馆,方便群众阅读。\n二、增设乡镇体育馆,方便群众健身。\n"
    document = _draft(tmp_path, title, text)
    assert list(sections(document)) == ["增设乡镇图书馆", "增设乡镇体育馆"], list(sections(document))
    lead_in = part_two_of(document.paragraphs)[0].text
    assert lead_in == "根据您的提案，下一步我委将完善乡镇文体设施，重点做好以下工作：", lead_in


def test_halves_join_as_the_title_says_them_and_other_matters_stay_apart():
    asks = parse_asks("建议:\n一、加快建设城区学校。\n二、加快建设农村学校,配齐师资。\n", "关于加快建设城区和农村学校的建议")
    assert [(a.phrase, a.text) for a in asks] == [("加快建设城区和农村学校", "加快建设城区和农村学校。\n加快建设农村学校,配齐师资。")]
    # (the halves, each of another thing: 心理工作室 and 心理热线 are two)
    apart = parse_asks("建议:\n一、增设线上心理工作室。\n二、增设线下心理热线。\n", "关于加强心理服务的建议")
    assert [a.phrase for a in apart] == ["增设线上心理工作室", "增设线下心理热线"]


def test_a_verb_phrase_keeps_the_problem_it_takes():
    assert unframed_topic("加强关注人民群众心理健康问题") == "加强关注人民群众心理健康问题"
    assert first_step("加强关注人民群众心理健康问题") == "加强关注人民群众心理健康问题。"
    assert unframed_topic("关于城市停车问题") == "城市停车"  # (a topic's frame still goes)


def test_a_lead_in_is_said_again_only_by_the_items_its_matter_is_made_of(tmp_path):
    """The lead-in's matter said again: by the first item (hd43b), or by the first items joined in its order (hd56a) — not by
    items saying one of its asks and another thing, nor by one saying more of the matter than it."""
    from drafter.compose.reply import _says_the_lead_in

    ws = unit_workspace(tmp_path / "ws", *BAZHONG)
    context = {"carry_on": "加强关注人民群众心理健康问题、增设线上、线下心理工作室", "concern": ""}
    assert _says_the_lead_in(["加强关注人民群众心理健康问题。【待补充：具体举措】", "增设线上、线下心理工作室。"], context, ws)
    assert not _says_the_lead_in(["加强关注人民群众心理健康问题。", "开通心理援助热线。"], context, ws)
    assert not _says_the_lead_in(["增设线上、线下心理工作室。", "加强关注人民群众心理健康问题。"], context, ws)
    assert not _says_the_lead_in(["加强关注人民群众心理健康问题宣传。", "增设线上、线下心理工作室。"], context, ws)
    assert _says_the_lead_in(["继续发展非遗乡村康养游，开展采摘。", "推动少林游向世界遗产游转变。"],
                             {"carry_on": "继续发展非遗乡村康养游", "concern": ""}, ws)
