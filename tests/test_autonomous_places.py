"""An autonomous county's bureau (石林彝族自治县卫生健康局, 云南): its own replies call the county 石林县, and a tester's
workspace filed every fact of them as another place's, so none reached a draft (hd4). The county is its place by
either name; ``drafter init`` reads it from the bureau's name."""

from __future__ import annotations

from click.testing import CliRunner
from helpers import distil

from drafter.cli import cli
from drafter.grammar import place_and_short_name, short_place
from drafter.workspace import load_workspace

# 石林县卫生健康局's reply to 第37号建议 of 2020 (kmsl.gov.cn/c/2020-11-10/4647303.shtml), its head and its answer.
REPLY_37 = """发布机构:  石林彝族自治县人民政府办公室 发布日期: 2020-11-10 15:33
石林县卫生健康局关于县第十七届人大第四次会议第37号建议答复的函
陈云会代表
您在第十七届人民代表大会第次会议提出的《解决大哨村委会卫生室建设资金事项》第37号建议交县卫生健康局办理,现答复如下:
二、意见建议办理情况
针对所提建议即:解决大哨村委会卫生室建设资金事项2017年底,县卫生健康局结合健康扶贫工作,申请县财政45万元作为全县贫困村卫生室重建、修缮项目资金,其中安排了6.39万元用于支持大哨村卫生室重建,已全额拨付。
"""


def test_an_autonomous_place_is_also_named_short():
    assert short_place("石林彝族自治县") == "石林县" and short_place("延边朝鲜族自治州") == "延边州"
    assert short_place("泉州市") == "泉州市"
    assert place_and_short_name("石林彝族自治县卫生健康局") == ("石林彝族自治县", "县卫生健康局")
    assert place_and_short_name("双江拉祜族佤族布朗族傣族自治县交通运输局") == ("双江拉祜族佤族布朗族傣族自治县", "县交通运输局")


def test_the_countys_reply_naming_it_short_is_the_bureaus_own(tmp_path):
    root = tmp_path / "sl"
    result = CliRunner().invoke(cli, ["init", str(root), "--name", "石林彝族自治县卫生健康局"])
    assert result.exit_code == 0, result.output
    ws = load_workspace(root)
    assert (ws.jurisdiction, ws.short_name) == ("石林彝族自治县", "县卫生健康局")
    facts = distil(tmp_path, ws, REPLY_37).facts
    money = next(f for f in facts if "45万元" in f.text)
    # (spelt as the workspace spells its place: one place, never listed as two, hd32a)
    assert money.jurisdiction == "石林彝族自治县" and not money.external


def test_a_verb_of_asking_before_a_level_word_is_no_place(tmp_path):
    """鹿阜街道办事处's reply to 第25号建议 (kmsl.gov.cn/c/2019-09-03/3616838.shtml) quotes the village's request
    …现已经开始新建，恳请县人大给予支持缺口资金6万元: its place was read as 恳请县."""
    from drafter.distill.places import is_place

    assert not is_place("恳请县") and is_place("石林县")
