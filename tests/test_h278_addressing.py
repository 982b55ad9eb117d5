"""h278: a unit's name split at the place it opens with (hd52b), not at a level word inside a word; a party's committee
said short addressed as a committee (hd52a)."""
import docx
import pytest
from click.testing import CliRunner
from helpers import comments_on, new_workspace, part_two_of, unit_workspace

from drafter.cli import cli
from drafter.compose.suggestion import is_collective, you_word
from drafter.grammar import place_and_short_name
from drafter.workspace import load_workspace


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_init_takes_the_place_the_name_opens_with_not_a_citys_word_inside_it(tmp_path):
    """hd52b: init --name 仙桃市住房和城市更新局 printed （…，市更新局，住房和城市）: the 市 of 城市 was read as a city's."""
    result = run("init", tmp_path / "xt", "--name", "仙桃市住房和城市更新局")
    assert result.exit_code == 0, result.output
    assert "（仙桃市住房和城市更新局，市住房和城市更新局，仙桃市）" in result.output
    ws = load_workspace(tmp_path / "xt")
    assert (ws.jurisdiction, ws.short_name, ws.self_name) == ("仙桃市", "市住房和城市更新局", "我局")


def test_a_level_word_inside_a_bureaus_field_names_no_place():
    assert [place_and_short_name(n) for n in (
        "湖北省仙桃市住房和城市更新局", "杭州市城市管理局", "济南市市场监督管理局", "深圳市城市更新和土地整备局",
        "聊城市智慧城市建设局", "北京市东城区城市管理委员会", "天津市和平区科学技术局")] == [
        ("仙桃市", "市住房和城市更新局"), ("杭州市", "市城市管理局"), ("济南市", "市市场监管局"),
        ("深圳市", "市城市更新和土地整备局"), ("聊城市", "市智慧城市建设局"), ("东城区", "区城市管理委"),
        ("和平区", "区科学技术局")]


def test_the_innermost_place_of_a_chain_and_a_banner_or_prefecture_opening_the_name(tmp_path):
    """A province, city and district named before the bureau: the district's (it took the city's and left 鲤城区 in the
    short name); a banner's or an autonomous prefecture's name said short (准格尔旗, 黔东南州) is a place too — init asked
    for --jurisdiction."""
    assert [place_and_short_name(n) for n in (
        "福建省泉州市鲤城区教育局", "鄂尔多斯市准格尔旗水利局", "准格尔旗水利局", "黔东南州住房和城乡建设局",
        "湖北省恩施州住房和城乡建设局")] == [
        ("鲤城区", "区教育局"), ("准格尔旗", "旗水利局"), ("准格尔旗", "旗水利局"), ("黔东南州", "州住建局"),
        ("恩施州", "州住建局")]
    assert place_and_short_name("人行泉州市分行")[0] != "人行泉州"  # a 州 before 市 is a city's name
    result = run("init", tmp_path / "zg", "--name", "准格尔旗水利局")
    assert result.exit_code == 0, result.output
    assert load_workspace(tmp_path / "zg").jurisdiction == "准格尔旗"
    result = run("init", tmp_path / "no", "--name", "住房和城市更新局")
    assert result.exit_code != 0 and "请用 --jurisdiction 写明" in result.output


# hd52a's proposal as its clerk received it (平凉市交通运输局)
PINGLIANG_11 = """关于改造提升北大路的提案

提案人：民革平凉市委

建议：北大路改造按国家一级公路设计，在平凉西连接福银高速，沿泾河北岸至长庆桥，接入福银高速。
"""


@pytest.mark.parametrize("proposer", ["民革平凉市委", "民革苏州市委", "九三学社许昌市委", "民盟甘肃省委", "致公党崆峒区委",
                                      "农工党平凉市委", "团市委", "共青团平凉市委"])
def test_a_partys_committee_said_short_is_a_committee(proposer):
    """hd52a: 民革平凉市委, the usual short form of 民革平凉市委员会, was 贵单位 where the long name is 贵会; a party's or the
    youth league's committee said short by its level's 委 is its 委员会 (a branch or a group of one is not)."""
    assert is_collective(proposer) and you_word(proposer) == "贵会"


