"""A section says one framing paragraph, the newest source's.

The demo list's 1142 (关于加快科技成果转化和产业化的建议, by its title, the whole base) had a section
（二）加快科技成果转化和产业化 holding 81号's 围绕推动传统产业高端化升级…实施“加速科技成果转化应用”专项… and,
under it, 〔2026〕102号's 着力打通科研成果与产业化之间的“堵点”，推动更多科技成果从“书架”走向“货架”。: two
paragraphs each announcing a part of its source (neither an enumerated item), printed one after the
other with no 一是 and nothing reported under them.
"""

from helpers import draft_title, part_one_of

from drafter.compose.select import Item, Section, _one_framing
from drafter.docx.read import read_draft
from drafter.model import CONTEXT, DONE, Fact, Period, SourceMeta

TITLE_1142 = "关于加快科技成果转化和产业化的建议"


def item(text: str, kind: str, date: str) -> Item:
    source = SourceMeta(id=date, path=f"{date}.txt", sha256="", kind="reply", date=date)
    fact = Fact(id=f"{date}-{len(text)}", text=text, kind=kind, period=Period(int(date[:4]), "text"),
                jurisdiction="泉州市", source_id=date)
    return Item(fact=fact, source=source, score=1.0, year=int(date[:4]))


def test_a_section_keeps_the_newest_framing():
    old = item("围绕推动传统产业高端化升级，实施“加速科技成果转化应用”专项。", CONTEXT, "2025-05-20")
    new = item("着力打通科研成果与产业化之间的“堵点”，推动更多科技成果从“书架”走向“货架”。", CONTEXT, "2026-05-20")
    done = item("一是加快中试验证发展。推动41个中试验证平台申报入库培育。", DONE, "2026-05-20")
    listed = item("二是强化成果转化激励。兑现补助1257.96万元。", CONTEXT, "2026-05-20")  # an item of its source
    framed = Section(heading="推进高效率成果转化", items=[old, new, done, listed])
    bare = Section(heading="加快科技成果转化和产业化", items=[item(old.fact.text, CONTEXT, "2025-05-20"),
                                                        item(new.fact.text, CONTEXT, "2026-05-20")])
    _one_framing([framed, bare])
    assert framed.items == [new, done, listed]
    assert [i.fact.text for i in bare.items] == [new.fact.text]  # (its heading is the title's matter: it stays)


def test_the_title_only_draft_of_1142_says_one_framing_paragraph_under_a_heading(seeded_root, tmp_path):
    path = tmp_path / "1142.docx"
    draft_title(seeded_root, path, "1142", TITLE_1142)
    text = "\n".join(p.text for p in part_one_of(read_draft(path)))
    assert "（二）加快科技成果转化和产业化\n着力打通科研成果与产业化之间的“堵点”，推动更多科技成果从“书架”走向“货架”。\n（" in text, text
    assert "加速科技成果转化应用" not in text, text
    # part two still answers the title's matter under that heading
    paragraphs = [p.text for p in read_draft(path)]
    assert any(p.startswith("（二）持续加快科技成果转化和产业化。") and "先用后转" in p for p in paragraphs), paragraphs
