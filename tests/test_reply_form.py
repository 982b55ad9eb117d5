"""A reply's form, learned from the bureau's own replies: in parts (一、基本情况 … 二、下一步工作计划) or one section per
ask, the plan inside it, headed as the bureau heads them (一、关于“…”的建议). distill records it with the source's
metadata (``form``, ``head``); ``draft.form`` (auto by default) drafts in it."""

from __future__ import annotations

import shutil

import pytest
import yaml
from click.testing import CliRunner

from helpers import CORPUS, FUZHOU_1229, FUZHOU_1365, FUZHOU_20251061, REPO, distil, needs_corpus, unit_workspace

from drafter.cli import cli


@pytest.fixture
def fuzhou(tmp_path):
    return unit_workspace(tmp_path / "ws", "福州市海洋与渔业局", "市海洋与渔业局", "福州市", "连江县, 罗源县, 闽侯县")


@pytest.mark.parametrize("page, form, head", [
    (FUZHOU_1365, "per_ask", "关于“…”的建议"),  # (in traditional characters on its mirror)
    (FUZHOU_20251061, "per_ask", "关于“…”的建议"),
    (FUZHOU_1229, None, None),  # (its excerpt: a paragraph and no head)
])
def test_a_reply_records_its_form_and_how_its_heads_say_the_ask(tmp_path, fuzhou, page, form, head):
    source = distil(tmp_path, fuzhou, page).source
    assert (source.form, source.head) == (form, head)


@pytest.mark.parametrize("seed", ["000_", "003_"])
def test_the_demo_replies_are_in_parts(tmp_path, fuzhou, seed):
    """泉州's 1288 (一、基本情况 / 二、下一步工作计划) and 1071 (四 sections of work, then 下一步，我们将…重点做好以下几项工作：
    and its items, no head of their own): both keep their plans apart from the sections."""
    text = next((REPO / "seeds").glob(f"{seed}*.txt")).read_text("utf-8")
    assert distil(tmp_path, fuzhou, text).source.form == "parts"


@needs_corpus
@pytest.mark.parametrize("name, head", [
    ("06_qijiang_proposal_2023.txt", "关于…方面"),  # 一、关于建立科研院所下沉到企业的长效机制方面
    ("13_biyang_proposal_2022.txt", "…"),  # 一、将科学素质工作纳入政府目标管理考核
    ("19_xuchang_proposal_2019.txt", "…"),  # 下一步，我们将…：一、认真做好政策宣讲… (the sections after the lead-in)
])
def test_a_corpus_reply_in_sections_per_ask(tmp_path, fuzhou, name, head):
    source = distil(tmp_path, fuzhou, (CORPUS / name).read_text("utf-8")).source
    assert (source.form, source.head) == ("per_ask", head)


def test_a_fact_file_of_before_keeps_its_text_and_a_learned_form_is_written(tmp_path):
    """The demo's fact files: 2025-reply-1071's source now says ``form: parts``; a news item's says nothing of it."""
    root = tmp_path / "ws"
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copy(REPO / "drafter.yaml", root / "drafter.yaml")
    assert CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")]).exit_code == 0
    sources = {p.stem: yaml.safe_load(p.read_text("utf-8"))["source"] for p in (root / "facts").glob("*.yaml")}
    assert sources["2025-reply-1071"]["form"] == "parts"
    assert "form" not in sources["2025-news-ae7681e1"] and "head" not in sources["2025-reply-1071"]
    assert all((root / "facts" / f"{k}.yaml").read_text("utf-8") == (REPO / "facts" / f"{k}.yaml").read_text("utf-8")
               for k in sources), "the committed facts/ are what distill writes"
