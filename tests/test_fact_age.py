"""How old a fact a draft uses: one older than the freshness window (``freshness_years``) is used where
nothing fresher says the same, its figures flagged; one older than ``draft.max_age`` never (qa18: with
``max_age: 8`` a 3-year-old 闵行 report was still left out, and a title-only draft said the base held
nothing on its title though the bureau's own 2023 reply to the very subject was there)."""

from __future__ import annotations

import shutil

import docx
import pytest
from click.testing import CliRunner
from docx.enum.text import WD_COLOR_INDEX

from drafter.cli import cli

from helpers import CORPUS, needs_corpus, part_one, sections

pytestmark = needs_corpus
TITLE = "关于支持“大零号湾”科技创新策源功能区建设的建议"
TEXT = f"""{TITLE}
领衔代表：李娜
闵行区“大零号湾”集聚了高校、科研院所和大量科技企业，是我市科创中心建设的重要承载区。
为此建议：
1. 加大全社会研发投入，鼓励企业设立研发机构。
2. 推动高校科技成果就地转移转化，提高技术合同成交额。
3. 培育科技小巨人企业和高新技术企业，完善梯度培育机制。
4. 支持院士专家工作站建设，促进产学研用结合。
"""


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(scope="module")
def shanghai(tmp_path_factory):
    """A workspace made by ``drafter init`` for 上海市科学技术委员会 (闵行区 under it), holding the corpus's
    2023 reply of the 市科委 and 2024 report of the 闵行区科委."""
    root = tmp_path_factory.mktemp("age") / "ws"
    assert run("init", root, "--name", "上海市科学技术委员会", "--area", "闵行区").exit_code == 0
    for name in ("12_shanghai_reply_2023.txt", "20_minhang_report_2023.txt"):
        shutil.copy(CORPUS / name, root / "seeds" / name)
    assert run("-w", root, "distill", root / "seeds").exit_code == 0
    (root.parent / "0045.txt").write_text(TEXT, "utf-8")
    return root


def with_age(root, tmp_path, setting: str):
    copy = tmp_path / "ws"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".drafter"))
    with (copy / "drafter.yaml").open("a", encoding="utf-8") as fh:
        fh.write(setting)
    return copy


def draft(root, out, *extra):
    result = run("-w", root, "draft", "0045", TITLE, "--deputy", "李娜", "--date", "2026-05-20", "-o", out, *extra)
    assert result.exit_code == 0, result.output
    return result, docx.Document(out)


def comments(out) -> str:
    import zipfile

    with zipfile.ZipFile(out) as z:
        return z.read("word/comments.xml").decode("utf-8")


def test_an_ask_only_an_older_fact_answers_uses_it_flagged_up_to_max_age(shanghai, tmp_path):
    """2023's 研发投入 in a 2026 reply is older than the window (2) and within max_age (3): it answers the ask,
    its figures cyan; with ``max_age: 2`` it is left out, the comment saying why; with ``freshness_years: 3``
    it is current."""
    text = shanghai.parent / "0045.txt"
    _, used = draft(shanghai, tmp_path / "used.docx", "--text", text)
    said = "\n".join(part_one(used))
    assert "304.45亿元" in said
    cyan = [r.text for p in used.paragraphs for r in p.runs
            if r.font.highlight_color == WD_COLOR_INDEX.TURQUOISE]
    assert "304.45亿元" in "".join(cyan)
    strict = with_age(shanghai, tmp_path / "strict", "draft:\n  max_age: 2\n")
    _, left = draft(strict, tmp_path / "left.docx", "--text", text)
    assert "304.45" not in "\n".join(part_one(left))
    assert "距成文年份已3年，未写入" in comments(tmp_path / "left.docx")  # (its age, not the setting's: cm57)
    fresh = with_age(shanghai, tmp_path / "fresh", "freshness_years: 3\n")
    _, current = draft(fresh, tmp_path / "current.docx", "--text", text)
    assert "304.45亿元" in "\n".join(part_one(current))


def test_a_title_only_draft_names_the_older_material_it_could_not_use(shanghai, tmp_path):
    """The 2023 reply on 远郊区科普场馆 (its figures of 2022) is all the base holds on 0023's title: the draft
    says so — beyond max_age (3), or older than the window within ``max_age: 4`` —, never that the base holds
    nothing related to the title."""
    for root, said in ((shanghai, "距成文年份已4年，未写入"),  # (one wording, its real age either way: cm57)
                       (with_age(shanghai, tmp_path / "four", "draft:\n  max_age: 4\n"), "距成文年份已4年，未写入")):
        out = root.parent / "0023.docx"
        result = run("-w", root, "draft", "0023", "关于提升远郊新城科普场馆服务能级的建议", "--date", "2026-05-20",
                     "-o", out, "--force")
        assert result.exit_code == 0, result.output
        notes = comments(out)
        assert "也没有与标题相关的内容" not in notes + result.output
        assert f"只有2022年的相关情况（沪科建复〔2023〕18号），{said}" in notes


def test_one_fact_answering_several_asks_gives_each_ask_its_own_clauses(shanghai, tmp_path):
    """qa18 item 10: 闵行's 2023 sentence reports 研发投入, 技术合同320亿元, 小巨人56家 and 高企3612家, 院士10家 in its
    ；-parts; each ask's section says its own part once, with the district and the year the fact states, and the
    研发投入 section none of the others' (it held the whole sentence, asks 2–4 left 【待补充】)."""
    _, drafted = draft(shanghai, tmp_path / "split.docx", "--text", shanghai.parent / "0045.txt")
    said = {heading: "".join(texts) for heading, texts in sections(drafted).items()}
    parts = {"加大全社会研发投入": "304.45亿元", "推动高校科技成果就地转移转化": "320亿元",
             "培育科技小巨人企业和高新技术企业": "3612家", "支持院士专家工作站建设": "10家院士"}
    assert list(said) == list(parts)
    for heading, figure in parts.items():
        assert figure in said[heading] and "闵行区" in said[heading] and "2023年" in said[heading], said[heading]
        assert all(figure not in text for other, text in said.items() if other != heading), figure
    assert "56家" in said["培育科技小巨人企业和高新技术企业"]
    assert "【待补充：推动高校" not in said["推动高校科技成果就地转移转化"]
