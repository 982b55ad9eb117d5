"""What an ask's section still owes is looked for in the whole base, and another reply's words to
its own member are no plan of this one (issue 8: a clerk "应按建议的每个小项到多份材料中去找").

- 岳阳 corpus document 17 (a 财政局 reply) promises its member ``您提出的将乡村振兴等项目资金切块…的
  建议，市财政将统筹…``: drafted again from a base holding it, part two offered that promise, to the
  new reader, as the bureau's next step.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from drafter.cli import cli

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
YUEYANG = CORPUS / "17_yueyang_proposal_2022.txt"
corpus = pytest.mark.skipif(not YUEYANG.is_file(), reason=f"共享语料不存在：{CORPUS}（在工作树外，仅本机有）")

YUEYANG_WS = """
organisation:
  name: 岳阳市财政局
  short_name: 市财政局
  jurisdiction: 岳阳市
  areas: [华容县, 岳阳县, 平江县, 湘阴县, 汨罗市, 临湘市]
signatory: 某某某
contact: 某某
phone: 0730-0000000
cc:
  suggestion: [[市人大常委会代表工委]]
  proposal: [[市政协提案委]]
"""


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


@corpus
def test_a_plan_answering_its_own_member_on_what_they_proposed_is_not_offered(tmp_path):
    root = tmp_path / "ws"
    root.mkdir()
    (root / "drafter.yaml").write_text(YUEYANG_WS, "utf-8")
    import shutil

    shutil.copytree(ROOT / "templates", root / "templates")
    run("-w", str(root), "distill", str(YUEYANG))
    facts = run("-w", str(root), "facts")
    assert "您提出的将乡村振兴等项目资金切块" in facts and "计划" in facts  # the base holds it, as a plan
    out = tmp_path / "d.docx"
    run("-w", str(root), "draft", "61", "关于打造百亿芦桑食用菌绿色产业的建议", "--proposal", "--deputy", "某某",
        "--date", "2022-08-01", "-o", str(out))
    paragraphs = texts(out)
    two = paragraphs[next(k for k, p in enumerate(paragraphs) if p.startswith("二、")):]
    assert not any("您提出的" in p or "市财政将统筹" in p for p in two), two
    assert any(re.search(r"【待补充：[^】]*下一步", p) for p in two), two  # its placeholder instead
