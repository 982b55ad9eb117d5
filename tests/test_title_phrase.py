"""The phrase a draft builds from the title (关于…，有关情况如下； 下一步我局将围绕…/继续…) is a clean noun or verb
phrase whatever form the title takes: the deputy's 要求 and a bare 对 go, a 解决…问题 says its 问题, a verb whose
object is a quality (强化…导向) stays (hd22a fault 5, hd22b fault 4, hd22c fault 4, hd22d fault 4); a title clause
saying by what means a thing is to rise says the rise (hd23a fault 4)."""

from __future__ import annotations

import pytest
from helpers import corpus_titles, draft_title, part_one, part_two_of, seed_titles

from drafter.compose.asks import concern_matter, short_topic

CASES = (  # the held-out titles, the phrase part one opens on, part two's lead-in's phrase (no 继续: the base holds no work
    # of the bureau's on them, hd32c)
    ("关于要求实施王阿良事迹展览馆通村道路拓宽重建的建议", "关于实施王阿良事迹展览馆通村道路拓宽重建，", "将实施王阿良"),
    ("关于对玛曲县湿地、草原、林业碳汇开发试点的建议", "关于玛曲县湿地、草原、林业碳汇开发试点，", "将围绕玛曲县湿地、草原、林业碳汇开发试点，"),
    ("关于强化就业优先导向，促进高质量充分就业的建议", "关于强化就业优先导向，", "将强化就业优先导向，"),
    ("关于解决象达小学运动场建设问题的提案", "关于象达小学运动场建设问题，", "将围绕象达小学运动场建设问题，"),
    # a whole clause, 以X引领Y不断提升 (hd23a fault 4: 围绕以新质生产力引领…水平不断提升积极开展工作): the rise of its thing
    ("以新质生产力引领应急管理现代化水平不断提升的建议", "关于应急管理现代化水平提升，", "将围绕应急管理现代化水平提升，"),
)


@pytest.mark.parametrize(("title", "opening", "lead"), CASES)
def test_the_title_phrase_is_clean(seeded_root, tmp_path, title, opening, lead):
    document = draft_title(seeded_root, tmp_path / "9100.docx", "9100", title)
    assert concern_matter(short_topic(title)) == opening.removeprefix("关于").removesuffix("，")
    assert part_one(document)[0].startswith("【待补充："), part_one(document)[0]  # (no overview over gaps alone: hd24)
    lead_in = part_two_of(document.paragraphs)[0].text
    assert lead in lead_in and "要求" not in lead_in and "围绕对" not in lead_in, lead_in


def test_no_seed_nor_corpus_title_keeps_a_verb_of_asking_or_a_bare_opening():
    for title in (*seed_titles(), *corpus_titles()):
        about = concern_matter(short_topic(title))
        assert about and not about.startswith(("要求", "请求", "关于", "对")), (title, about)
