"""rf57: what drafter said or computed more than once, said and computed once — each test here fails where the one helper
or value it guards is broken."""

from __future__ import annotations

from drafter.distill.figures import find_figures, normalise


def _counts(sentence: str) -> dict[str, str | None]:
    norm = normalise(sentence)
    return {f.raw: f.counts for f in find_figures(norm, norm)}


def test_the_verb_of_adding_is_split_off_the_same_way_everywhere():
    """figures' _split_added: a stock after the additions (泉州市科技局's 2025 summary, seeds/000_60a5176dfe2077e9.txt) is of the
    thing added, not the year's additions; a level's part of a count of additions is an addition of that level."""
    # (seeds/000_60a5176dfe2077e9.txt)
    counts = _counts("一体引进“人才+团队+项目”，新引人才团队20个，累计达84个。")
    assert counts == {"20个": "新引人才团队", "84个": "人才团队"}
    # (no corpus line has it: the rule's own example, 新增…企业10家，其中国家级3家)
    assert _counts("2023年新增高新技术企业10家，其中国家级3家。")["3家"] == "新增国家级高新技术企业"
