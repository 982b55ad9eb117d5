"""Drafts for another bureau, as its clerk would make them (issue 8: the rules must hold for
places the team never tuned on).

The shared corpus holds five documents of 重庆市科学技术局 (01–04 replies to 人大建议, 05 a
proposal reply). A workspace for that bureau (its own drafter.yaml, the repository's templates)
distils four of them, read in place, and drafts the fifth from its real number, title, deputy
and session, dated a few days after the real reply, as a clerk does who has only the title.
What a clerk found there that no 泉州 draft showed:

- the item number B003 (a letter before the digits, as 重庆's lists number them) was refused;
- the corpus pages stop mid-sentence, and the draft ended the cut sentence on its cut word
  (``…科技企业孵化器99家，探索。``, ``举办首届“一带一路”科技交流。``);
- another reply's overview of its part one (``近年来，市科技局围绕…成渝一体化…``) stood as the
  lead paragraph of a section it never introduced;
- with the suggestion's points, no fact answered any ask: in a base of a few replies all on
  科技成果转化, 成果 and 转化 were "words every fact says" and no longer named any ask's matter.

The documents are read in place and never copied into the repository; the tests skip, saying
why, where ``../shared/corpus`` is absent.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner
from test_unseen_suggestions import part_one

from drafter.cli import cli
from drafter.distill import distill_paths
from drafter.workspace import load_workspace

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
LABELS = CORPUS / "labels.jsonl"
pytestmark = pytest.mark.skipif(not LABELS.is_file(), reason=f"共享语料不存在：{CORPUS}（在工作树外，仅本机有）")

CHONGQING = """
organisation:
  name: 重庆市科学技术局
  short_name: 市科技局
  jurisdiction: 重庆市
  areas: [万州区, 涪陵区, 渝中区, 江北区, 沙坪坝区, 九龙坡区, 南岸区, 北碚区, 渝北区, 巴南区, 两江新区, 万盛经开区]
signatory: 某某某
contact: 某某
phone: 023-63897000
cc:
  suggestion: [[市人大常委会代表工委], [市政府办公厅]]
  proposal: [[市政协提案委], [市政府办公厅]]
"""

# The corpus documents of 重庆市科学技术局 and the day after which each is drafted again.
DRAFTED_ON = {"01": "2024-09-20", "02": "2024-09-20", "04": "2022-07-15", "05": "2025-05-28"}


def labels() -> dict[str, dict]:
    rows = [json.loads(line) for line in LABELS.read_text("utf-8").splitlines() if line.strip()]
    return {r["file"][:2]: r for r in rows if r["issuer"] == "重庆市科学技术局"}


def suggestion_title(path: Path) -> str:
    """The suggestion's title as the reply quotes it: 你提出的《关于…的建议》."""
    found = re.search(r"《(关于[^》]+)》", path.read_text("utf-8"))
    assert found, path
    return found.group(1)


@pytest.fixture(scope="module")
def chongqing(tmp_path_factory) -> Path:
    """A 重庆 workspace with the five documents distilled (read in place): module-wide."""
    root = tmp_path_factory.mktemp("cq") / "ws"
    root.mkdir()
    (root / "drafter.yaml").write_text(CHONGQING, "utf-8")
    shutil.copytree(ROOT / "templates", root / "templates")
    files = [CORPUS / row["file"] for row in labels().values()]
    assert len(files) == 5, files
    report = distill_paths(load_workspace(root), files)
    assert report.ok and len(report.sources) == 5, report.to_dict()["errors"]
    return root


def left_out(chongqing: Path, tmp_path: Path, n: str) -> Path:
    """A copy of the 重庆 workspace without document ``n`` and its facts."""
    root = tmp_path / f"cq-{n}"
    shutil.copytree(chongqing, root, ignore=shutil.ignore_patterns(".drafter"))
    name = labels()[n]["file"]
    gone = [p for p in (root / "facts").glob("*.yaml") if name in p.read_text("utf-8")]
    assert len(gone) == 1, gone
    gone[0].unlink()
    return root


