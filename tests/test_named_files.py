"""A file's name as a document's title: the words a clerk named it by (高新技术企业培育情况.txt, …科技创新成效); the name a
program gives a new file (新建文本文档.txt, 文档1.docx) is none, and the title comes from the text."""

from __future__ import annotations

import pytest
from helpers import REPO, distil, unit_workspace


@pytest.mark.parametrize("seed, title", [
    ("000_", "关于第1071号建议的答复"),  # 泉州's 1071, no title line: titled by its item's number
    ("004_", None),  # a 2024 work report whose page prints no title
])
@pytest.mark.parametrize("name", ["新建文本文档.txt", "新建 Microsoft Word 文档 (2).txt", "未命名文档12.txt"])
def test_a_seed_saved_as_a_new_text_file_keeps_the_title_of_its_text(tmp_path, seed, title, name):
    ws = unit_workspace(tmp_path / "ws", "泉州市科学技术局", "市科技局", "泉州市")
    text = next((REPO / "seeds").glob(f"{seed}*.txt")).read_text("utf-8")
    assert distil(tmp_path, ws, text, name).source.title == title


def test_a_file_named_by_its_matter_is_titled_by_its_name(tmp_path):
    """A clerk's name of the page's matter, no kind's word nor the unit's name in it, is the title (it was dropped, h97)."""
    ws = unit_workspace(tmp_path / "ws", "泉州市科学技术局", "市科技局", "泉州市")
    text = next((REPO / "seeds").glob("004_*.txt")).read_text("utf-8")
    assert distil(tmp_path, ws, text, "高新技术企业培育情况.txt").source.title == "高新技术企业培育情况"


def test_a_file_named_by_the_unit_is_titled_by_its_name(tmp_path):
    """A name holding no kind's word but the unit's own name is the clerk's title for the page."""
    ws = unit_workspace(tmp_path / "ws", "泉州市科学技术局", "市科技局", "泉州市")
    text = next((REPO / "seeds").glob("004_*.txt")).read_text("utf-8")
    assert distil(tmp_path, ws, text, "2024-12-20_泉州市科学技术局科技创新成效.txt").source.title == "泉州市科学技术局科技创新成效"
