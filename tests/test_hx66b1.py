"""hx66b1: findings of the held-out test hd66b (东源县农业农村局's reply 东农农函〔2020〕127号 to 县政协八届五次会议第57号提案
关于解决库区内乡镇农副产品输出的提案), on the proposal's own lines; the base holds nothing on it (its facts were another city's).

F1. A two-character field word of another unit heading a compound noun of the ask (客货班车, 水路班船 of 县交通运输局: [班车, 班船])
    makes the ask that unit's, as the exact compounds did; not inside another matter (运输 of 农副产品运输难问题, whose head is
    问题), nor ending a longer name (稳定高校毕业生就业).
F4. A class-A closing says 会同有关部门 only where another unit works on the item (a co-handler, a unit whose field an ask is).
"""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import docx
import pytest
from click.testing import CliRunner

from drafter.cli import cli
from drafter.compose.asks import parse_asks
from drafter.compose.remit import gap_owner, heads_matter, says_field_word
from drafter.compose.reply import partnered
from drafter.grammar import PARTNER_NAMED
from drafter.workspace import load_workspace
from helpers import unit_workspace

TITLE = "关于解决库区内乡镇农副产品输出的提案"
# The proposal as the reply restates it (its background, then its four asks).
BACKGROUND = ("东源县锡场镇等库区乡镇地处新丰江水库区内，距市区路途遥远，路况复杂、弯多弯急，山多水广田少，盛产灵芝、油茶、树桔、竹笋等农副产品。"
              "由于交通不便，原有的每日一班客车因客源少、经营亏损已停运多年，库区农副产品运不出、卖不上价，影响群众增收。")
PROPOSAL = (f"{TITLE}\n提案人：梁春竻\n\n{BACKGROUND}为此建议：\n"
            "一、加大库区农副产品宣传推介力度，提高产品知名度和影响力。\n"
            "二、组织库区农业企业、合作社参加各类展销会，拓宽农副产品销售渠道。\n"
            "三、依托电商平台加强库区农副产品产销对接。\n"
            "四、协调解决库区乡镇农副产品运输难问题，恢复或开通客货班车、水路班船。\n")
TRANSPORT_ASK = "协调解决库区乡镇农副产品运输难问题，恢复或开通客货班车、水路班船。"
FIELDS = "other_fields:\n  县交通运输局: [班车, 班船]\n"


def test_f1_a_field_word_heading_a_compound_names_the_units_matter():
    assert says_field_word(TRANSPORT_ASK, "班车") and says_field_word(TRANSPORT_ASK, "班船")
    assert heads_matter("水路班船", "班船") and heads_matter("恢复或开通客货班车", "班车")
    # 运输 stands inside 农副产品运输难问题, whose head is 问题: the produce's transport problem is no 运输 matter of its own
    assert not says_field_word(TRANSPORT_ASK, "运输")
    # a longer name before the word is what the matter is about (test_field_word's guards)
    assert not says_field_word("稳定高校毕业生就业，支持企业吸纳高校毕业生。", "就业")
    assert not says_field_word("推进职务科技成果确权，完善科技成果评价。", "确权")


def test_f1_the_ask_is_the_transport_bureaus_by_its_field_words(tmp_path):
    ws = replace(unit_workspace(tmp_path / "ws", "东源县农业农村局", "县农业农村局", "东源县"),
                 other_fields={"县交通运输局": ["班车", "班船"]})
    ask = parse_asks(PROPOSAL, TITLE)[3]
    assert ask.text == TRANSPORT_ASK
    assert gap_owner(ask, [], ws) == ("县交通运输局", "县交通运输局", False, False)
    assert gap_owner(parse_asks(PROPOSAL, TITLE)[2], [], ws) == (None, None, False, False)  # (依托电商平台…: the bureau's)


