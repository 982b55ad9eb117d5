"""General reading rules found on held-out round 18 (units the earlier rounds did not hold — 青海 海南州's 生态环境局
and 吉林 长春's 住房保障和房屋管理局, read right already; the shared corpus's pages of 重庆市科学技术局, 岳阳市财政局, 重庆 万盛's 科技局 and 河南
泌阳县人民政府 for what round 17 left; and 新疆 博乐's 财政局 (round 17) for its years before 2017).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document, in
the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil


def _figures(tmp_path, workspace, text, name):
    return {g.raw: g for f in distil(tmp_path, workspace, text, name).facts for g in f.figures}


def test_vague_counts_of_a_magnitude_are_figures(tmp_path, workspace):
    """岳阳市财政局's reply (the corpus's 17) reads 几百吨 as a figure of its magnitude; 上千人, 十几个 and 几万人 were
    missed, as 线上百家 and 上百年 must stay none."""
    text = ("张某代表:\n您提出的《关于发展乡村旅游的建议》收悉。现答复如下:\n"
            "2023年,全县举办乡村旅游节,吸引上千人参加,建成十几个采摘基地,惠及几万人。线上百家企业参展,古村有上百年历史。\n"
            "某县文化和旅游局\n2023年9月1日\n")
    figures = _figures(tmp_path, workspace, text, "vague.txt")
    assert {raw: (g.value, g.scale) for raw, g in figures.items()} == {
        "上千人": (1000, None), "十几个": (10, None), "几万人": (1, "万")}
