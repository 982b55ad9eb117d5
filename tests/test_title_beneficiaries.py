"""A draft by its title alone is filled only with work on the title's own matter: the firms a title's help is for
(高新技术企业 of 支持高新技术企业知识产权质押融资) are no matter of it — the 人才 and 揭榜挂帅 paragraphs counting
高新技术企业 among their results answer nothing on pledge financing — while the thing a title asks for
(高新技术企业 of 支持高新技术企业扩量提质) names the items on it."""

from __future__ import annotations

from helpers import draft_title, part_one

TITLE = "关于支持高新技术企业知识产权质押融资的建议"


def test_whom_a_titles_help_is_for_fills_nothing(loo, tmp_path):
    # (the leave-one-out base holds no work on 知识产权质押融资 of the last three years)
    one = part_one(draft_title(loo, tmp_path / "9001.docx", "9001", TITLE))
    assert one == ["【待补充：已开展的工作及成效（近年举措与数据，注明年份）】"], one


def test_the_thing_a_title_asks_for_still_names_its_items(seeded_root, tmp_path):
    one = part_one(draft_title(seeded_root, tmp_path / "9002.docx", "9002", "关于支持高新技术企业扩量提质的建议"))
    assert sum("高新技术企业" in t for t in one) >= 2, one
