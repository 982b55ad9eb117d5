"""How a bureau names itself in its reply (我局, 我委, 我县…) when its drafter.yaml sets no
``organisation.self``: derived from its name, as the real replies of the shared corpus name
themselves (a 科学技术委员会 is 我委, a 县人民政府 我县), never 我局 for every unit.

The corpus documents are read in place; the tests skip where ``../shared/corpus`` is absent."""

from __future__ import annotations

import re
from collections import Counter

import docx
import pytest
from click.testing import CliRunner
from helpers import CORPUS, corpus_row, corpus_rows, issuer_workspace, needs_corpus

from drafter.cli import cli
from drafter.workspace import self_name_of

pytestmark = needs_corpus

REPLIES = ("reply", "proposal_reply", "coreply")
# A unit naming itself: 我 and an organ's word, or a government's level (我市 of a bureau is its city).
ORGAN_SELF = re.compile(r"我(?:局|委|厅|办|院|部|会)")
LEVEL_SELF = re.compile(r"我(?:省|市|区|县)")


def said_self(row: dict) -> str | None:
    """What the reply of ``row`` calls its issuer most often, or None where it never does."""
    text = (CORPUS / row["file"]).read_text("utf-8")
    government = row["issuer"].endswith("政府")
    found = Counter((LEVEL_SELF if government else ORGAN_SELF).findall(text))
    return found.most_common(1)[0][0] if found else None


def test_the_default_self_name_is_what_the_corpus_replies_call_themselves():
    named = [(r["issuer"], said_self(r)) for r in corpus_rows() if r["kind"] in REPLIES and r["issuer"] and said_self(r)]
    assert len(named) >= 5 and {s for _, s in named} >= {"我局", "我县"}, named
    assert [(issuer, self_name_of(issuer)) for issuer, _ in named] == named


@pytest.mark.parametrize("name, self_name", [
    ("上海市科学技术委员会", "我委"), ("天津市科学技术委员会", "我委"), ("重庆市綦江区新城建设管理委员会", "我委"),
    ("东洲区人民政府", "我区"), ("湖州市人民政府", "我市"), ("山东省能源局", "我局"), ("福建省科学技术厅", "我厅"),
    ("泉州市人民政府办公室", "我办"), ("泉州市科学技术协会", "我会"), ("泉州高新区管委会", "我委"),
    ("泉州市科学技术局（市知识产权局）", "我局"),
])
def test_the_self_name_follows_the_units_own_word(name, self_name):
    assert self_name_of(name) == self_name


def title_of(text: str) -> str:
    """The suggestion's title as the reply quotes it (《关于…的建议》, 关于“…”的提案)."""
    found = re.search(r"关于[“\"]?([^”\"》]+?)[”\"]?的(建议|提案)", text)
    assert found, text[:300]
    return f"关于{found.group(1)}的{found.group(2)}"


@pytest.mark.parametrize("file, self_name", [("12_", "我委"), ("13_", "我县")])
def test_a_draft_for_a_unit_without_a_self_setting_names_itself_by_its_name(tmp_path, file, self_name):
    """A 科学技术委员会 (上海, 12) and a 县人民政府 (泌阳, 13) draft their own item again from their
    reply alone, with no ``self`` in drafter.yaml: part two and the closing name the unit so, never 我局;
    the opening is the unit's own, learned from its one reply of the kind (h276: 您提出的“…”的代表建议收悉,经研究,
    现将办理情况答复如下 — no 由我委主办 of the template's)."""
    row = corpus_row(file)
    root = issuer_workspace(tmp_path / "ws", row)
    reply = CORPUS / row["file"]
    out = tmp_path / "draft.docx"
    kind = ["--proposal"] if row["kind"] == "proposal_reply" else []
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", row["item_number"], title_of(reply.read_text("utf-8")), "--deputy", "某某",
        "--session", row["session"], "--date", "2024-03-20", "-o", str(out), *kind])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    real_opening = next(line for line in reply.read_text("utf-8").splitlines() if "收悉" in line)
    opening = next(line for line in text.splitlines() if "收悉" in line)
    own_words = real_opening.split("收悉")[-1].strip().rstrip(":：").replace(",", "，")  # what the unit says after 收悉
    assert opening.endswith(f"收悉{own_words}：") and "主办" not in opening, (opening, real_opening)
    assert f"下一步{self_name}将" in text, text
    assert "我局" not in text, text
    # thanked in the unit's name (the template's, or its one reply's closing: 最后，感谢您对我县全民科学素质工作的关心和支持…, h294),
    # not 我们工作 — and not 再次, the opening having thanked no one
    assert f"感谢您对{self_name}" in text and "再次感谢" not in text and "我们工作" not in text, text