def redraft(chongqing: Path, tmp_path: Path, n: str, *extra: str):
    """Document ``n`` drafted again from the other four, its title alone driving it."""
    row = labels()[n]
    root = left_out(chongqing, tmp_path, n)
    out = tmp_path / f"{n}.docx"
    proposal = ["--proposal"] if row["kind"] == "proposal_reply" else []
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", row["item_number"], suggestion_title(CORPUS / row["file"]),
        "--deputy", row["deputy"], "--session", row["session"], "--date", DRAFTED_ON[n],
        "-o", str(out), *proposal, *extra])
    assert result.exit_code == 0, result.output
    return root, docx.Document(str(out))


def base_facts(root: Path) -> list[dict]:
    return [f for p in sorted((root / "facts").glob("*.yaml"))
            for f in yaml.safe_load(p.read_text("utf-8"))["facts"]]


def test_an_item_numbered_with_a_letter_is_drafted(chongqing, tmp_path):
    _, document = redraft(chongqing, tmp_path, "02")
    title = "".join(p.text for p in document.paragraphs[:6])
    assert "第B003号建议" in title


def test_a_sentence_its_source_cut_off_is_not_ended_on_the_cut_word(chongqing, tmp_path):
    root, document = redraft(chongqing, tmp_path, "01")
    body = "\n".join(part_one(document))
    cut = [f["text"] for f in base_facts(root) if not re.search(r"[。！？；]$", f["text"])]
    assert cut  # the stored pages stop mid-sentence
    used = 0
    for text in cut:
        last = re.split(r"[。！？]", text)[-1].rstrip("，；、：")
        tail = re.split(r"[，；]", last)[-1]
        assert f"{tail}。" not in body and f"{last}。" not in body, last
        head = last[:len(last) - len(tail)].rstrip("，；")
        used += bool(head) and f"{head}。" in body  # what the sentence said before the cut stays, ended
    assert used, "no cut sentence's complete clauses were drafted"


@pytest.mark.parametrize("n", ["02", "05"])
def test_another_replys_overview_leads_no_section(chongqing, tmp_path, n):
    root, document = redraft(chongqing, tmp_path, n)
    body = part_one(document)
    overviews = [f["text"] for f in base_facts(root)
                 if f["kind"] == "context" and not f["figures"] and len(f["section"]) == 1]
    assert overviews
    headed = body[next(k for k, p in enumerate(body) if re.match(r"（[一二三四五六]）", p)):]
    for text in overviews:
        assert not any(text in p for p in headed), text


# The points of 0219 as its reply's own headings and paragraphs take them up, in this test's words.
POINTS_0219 = """关于推动科技成果转移转化、加强成渝一体化科技创新支撑作用的建议

一是共同开展重大科技攻关，推动川渝两地合作攻关与科研设施开放共享。
二是共建成渝科技成果转移转化平台，加强技术转移机构和技术经理人队伍建设。
三是完善重庆市科技成果转化政策，深化职务科技成果赋权改革。
"""


def sections(document) -> dict[str, list[str]]:
    """Part one's sections: heading (its ordinal dropped) → paragraphs."""
    out: dict[str, list[str]] = {}
    current = None
    for p in part_one(document):
        heading = re.match(r"（[一二三四五六]）(.+)$", p)
        if heading:
            current = out.setdefault(heading.group(1), [])
        elif current is not None:
            current.append(p)
    return out


def test_a_small_base_on_one_subject_still_answers_the_asks_it_holds_results_for(chongqing, tmp_path):
    """A bureau starting with a few replies, all on 科技成果转化: every fact says 成果 and 转化, and
    those words named no ask's matter any more, so no fact answered any ask — even the ask on
    the policy whose 赋权改革 a kept reply reports."""
    text = tmp_path / "0219建议.txt"
    text.write_text(POINTS_0219, "utf-8")
    root, document = redraft(chongqing, tmp_path, "01", "--text", str(text))
    assert len(base_facts(root)) < 20
    found = sections(document)
    policy = next(v for k, v in found.items() if "政策" in k)
    assert policy and not policy[0].startswith("【"), policy
    assert "赋权" in "".join(policy)
    platform = next(v for k, v in found.items() if "平台" in k)
    assert platform and not platform[0].startswith("【"), platform
    # the ask whose results were in the left-out reply alone stays a placeholder
    attack = next(v for k, v in found.items() if "攻关" in k)
    assert attack[0].startswith("【待补充：")
