"""General reading rules found on documents of places the shared corpus does not hold (a held-out
set outside the repository, scored the way test_corpus.py scores the corpus).

Each test distils a short text written for it, in the shape such a page has, through the public
path a user's ``drafter distill`` takes (read_document → distill_document, in the demo workspace),
and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import REPO

from drafter.distill import distill_document
from drafter.model import FactFile
from drafter.read import read_document
from drafter.workspace import load_workspace


@pytest.fixture(scope="module")
def workspace():
    return load_workspace(REPO)


def distil(tmp_path: Path, ws, text: str, name: str = "page.txt") -> FactFile:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return distill_document(read_document(path), ws)


def fact_texts(ff: FactFile) -> str:
    return "\n".join(f.text for f in ff.facts)


NEWS_PAGE = """\
某市召开科技创新工作推进会

8月2日，市科技局召开科技创新工作推进会，通报上半年全市科技创新工作情况。上半年，全市新增高新技术企业46家，技术合同成交额达12.5亿元。

f3a9c1d27e6b4d0a9c8e5b7a1d2c3e4f

会议要求，各县（市、区）要对标全年目标任务，加快推进重点项目建设。

![]() ![]() |

免责声明：本网转载此文仅为传播信息之用，不代表本网站观点，文章内容仅供参考。
本报社拥有本网采编人员所创作作品之版权，未经书面授权，任何人不得转载、摘编或以其他方式使用和传播。
违法和不良信息举报电话：0000-12345678 邮箱：news@example.cn
发行热线：12345678 广告热线：23456789
联系地址：某省某市人民路1号
"""


def test_page_residue_disclaimers_and_hotlines_become_no_fact(tmp_path, workspace):
    """A news page's image hash, empty image marks, disclaimer (even ending in 。), reprint notice,
    hotlines and address are page furniture; the article's own sentences stay facts."""
    ff = distil(tmp_path, workspace, NEWS_PAGE)
    text = fact_texts(ff)
    for residue in ("f3a9c1d27e6b", "![]()", "免责声明", "不得转载", "举报电话", "热线", "人民路1号"):
        assert residue not in text, residue
    assert "全市新增高新技术企业46家" in text and "各县（市、区）要对标全年目标任务" in text
    assert {g.raw for f in ff.facts for g in f.figures} >= {"46家", "12.5亿元"}


@pytest.mark.parametrize("written", ["二OO五年八月三日", "二ＯＯ五年八月三日", "二〇〇五年八月三日[1]"])
def test_signature_date_in_chinese_numerals_typed_with_letter_o(tmp_path, workspace, written):
    """A reply signed 二OO五年八月三日 (a Latin O for 〇, or a wiki's footnote mark after it) is dated
    by its signature, not by the date a mirror site posted it."""
    page = f"""\
关于对某县政协2005第012号提案的答复

某某百科·作者佚名  2011-03-18

县科协：

你们提出的《关于加强基层科普工作的提案》已收悉，现答复如下：

2004年，全县建成科普示范村12个，举办科普讲座36场次，为基层科普工作打下了基础。

感谢你们对科技工作的关心和支持。

{written}
"""
    ff = distil(tmp_path, workspace, page)
    assert ff.source.date == "2005-08-03"
    assert ff.source.suggestion_number == "012"
