"""h278: a unit's name split at the place it opens with (hd52b), not at a level word inside a word."""
from click.testing import CliRunner

from drafter.cli import cli
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
