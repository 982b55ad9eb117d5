"""What the closing thanks the deputy's support for is the bureau's own words: drafter.yaml's
``organisation.work`` (the demo: 我市科技创新工作, as the bureau's replies close: 再次感谢您对我市科技创新工作
的支持与理解…), else 我局工作 (self + 工作). rv22: the drafts said the template's generic 我局工作 where
reply-anatomy.md and the seeds give the bureau's formula. The formula around it stays the template's
(templates/wording/closing.j2, which a bureau edits). The opening thanks the same, so that 再次感谢 thanks it again
(hd26d: 感谢您对我局工作的关心和支持 then 再次感谢您对我市退役军人工作的理解和支持).
"""

from __future__ import annotations

import re

import docx
from helpers import draft_1288


def _closing(path, style: str = "结束语") -> str:
    return next(p.text for p in docx.Document(str(path)).paragraphs if p.style.name == style)


def test_the_closing_thanks_for_the_work_the_workspace_names(quick_start_1350, loo_draft):
    for path in (quick_start_1350, loo_draft):
        assert "再次感谢您对我市科技创新工作的理解和支持" in _closing(path), _closing(path)
        # …and the opening thanked for the same (hd26d: 感谢您对我局工作的关心和支持 then 再次感谢您对我市退役军人工作…)
        assert "感谢您对我市科技创新工作的关心和支持" in _closing(path, "开头语"), _closing(path, "开头语")


def test_without_the_setting_the_closing_thanks_for_the_bureaus_work(loo_copy, tmp_path):
    config = loo_copy / "drafter.yaml"
    config.write_text(re.sub(r"(?m)^  work: .*\n", "", config.read_text("utf-8")), "utf-8")
    out = tmp_path / "1288.docx"
    draft_1288(loo_copy, out)
    assert "再次感谢您对我局工作的理解和支持" in _closing(out) and "科技创新工作的理解" not in _closing(out)
    assert "感谢您对我局工作的关心和支持" in _closing(out, "开头语"), _closing(out, "开头语")