def test_a_partys_branch_or_group_stays_a_body():
    assert [you_word(p) for p in ("民进平凉市委第一支部", "九三学社许昌支委")] == ["贵单位"] * 2
    assert you_word("经济界别") == "您们"  # a group of members is persons (h276: hd26b, hd50a)
    assert you_word("张委") == "您"


def test_the_proposal_of_a_partys_city_committee_thanks_the_committee(tmp_path):
    root = new_workspace(tmp_path / "ws", seeds=False)
    text = tmp_path / "11.txt"
    text.write_text(PINGLIANG_11, "utf-8")
    out = tmp_path / "11.docx"
    result = run("-w", root, "draft", "11", "关于改造提升北大路的提案", "--proposal", "--deputy", "民革平凉市委",
                 "--text", text, "--date", "2024-06-14", "-o", out)
    assert result.exit_code == 0, result.output
    said = "".join(p.text for p in docx.Document(out).paragraphs)
    assert "民革平凉市委：" in said and "贵会提出的《关于改造提升北大路的提案》" in said and "感谢贵会" in said
    assert "贵单位" not in said


# hd52b's suggestion as the clerk received it (仙桃市住房和城市更新局)
MAOZUI_16 = "关于加快实施毛嘴镇镇区雨污分流管网建设的建议\n\n建议加快实施毛嘴镇镇区雨污分流管网建设。\n"
MAOZUI_TITLE = "关于加快实施毛嘴镇镇区雨污分流管网建设的建议"


def _maozui(tmp_path, areas: str = ""):
    ws = unit_workspace(tmp_path / "ws", "仙桃市住房和城市更新局", "市住房和城市更新局", "仙桃市", areas)
    text = tmp_path / "16.txt"
    text.write_text(MAOZUI_16, "utf-8")
    out = tmp_path / "16.docx"
    result = run("-w", ws.root, "draft", "16", MAOZUI_TITLE, "--deputy", "熊勇", "--session", "市十届人大三次会议",
                 "--type", "B", "--text", text, "--date", "2024-06-14", "-o", out)
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("areas", ["", "毛嘴镇, 沔城回族镇"])
def test_over_nothing_of_the_bureaus_part_two_is_one_placeholder_not_the_asks_words_twice(tmp_path, areas):
    """hd52b: 根据您的建议，下一步我局将«加快实施镇区雨污分流管网建设»，重点做好以下工作：«加快实施毛嘴镇镇区雨污分流管网建设。»
    «【待补充：具体举措】» — the title's ask said twice, a promise of the deputy's words (the lead-in's town left out, so the
    item was not seen to say it); the lead-in says no matter and the item is what the bureau will do, one placeholder, its
    comment asking who is responsible (the town one of the workspace's areas: the lead-in said none, the item the ask's
    words all the same)."""
    out = _maozui(tmp_path, areas)
    said = [p.text for p in part_two_of(docx.Document(str(out)).paragraphs)]
    assert said == ["根据您的建议，下一步我局将重点做好以下工作：", "【待补充：加快实施毛嘴镇镇区雨污分流管网建设方面的下一步举措】"], said
    notes = comments_on(out, "【待补充：加快实施毛嘴镇镇区雨污分流管网建设方面的下一步举措】")
    assert any("由谁负责" in n and "责任单位" in n for n in notes), notes


def test_the_cc_guess_reads_the_level_from_the_place_else_the_name():
    """The 抄送 guess's level: the place's (泉州市 → 市), else the unit's name's where no place is set (平顺县林业局 → 县, not 市: an
    empty place says no level), else 市."""
    from drafter.workspace import levels_of

    assert levels_of("泉州市科学技术局", "泉州市") == ("市", "市")
    assert levels_of("平顺县林业局", "") == ("县", "县")
    assert levels_of("塔城地区商务局", "塔城地区") == ("区", "地区")
    assert levels_of("某局", "") == ("市", "市")
