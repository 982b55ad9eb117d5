"""hx64d: findings of the held-out test hd64b (广元市朝天区市场监督管理局), on its seed's real lines (封面新闻, 2021-06-29).

KD1. A byline of names and an outlet's reporters by their role (张敏 封面新闻采访人员 刘彦谷; under 来源： with its day) is no
     title; the headline in brackets opening a line of the text (【月饼|年产值超2亿元 …】) is, where none stood over it.
KD2. A photo's caption whose photographer's name runs into 摄 (中子月饼文化节。钟卫东摄) and the 文章插图 marker are clutter:
     no fact, no section, and the caption's line joins no paragraph after it.
KD3. The headline's bracket and bar never enter a figure's label (年产值, not 月饼|年产值) nor open a fact's text.
"""

from __future__ import annotations

from helpers import distil, unit_workspace

from drafter.distill.facts import is_caption
from drafter.distill.figures import find_figures
from drafter.distill.metadata import CREDITS_LINE

AREAS = "朝天镇, 中子镇, 曾家镇, 羊木镇, 大滩镇"
# seeds/2021-06-29_中子月饼地理标志证明商标.txt of hd64b: its first eight lines.
PAGE = ("张敏 封面新闻采访人员 刘彦谷\n"
        "天上月儿圆 , 中子月饼香 。 近日 , 由四川广元市朝天区食品工业协会申请注册的“中子月饼”地理标志证明商标成功获得国家知识产权局批准 ,"
        " 被正式予以核准注册 。\n"
        "文章插图\n"
        "中子月饼文化节 。 钟卫东摄\n"
        "“中子月饼起源于明末清初 , 300多年来的手工艺文化在这里始终保持和发扬着自己的特性及个性 , 并薪火相传、历久弥坚 。 ”中子月饼文化积淀深厚 ,"
        " 产业源远流长 。\n"
        "文章插图\n"
        "【月饼|年产值超2亿元 四川朝天“中子月饼”成功注册国家地理标志证明商标】月饼烘培 。 钟卫东摄\n"
        "“国家地理标志证明商标这张‘新名片’将大大提升‘中子月饼’知名度 , 进一步擦靓‘中子月饼’系列产品金字招牌 , 全面助力朝天区食品产业规范管理"
        "和高质量发展 。 ”朝天区相关负责人介绍 , 随着中子月饼产能和质量的跨越式提升 , 朝天区涌现出了“越龄”、“垭垭上”等一批知名月饼品牌 ,"
        " 产品远销浙江、广东及海外等地 。\n")
HEADLINE = "月饼|年产值超2亿元 四川朝天“中子月饼”成功注册国家地理标志证明商标"


def _page(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "广元市朝天区市场监督管理局", "区市场监管局", "朝天区", AREAS)
    return distil(tmp_path, ws, PAGE, "2021-06-29_中子月饼地理标志证明商标.txt")


def test_byline_is_no_title_the_bracketed_headline_is(tmp_path):
    assert CREDITS_LINE.match("张敏 封面新闻采访人员 刘彦谷")
    assert CREDITS_LINE.match("来源：张敏 封面新闻采访人员 刘彦谷 2021-06-29")
    assert not CREDITS_LINE.match("记者探访一线防汛工作")  # (a headline on a reporter's visit, no names after a space)
    assert _page(tmp_path).source.title == HEADLINE


def test_caption_and_picture_marker_are_clutter(tmp_path):
    assert is_caption("中子月饼文化节。钟卫东摄")
    assert not is_caption("现场秩序井然。严禁拍摄")  # (a ban, no photographer)
    ff = _page(tmp_path)
    texts = [f.text for f in ff.facts]
    assert not any("钟卫东摄" in t or "文章插图" in t for t in texts), texts
    assert not any("文章插图" in f.section for f in ff.facts)
    # the quote after the caption's line is a fact of its own, opening on its own words
    assert any(t.startswith("“国家地理标志证明商标这张") for t in texts), texts


def test_headline_bar_enters_no_label_nor_fact(tmp_path):
    [figure] = find_figures(f"【{HEADLINE}】月饼烘培。")
    assert (figure.raw, figure.counts) == ("超2亿元", "年产值")
    ff = _page(tmp_path)
    assert not any(f.text.startswith("【") for f in ff.facts)
    assert not any("|" in (g.counts or "") for f in ff.facts for g in f.figures)
