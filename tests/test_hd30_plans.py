"""Held-out round hd30b (中山市医疗保障局, an empty base): part two wrote the deputy's demands as the bureau's plain
commitments, an ask naming another city's practice lost its heading, and placeholders were built from clauses of an
ask's reasons.

The suggestion is the six asks 中山市医疗保障局's reply of 2025-09-16 (第2025010号) quotes, as the tester gave them.
"""

from __future__ import annotations

import json

import docx
import pytest
from click.testing import CliRunner

from drafter.cli import cli
from helpers import part_two_items, unit_workspace

ASKS = """关于提升基层医院（服务能力）相关问题的建议

我市通过差异化报销、医保支付方式改革等措施推动分级诊疗，但基层医院在药品耗材集采、定点医疗机构基准等级系数和异地就医政策方面仍存在一些问题。为此建议：

一是扩大药品集采品种配送渠道，加强招采采购平台挂网生产企业的监管，允许医疗机构能按需采购，以免因使用量少导致过期，而增加运营成本；
二是提高镇区二甲综合医院的医院系数，不比同级别医院的专科医院低；
三是扩大基层病种数量及借鉴广州市关于基层医院在基层病种的收治方面进一步提高系数，更有利于分级诊疗的建设；
四是借鉴东莞市每月公布预结算参数；
五是省内异地就医全面铺开免备案流程；
六是跨省异地简化网上异地就医备案流程，实现人脸识别后一键办理功能，开通允许非本人手机协助办理异地就医备案功能。
"""
TITLE = "关于提升基层医院（服务能力）相关问题的建议"


def _draft(tmp_path, form: str | None = None, settings: str = ""):
    """The suggestion drafted in an empty workspace of 中山市医疗保障局 (``form``: its draft form; ``settings``: more lines of
    drafter.yaml), 市卫生健康局 co-handling:
    the draft's path and the workspace."""
    ws = unit_workspace(tmp_path / "ws", "中山市医疗保障局", "市医疗保障局", "中山市", "石岐街道, 小榄镇",
                        "我市医疗保障工作")
    with (ws.root / "drafter.yaml").open("a", encoding="utf-8") as f:
        f.write((f"draft:\n  form: {form}\n" if form else "") + settings)
    (tmp_path / "s.txt").write_text(ASKS, "utf-8")
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "2025010", TITLE, "--deputy", "黄彩欢", "--type", "B",
                                      "--session", "市十六届人大五次会议", "--with", "市卫生健康局", "--date", "2025-09-16",
                                      "--text", str(tmp_path / "s.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out, ws


def _plain(paragraph) -> str:
    """The paragraph's text outside highlights."""
    return "".join(r.text for r in paragraph.runs if r.font.highlight_color is None)


@pytest.mark.parametrize("form", [None, "per_ask"])
def test_an_asks_words_are_no_plain_commitment_of_the_bureau(tmp_path, form):
    """下一步，我局将提高镇区二甲综合医院的医院系数。 / （二）提高镇区二甲综合医院的医院系数。 stood plain, only 【待补充：具体举措】
    yellow, and ``check`` named the gap, not the promise: an ask's words the base holds no plan for, said as the bureau's
    next step, are highlighted as a whole with the comment to confirm, and ``check`` reports them — in both forms."""
    out, ws = _draft(tmp_path, form)
    document = docx.Document(out)
    promised = [p for p in document.paragraphs if "医院系数" in p.text and "具体举措" in p.text]
    assert len(promised) == 1, [p.text for p in document.paragraphs]
    said = promised[0]
    assert "提高镇区二甲综合医院的医院系数" not in _plain(said), said.text
    assert "借鉴东莞市" not in "".join(_plain(p) for p in document.paragraphs if "具体举措" in p.text)
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "check", str(out), "--json"])
    lit = [f["snippet"] for f in json.loads(result.stdout)["findings"] if f["code"] == "highlight"]
    assert any("提高镇区二甲综合医院的医院系数" in s for s in lit), lit
    assert any("借鉴东莞市每月公布预结算参数" in s for s in lit), lit


def test_an_ask_also_naming_another_citys_practice_keeps_its_heading(tmp_path):
    """三是扩大基层病种数量及借鉴广州市关于…提高系数… was headed by the title (（三）提升基层医院（服务能力）相关问题, cut in part two
    to …相关。): a long first clause joining two asks is headed by the first; part two's item names it too."""
    out, _ = _draft(tmp_path)
    document = docx.Document(out)
    texts = [p.text for p in document.paragraphs]
    assert "（三）扩大基层病种数量" in texts, texts
    assert not any("相关。" in t or "（三）提升基层医院" in t for t in texts), texts
    assert any(p.text.startswith("（三）扩大基层病种数量。") for p in part_two_items(document.paragraphs))
    # (the title's 提升基层医院（服务能力）相关问题 names problems: part two's lead-in works on them, 继续提升…问题 says nothing)
    lead = next(t for t in texts if t.startswith("根据您的建议"))
    assert "继续提升" not in lead and "围绕提升基层医院（服务能力）相关问题" in lead, lead


def test_a_placeholder_names_the_asks_matter_not_a_clause_of_its_reasons(tmp_path):
    """【待补充：…允许医疗机构能按需采购、而增加运营成本方面…】 and 【待补充：不比同级别医院的专科医院低方面…】: what an ask avoids
    (以免…，而…), how far it should go (不比…低) and what it favours (更有利于…) are no matters of work to ask for."""
    out, _ = _draft(tmp_path)
    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    for clause in ("而增加运营成本方面", "不比同级别医院的专科医院低方面", "更有利于分级诊疗的建设方面"):
        assert clause not in text, text
    assert "【待补充：提高镇区二甲综合医院的医院系数方面的工作情况" in text, text


def test_an_empty_folder_is_said_so_not_counted_as_a_failed_file(tmp_path):
    """``drafter distill seeds`` on an empty seeds/ printed 共 0 份文件…；失败 1 份 before its error: the folder holds no
    document, which is no file failed."""
    ws = unit_workspace(tmp_path / "ws", "中山市医疗保障局", "市医疗保障局", "中山市")
    (tmp_path / "seeds").mkdir()
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "seeds")])
    assert result.exit_code == 2, result.output
    assert "失败" not in result.output and "没有来源文件" in result.output, result.output
    assert "文件夹中没有可读取的来源文件" in result.output, result.output


def test_an_ask_whose_phrase_is_a_higher_authoritys_power_says_so(tmp_path):
    """higher_powers 广东省医疗保障局: [省内异地就医] left 五是省内异地就医全面铺开免备案流程 a plain gap with the generic comment
    (the powers were looked for in an ask's points only, and this ask has none): an ask whose phrase says such a power is
    asked as one — what is done locally, the power named — in place of the generic gap, and the command says so."""
    out, _ = _draft(tmp_path, settings="higher_powers:\n  广东省医疗保障局: [药品耗材集中采购, 省内异地就医]\n")
    texts = [p.text for p in docx.Document(out).paragraphs]
    at = texts.index("（五）省内异地就医全面铺开免备案流程")
    assert texts[at + 1] == "【待补充：省内异地就医全面铺开免备案流程（广东省医疗保障局事权）方面本地开展的工作】", texts[at:at + 3]
    assert texts[at + 2].startswith("（六）"), texts[at:at + 3]
