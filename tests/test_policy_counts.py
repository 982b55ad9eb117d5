"""A count of a policy's measures is history, not a result to refresh: ``2024年，以市政府1号文新出台支持
高企增量提质3条措施`` (seed 000) keeps its year but gets no 【待更新：…】, no cyan and no 【待核实：年份】, and
``drafter check`` does not ask for its newer value; the other figures of the same sentence keep their
marks, and a count of what was carried out (落实…政策12项) is a result as before."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import edit_docx, new_workspace
from web_helpers import make_workspace

from drafter.cli import cli
from drafter.docx.read import read_draft
from drafter.reply import YEAR_UNKNOWN

UPDATE = re.compile(r"【待更新：[^】]*】")
COMMON = ["--deputy", "某某某", "--session", "市十七届人大五次会议", "--date", "2026-05-20", "--type", "B"]

# a 2025 reply reporting 2024's work: a policy issued with its count of measures beside what it paid
# out and whom it reached; a count of policies carried out; a policy's count dated only by the source
REPLY_2025 = """关于市十七届人大四次会议第1020号建议的答复
泉科函〔2025〕60号
张某某代表：
您提出的《关于支持企业加大研发投入的建议》（第1020号）已收悉，现答复如下：
一、基本情况
（一）强化研发投入激励
一是完善研发投入政策。2024年，我局会同有关部门出台支持企业加大研发投入5条措施，兑现企业研发经费投入分段补助资金1.26亿元，惠及企业326家。二是落实税收优惠政策。2024年，落实研发费用加计扣除等政策12项，帮助企业减税8.6亿元。
（二）强化平台建设
一是出台支持新型研发机构建设6条措施，推动新型研发机构提质增效。二是新认定新型研发机构12家。
二、下一步工作计划
持续推动企业加大研发投入，完善研发投入激励政策。
感谢您对科技工作的关心和支持。
泉州市科学技术局
2025年5月20日
"""
ASKS = "一、完善企业研发投入政策，加大研发经费投入补助。\n二、落实研发费用加计扣除等税收优惠政策，为企业减税降负。\n" \
       "三、支持新型研发机构建设，提升平台能级。\n"


def cyan(p) -> list[str]:
    return [h.text for h in p.highlights if h.color == "cyan"]


def sentence_with(p, words: str) -> str:
    return next(s for s in re.findall(r"[^。]*。?", p.text) if words in s)


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@pytest.fixture(scope="module")
def draft_1103(tmp_path_factory) -> tuple[Path, Path]:
    """1103 from its title in the demo workspace (its base holds seed 000's 3条措施 sentence)."""
    root = make_workspace(tmp_path_factory.mktemp("policy") / "ws")
    out = root / "1103.docx"
    run("-w", str(root), "draft", "1103", "关于支持高新技术企业扩量提质的建议", *COMMON, "--with", "市税务局",
        "-o", str(out))
    return root, out


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> tuple[Path, Path]:
    root = new_workspace(tmp_path_factory.mktemp("mixed") / "ws", seeds=False)
    (root / "seeds").mkdir()
    (root / "seeds" / "reply-1020.txt").write_text(REPLY_2025, "utf-8")
    (root / "asks.txt").write_text(ASKS, "utf-8")
    run("-w", str(root), "distill", str(root / "seeds"))
    out = root / "1021.docx"
    run("-w", str(root), "draft", "1021", "关于支持企业加大研发投入的建议", *COMMON, "--text", str(root / "asks.txt"),
        "-o", str(out))
    return root, out


def test_seed_000s_count_of_measures_keeps_its_year_and_gets_no_update_mark(draft_1103):
    _, out = draft_1103
    p = next(p for p in read_draft(out) if "3条措施" in p.text)
    said = sentence_with(p, "3条措施")
    assert said.startswith("2024年，以市政府1号文新出台支持高企增量提质3条措施，")  # when it was issued
    assert not UPDATE.search(said) and YEAR_UNKNOWN not in said, said
    assert not any("3条" in h for h in cyan(p)), p.highlights
    # its measure's terms (超过20亿元, 每家5万元) are left as before: nothing in the sentence to refresh
    assert not [h for h in cyan(p) if h in said], p.highlights


def test_a_count_of_measures_put_forth_is_no_result_but_the_next_sentences_result_is(draft_1103, tmp_path):
    """Seed 000: …出台…实施意见，…从成果转化、人才待遇、资金补助等方面提出5条扶持措施。新推动…累计推动6家院所…:
    the policy's 5 measures, dated only by the reply's date, get no as-of flag; the 6 institutes do."""
    root, _ = draft_1103
    out = tmp_path / "1109.docx"
    run("-w", str(root), "draft", "1109", "关于推动科研院所市场化产业化转型的建议", *COMMON, "-o", str(out))
    p = next(p for p in read_draft(out) if "5条扶持措施" in p.text)
    said = sentence_with(p, "5条扶持措施")
    assert not UPDATE.search(said) and "截至" not in said and YEAR_UNKNOWN not in said, said
    assert "5条" not in cyan(p)
    result = sentence_with(p, "6家院所")
    assert "【待更新：统计期】" in result and "6家" in cyan(p), p.text


def test_check_asks_no_newer_value_for_the_count(draft_1103):
    root, out = draft_1103
    findings = json.loads(run("-w", str(root), "check", str(out), "--json"))["findings"]
    assert not [f for f in findings if "3条" in f["snippet"] + f["message"]], findings


def test_the_other_figures_of_the_sentence_keep_their_marks(mixed):
    _, out = mixed
    paras = read_draft(out)
    p = next(p for p in paras if "5条措施" in p.text)
    said = sentence_with(p, "5条措施")
    assert "2024年" in said and "5条" not in cyan(p)
    assert {"1.26亿元", "326家"} <= set(cyan(p)), p.highlights
    assert said.rstrip("。").endswith("惠及企业326家【待更新：2025年全年数据】"), said
    # a count of what was carried out is a result: highlighted and marked as before
    carried = next(p for p in paras if "政策12项" in p.text)
    assert {"12项", "8.6亿元"} <= set(cyan(carried)), carried.highlights
    assert UPDATE.search(sentence_with(carried, "政策12项"))


def test_a_count_dated_only_by_its_source_gets_no_as_of_flag(mixed):
    _, out = mixed
    paras = read_draft(out)
    p = next(p for p in paras if "6条措施" in p.text)
    said = sentence_with(p, "6条措施")
    assert not UPDATE.search(said) and "截至" not in said and YEAR_UNKNOWN not in said, said
    assert "6条" not in cyan(p)
    # the result beside it, dated the same way, is flagged as before
    result = next(p for p in paras if "新型研发机构12家" in p.text)
    assert "【待更新：统计期】" in result.text and "12家" in cyan(result)


def test_check_after_the_marks_are_deleted_names_the_results_not_the_counts(mixed, tmp_path):
    root, out = mixed
    edited = tmp_path / "edited.docx"
    edited.write_bytes(out.read_bytes())

    def unmark(document):
        for paragraph in document.paragraphs:
            for r in paragraph.runs:
                if UPDATE.search(r.text):
                    r.text = UPDATE.sub("", r.text)

    edit_docx(edited, unmark)
    assert not any(UPDATE.search(p.text) for p in read_draft(edited))
    findings = json.loads(run("-w", str(root), "check", str(edited), "--json"))["findings"]
    stale = " ".join(f["message"] for f in findings if f["code"] == "number-not-current")
    assert "1.26亿元" in stale and "12项" in stale, findings
    assert "5条" not in stale and "6条" not in stale, stale


@pytest.mark.parametrize("sentence, raw, counts", [
    ("以市政府1号文新出台支持高企增量提质3条措施，聚焦高变强。", "3条", True),
    ("印发《关于加快科技成果转化的若干措施》等12条举措。", "12条", True),
    # a running total is a standing figure that grows, not one act of issuing (read8's finding)
    ("近年来累计出台科技创新政策措施30条。", "30条", False),
    ("先后出台支持企业研发投入等政策措施12条。", "12条", False),
    ("落实研发费用加计扣除等政策12项。", "12项", False),
])
def test_which_counts_of_measures_are_history(sentence, raw, counts):
    from drafter.compose.sentences import is_policy_count

    assert is_policy_count(sentence, raw) is counts
