"""Part one gives one count of a thing, and marks the figures a 【待更新：…】 flag stands over.

- Two counts of the same thing from different dates (推动41个中试验证平台申报入库培育 in a 2026
  source, 推动建设中试验证平台（基地）28个 in a 2025 one) read as a contradiction: the older
  figure's clauses go; what its sentence says besides stays when it still reports a result, else
  the sentence goes (its item too when only its lead phrase is left). "The same thing" is the counted
  noun phrase of facts/measure.py without its bracketed asides, in the same unit, place and
  plan-ness, whatever the clauses say about it.
- A sentence whose as-of date is not current carries one flag: 【待更新：统计期】 where its date
  only the source's gave, or after its clause 【待更新：2025年全年数据】 where the source said when
  (目前 → 截至2025年5月, stated and highlighted); its figures are highlighted cyan (as figures not
  current are elsewhere) so a clerk who updates the date sees the figures to update, under the
  flag's one comment.

Tested on the README's 1350 draft from the whole demo base, read back from the written .docx,
and on a sentence that reports more besides the older count (its other results stay).
"""

from __future__ import annotations

import re

import docx
import pytest
from click.testing import CliRunner
from helpers import REPO, part_one

from drafter.cli import cli

from drafter.docx.read import read_draft
from drafter.facts.index import FactIndex
from drafter.facts.measure import measure_fact
from drafter.workspace import load_workspace


@pytest.fixture(scope="module")
def draft_1350(quick_start_1350):
    """The README's quick start draft (conftest: written once) and where it is."""
    return docx.Document(quick_start_1350), quick_start_1350


def test_a_thing_counted_by_a_newer_source_is_not_counted_again_from_an_older_one(draft_1350):
    document, _ = draft_1350
    body = part_one(document)
    said = "\n".join(body)
    assert "推动41个中试验证平台申报入库培育" in said  # the 2026 count stands
    assert not re.search(r"中试验证平台（基地）\d+个", said), said  # the 2025 count of them is gone
    assert len([p for p in body if p.startswith("（")]) == 3, body  # every ask still answered
    # two items say the ask's own matter (中试验证): a result sharing only a broad word of it (the
    # 平台建设 of 重点平台建设资金, 高能级创新平台累计达30家 on research institutes) is no third item
    assert "高能级创新平台累计达30家" not in said and "重点平台建设资金" not in said, said
    assert len([p for p in body if p.startswith(("一是", "二是"))]) >= 2, body
    # the older item said nothing else with a result (a policy's name, “12条措施”): it is gone whole
    assert "强化高质量科技成果供给" not in said, said


def test_the_same_thing_is_the_counted_noun_whatever_its_clause_says():
    ws = load_workspace(REPO)
    index = FactIndex.load(ws)

    def measured(words: str, raw: str):
        fact = next(f for f in index.facts.values() if words in f.text)
        return next(m for m in measure_fact(fact, index.sources.get(fact.source_id), ws) if m.figure.raw == raw)

    new = measured("41个中试验证平台", "41个")
    old = measured("中试验证平台（基地）28个", "28个")
    assert old.counts_same_thing(new) and old.is_older_than(new)
    assert old.measure.similarity(new.measure) == 0  # for refresh they are not one measure: no value replaced
    # another thing counted, or what is added beside the stock, is no second count of it
    assert not measured("41个中试验证平台", "5个").counts_same_thing(new)  # 省级制造业中试服务平台认定
    assert not measured("新增异地研发孵化机构13家", "13家").counts_same_thing(measured("市级企业异地研发中心5家", "5家"))


def test_the_figures_under_a_flag_are_highlighted_under_its_one_comment(draft_1350):
    _, path = draft_1350
    paras = read_draft(path)
    flag = re.compile(r"【待更新：统计期】|截至2025年\d{1,2}月")
    flagged = [p for p in paras if flag.search(p.text)]
    assert flagged
    for p in flagged:
        cyan = [h.text for h in p.highlights if h.color == "cyan"]
        yellow = [h.text for h in p.highlights if h.color == "yellow"]
        for found in flag.finditer(p.text):
            assert found.group() in (yellow if found.group().startswith("【") else cyan), p.text
            after = p.text[found.end():]
            figure = re.search(r"\d+(?:\.\d+)?(?:家|个|亿元|笔)", after).group()
            # also from a source of the draft's year (its period unstated: last year's or this year's)
            assert figure in cyan, (figure, p.text, cyan)
            if not found.group().startswith("【"):  # a stated date: one flag after the figures' clause
                assert re.match(r"[^。；]*?【待更新：2025年全年数据】", after), after
        # the paragraph's one comment says why on a line per flag
        assert len(p.comments) == 1, p.comments
        assert p.comments[0].count("删去本标记") == len(flag.findall(p.text)), p.comments
    said = "\n".join(p.text for p in flagged)
    assert "183家" in said and "30.61亿元" in said


def test_an_older_sentence_reporting_more_loses_only_the_older_count(seeded_root, tmp_path):
    """The 1156 row of the demo list (共性技术中试平台): the 2025 sentence that also reports the
    科技智能新品 and 对接活动 results keeps them; only 推动建设中试验证平台（基地）28个 goes."""
    out = tmp_path / "1156.docx"
    result = CliRunner().invoke(cli, ["-w", str(seeded_root), "draft", "1156", "关于建设共性技术中试平台的建议",
                                      "--deputy", "蔡丽娟", "--session", "市十七届人大五次会议",
                                      "--date", "2026-05-20", "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    said = "\n".join(part_one(document))
    assert "推动41个中试验证平台申报入库培育" in said
    assert not re.search(r"中试验证平台（基地）\d+个", said), said
    assert "面向全市征集发布科技智能新品176项" in said and "对接活动36场次" in said
    assert "在全省率先出台支持科技成果转化中试验证发展“12条措施”，修订" in said
