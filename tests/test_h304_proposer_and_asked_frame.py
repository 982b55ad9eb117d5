"""h304: findings of the held-out test hd56b (吕梁市生态环境局交城分局, 交城县; its real reply addressed 马萬喜等10位代表).

1. The suggestion's field 提出人：马万喜等10位代表 was not read (the draft said 【待补充：代表姓名】, or 马万喜代表：/您 with
   --deputy 马万喜): a suggestion's lead is named by any of the usual field words (LEAD_FIELD, LEAD_LABEL), and 等N位代表 is
   several, addressed 你们 or the workspace's you_many.
2. An ask's heading kept who is asked to act where that was a county's or a district's government or the place said short
   (由政府积极争取项目资金 headed its section and part two's item; 我县…, 县政府…, 区政府… kept it; 我市…, 市政府… lost it):
   the frame of who is asked is dropped at every level (asks._ASKED), a named place that is the subject (段村实施…) kept.
"""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner
from helpers import part_one, part_two_texts, sections, unit_workspace

from drafter.cli import cli
from drafter.compose.asks import parse_asks
from drafter.compose.reply import ACTOR_LED
from drafter.compose.suggestion import proposer_from_text, you_word

TITLE = "关于政府争取项目资金，段村实施雨污分离项目的建议"
# hd56b's suggestion.txt, whole.
SUGGESTION = (f"{TITLE}\n\n提出人：马万喜等10位代表（交城县第十七届人民代表大会第六次会议第36号建议）\n\n建议：\n"
              "一、由政府积极争取项目资金，支持段村雨污分离项目建设。\n二、在夏家营镇段村实施雨污分离项目。\n")
JIAOCHENG_AREAS = "天宁镇, 夏家营镇, 西营镇, 水峪贯镇, 西社镇, 庞泉沟镇, 洪相乡, 岭底乡, 东坡底乡, 会立乡"
LEAD_WORDS = ("提出人", "提出者", "提出代表", "领衔代表", "领衔人", "提案人", "第一提案人", "建议人", "代表", "代表姓名", "委员姓名")


@pytest.mark.parametrize("label", LEAD_WORDS)
def test_the_lead_is_read_from_any_usual_field_word(label):
    text = SUGGESTION.replace("提出人：", f"{label}：")
    assert proposer_from_text(None, text) == "马万喜等10位代表"
    assert proposer_from_text("马万喜", text) == "马万喜等10位代表"  # (the clerk's lead, the field naming others with them)
    assert you_word(proposer_from_text(None, text)) != "您"
    asks = parse_asks(text, TITLE)  # (the field is no part of what is asked)
    assert len(asks) == 2 and not any("马万喜" in a.text for a in asks)


def test_one_lead_so_named_is_one_person():
    text = SUGGESTION.replace("马万喜等10位代表", "马万喜")
    assert proposer_from_text(None, text) == "马万喜"
    assert you_word("马万喜") == "您"


# The first ask of hd56b said by another agent, each level: the heading keeps what is done only.
ASKED_OF = {
    "由政府积极争取项目资金": "争取项目资金",
    "县政府积极争取项目资金": "争取项目资金",
    "我县积极争取项目资金": "争取项目资金",
    "全县积极争取项目资金": "争取项目资金",
    "我市积极争取项目资金": "争取项目资金",
    "请政府积极争取项目资金": "争取项目资金",
    "建议县政府加大投入力度": "加大投入力度",
    "建议市政府加大投入力度": "加大投入力度",
    "区政府加大投入力度": "加大投入力度",
    "建议我州加大投入力度": "加大投入力度",
    "旗人民政府加大投入力度": "加大投入力度",
    "政府应加大投入力度": "加大投入力度",
    "请有关部门加大投入力度": "加大投入力度",
    "县政府有关部门加大执法力度": "加大执法力度",
    "县政府牵头建立联席会议制度": "建立联席会议制度",  # (the unit and the lead it takes)
    # kept: a named place doing it, a word the level makes, a government in a name
    "段村实施雨污分离项目": "段村实施雨污分离项目",
    "全县域推进垃圾分类": "全县域推进垃圾分类",
    "政府购买服务范围要扩大": "政府购买服务范围要扩大",
}


@pytest.mark.parametrize("asked, heading", ASKED_OF.items())
def test_who_is_asked_heads_no_ask_at_any_level(asked, heading):
    text = SUGGESTION.replace("由政府积极争取项目资金", asked)
    assert parse_asks(text, TITLE)[0].phrase == heading


def test_who_is_asked_is_no_measure_the_bureau_takes():
    """A sentence after the heading asked of a government (由县政府…) is quoted as what the bureau might do without it."""
    text = SUGGESTION.replace("由政府积极争取项目资金，支持段村雨污分离项目建设。",
                              "加强农村生活污水治理。由县政府争取上级项目资金，支持段村雨污分离项目建设。")
    ask = parse_asks(text, TITLE)[0]
    assert ask.phrase == "加强农村生活污水治理"
    assert ask.measures == "争取上级项目资金，支持段村雨污分离项目建设。"


def test_a_title_led_by_a_county_government_is_led_by_who_should_act():
    assert ACTOR_LED.match("县人民政府加大农村污水治理投入") and ACTOR_LED.match("我县有关部门加强协调")
    assert not ACTOR_LED.match("段村实施雨污分离项目")


@pytest.mark.parametrize("you_many, you", [(None, "你们"), ("您们", "您们")])
def test_the_draft_is_to_the_lead_and_the_nine_and_heads_what_is_done(tmp_path, you_many, you):
    ws = unit_workspace(tmp_path / "ws", "吕梁市生态环境局交城分局", "市生态环境局交城分局", "交城县", JIAOCHENG_AREAS)
    if you_many:
        config = ws.root / "drafter.yaml"
        config.write_text(config.read_text("utf-8").replace("organisation:\n", f"organisation:\n  you_many: {you_many}\n"), "utf-8")
    (tmp_path / "36.txt").write_text(SUGGESTION, "utf-8")
    out = tmp_path / "36.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "36", TITLE, "--text", str(tmp_path / "36.txt"),
                                      "--session", "交城县第十七届人民代表大会第六次会议", "--date", "2024-10-24", "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = docx.Document(out)
    texts = [p.text for p in document.paragraphs]
    assert "马万喜等10位代表：" in texts
    assert any(t.startswith(f"{you}提出的《{TITLE}》") for t in texts)
    assert list(sections(document)) == ["争取项目资金", "在夏家营镇段村实施雨污分离项目"]
    assert [t.split("。")[0] for t in part_two_texts(document)] == ["（一）争取项目资金", "（二）在夏家营镇段村实施雨污分离项目"]
    assert not any("由政府" in t for t in [*part_one(document), *part_two_texts(document)])