def _draft(root, name: str, *options: str):
    out = root / f"{name}.docx"
    (root / "proposal.txt").write_text(PROPOSAL, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "57", TITLE, "--deputy", "梁春竻", "--proposal",
                                      "--date", "2020-12-07", "--text", str(root / "proposal.txt"), "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return out, [p.text for p in docx.Document(str(out)).paragraphs]


@pytest.fixture(scope="module")
def dongyuan(tmp_path_factory):
    """东源县农业农村局's workspace, its base empty (hd66b's held nothing on the proposal): the root."""
    root = unit_workspace(tmp_path_factory.mktemp("dongyuan") / "ws", "东源县农业农村局", "县农业农村局", "东源县", "锡场镇, 新港镇").root
    assert load_workspace(root).other_fields == {}
    return root


@pytest.fixture(scope="module")
def alone(dongyuan):
    """The proposal drafted with --type A, no co-handler, no unit's field listed: the draft and its paragraphs."""
    return _draft(dongyuan, "alone", "--type", "A")


def test_f4_an_adopted_items_closing_names_no_partner_none_gave(alone):
    _, paragraphs = alone
    closing = next(p for p in paragraphs if "已采纳" in p)
    assert closing.startswith("您提出的提案已采纳，我局将抓好落实。") and "会同" not in closing, closing
    assert "可商请" not in "".join(paragraphs)  # (section （四） the bureau's own gap: no unit's field listed)


def test_f1_f4_the_transport_ask_asks_its_unit_and_the_closing_names_partners(tmp_path):
    root = unit_workspace(tmp_path / "ws", "东源县农业农村局", "县农业农村局", "东源县", "锡场镇, 新港镇").root
    with open(root / "drafter.yaml", "a", encoding="utf-8") as f:
        f.write(FIELDS)
    _, paragraphs = _draft(root, "fields", "--type", "A")
    section = paragraphs.index("（四）协调解决库区乡镇农副产品运输难问题")
    assert paragraphs[section + 1].endswith("（注明年份；可商请县交通运输局提供）】"), paragraphs[section + 1]
    assert any(p.startswith("您提出的提案已采纳，我们将会同有关部门抓好落实。") for p in paragraphs), paragraphs


def test_f4_a_co_handler_is_a_partner(dongyuan, tmp_path):
    _, paragraphs = _draft(dongyuan, "with", "--type", "A", "--with", "县交通运输局")
    assert any(p.startswith("您提出的提案已采纳，我们将会同有关部门抓好落实。") for p in paragraphs), paragraphs


def test_f4_a_fact_drafted_naming_a_partner_makes_one():
    """A fact told in the draft naming the unit its work was done with is a partner the base names (seed 000's 由我单位会同市财政局、
    人社局、金融局办理; test_policy_counts' 我局会同有关部门出台…); the reply's 县有关交通部门 doing its own work names none."""
    assert PARTNER_NAMED.search("由我单位会同市财政局、人社局、金融局办理。").group() == "会同市财政局"
    assert PARTNER_NAMED.search("2024年，我局会同有关部门出台支持企业加大研发投入5条措施，兑现企业研发经费投入分段补助资金1.26亿元。")
    assert not PARTNER_NAMED.search("目前县有关交通部门,为锡场至河源走万绿湖水上运输,每天开通2班次航班。")
    assert not PARTNER_NAMED.search("引导支持技术需求企业联合市内外高校、科研院所加强产学研深度融合。")  # (no unit: its own partners)

    def told(text: str):
        return SimpleNamespace(sentences=[text], fact=SimpleNamespace(text=text))

    # (the real reply's own work, 东农农函〔2020〕127号; test_heldout_round31's 自治区农牧厅 working with others)
    own = SimpleNamespace(sections=[SimpleNamespace(owner=None, items=[told("鼓励农业企业参加丰收节、绿博会等展销会活动,拓宽农产品的销售渠道。")])],
                          plans=[])
    assert not partnered(own, [], [[]])
    assert partnered(own, ["县交通运输局"], [[]])
    joint = told("自治区农牧厅会同有关部门，从5个方面梳理了11条支持政策，推动草产业高质量发展。")
    assert partnered(SimpleNamespace(sections=own.sections, plans=[joint]), [], [[]])
    assert partnered(SimpleNamespace(sections=[SimpleNamespace(owner=None, items=[joint])], plans=[]), [], [[]])
