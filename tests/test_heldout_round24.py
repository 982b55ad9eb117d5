"""General reading rules found on the pages held-out round 22 left misread (a district 工信局's half-year summary, a news
item on 溧阳市工信局's yearly meeting, a news item on 济阳区市场监管局's yearly meeting, a county 发改局's first-quarter
summary, 沙河市交通局's reply to suggestion 31).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document), in a
workspace of the page's own bureau, and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import shutil

import pytest
from helpers import REPO, distil

from drafter.workspace import load_workspace


def _workspace(root, name: str, short: str, place: str, areas: str):
    """A workspace of the unit ``name`` (short name, place and areas), the repository's templates."""
    root.mkdir()
    (root / "drafter.yaml").write_text(
        f"organisation:\n  name: {name}\n  short_name: {short}\n  jurisdiction: {place}\n  areas: [{areas}]\n", "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    return load_workspace(root)


@pytest.fixture
def district(tmp_path):
    """A workspace of a district's 工业和信息化局 (the summary names its district XX区 only)."""
    return _workspace(tmp_path / "ws_qu", "某某区工业和信息化局", "区工信局", "某某区", "城关街道")


# A district 工信局's summary of 2023's first half (laobiganzi.top/255679.html): its title and two items.
HALF_YEAR = ("区工信局2023年上半年工作总结和下半年工作打算\n一、主要经济指标运行情况\n(一)工业方面\n"
             "2.“主导+特色”产业方面:2023年市下达两区“主导+特色”产业产值目标201亿元。2023年1-5月,两区“主导+特色”产业"
             "规上企业79家,产值66.42亿元,占规上总产值68%,同比增长24.66%。\n(二)商贸方面\n"
             "1.外贸进出口总额方面:1-5月,XX区(含新区)外贸进出口总额为13亿元,同比增长0.5%,完成年任务(40.2亿元)的32.5%。"
             "预测两区上半年外贸进出口总额15.6亿元,同比增长4.5%。\n")


def _figures(ff):
    return {g.raw: g.counts for f in ff.facts for g in f.figures}


def test_a_growth_after_a_share_is_the_growth_of_the_part(tmp_path, district):
    """The summary says 产值66.42亿元,占规上总产值68%,同比增长24.66%: the growth was read as 规上总产值增长 (of the whole the
    share is of) and the share as 规上总产值 itself; the growth is of 产值, and 68% is 产值's share of 规上总产值."""
    counts = _figures(distil(tmp_path, district, HALF_YEAR, "half.txt"))
    assert counts["24.66%"] == "产值增长"
    assert counts["68%"] == "产值占规上总产值"


def test_a_targets_amount_in_brackets_and_the_share_of_it_done(tmp_path, district):
    """It says 外贸进出口总额为13亿元,同比增长0.5%,完成年任务(40.2亿元)的32.5%: 40.2亿元 was read as the 外贸进出口总额 (it is
    the year's target) and 32.5% as its growth (it is the share of the target done)."""
    counts = _figures(distil(tmp_path, district, HALF_YEAR, "half.txt"))
    assert counts["40.2亿元"] == "年任务"
    assert counts["32.5%"] == "完成年任务"
    assert counts["13亿元"].endswith("外贸进出口总额") and counts["0.5%"].endswith("外贸进出口总额增长")
