"""A percent sign in its small form (﹪, U+FE6A) is a percent sign: 宝鸡市生态环境局's 2019 reply's 覆盖率只有50﹪ gave no
figure (hd35a)."""

from __future__ import annotations

from helpers import distil, unit_workspace

# A real line of 宝鸡市生态环境局's reply to 市政协十二届三次会议第225号提案 (2019), its small-form percent sign kept.
BAOJI_225 = ("宝鸡市生态环境局关于对市政协十二届三次会议第225号提案的答复函\n\n"
             "从总体看，我市农村生活污水处理设施覆盖率只有50﹪，还有许多村庄生活污水没有得到有效治理。\n")


def test_a_small_form_percent_sign_makes_a_percentage(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "宝鸡市生态环境局", "市生态环境局", "宝鸡市")
    ff = distil(tmp_path, ws, BAOJI_225, "2019-06-30_宝鸡市生态环境局_225号提案答复.txt")
    figures = [g for f in ff.facts for g in f.figures]
    assert [(g.value, g.unit) for g in figures] == [(50, "%")], [(g.raw, g.unit) for g in figures]
