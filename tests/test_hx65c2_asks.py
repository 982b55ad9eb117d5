"""hx65c2: findings of the held-out test hd65c (西充县文化广播电视和旅游局, 四川南充: 政协 第174号提案), on its real lines.

F1. Drafting with the text cited no fact where the title alone cited three: where no ask finds the bureau's work, part one
    opens on what the title's draft draws on — here a page's background stating the county's figures (在规划上，西充坚持…
    编制完成《西充县乡村旅游发展总体规划》…年均接待游客300万人次以上) — and its heading's comment says how old that material is.
F2. An ask's points are what it asks done, never the deputy's reasons (乡村景观的营造首先在于…, 乡村与城市的最大区别在于：…,
    村庄肌理是村庄特有的标志，…蕴含着…价值, 这也是…) nor a frame alone (也因此在当前乡村景区化建设中): the six points went to
    reasons, and 打造“微田园…”的生态景观, 水体改造要以生态驳岸为基调 never got in. A clause saying when before its modal (营造乡村
    景观的同时要保留…) asks what follows the modal.
F3. The measures a part-two comment quotes leave out a sentence of reasons alone (村庄肌理是村庄特有的标志，…).
"""

from __future__ import annotations

import docx
import pytest
from helpers import comments_on, part_one, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks

TITLE = "关于推进美丽乡村景区化建设促进乡村旅游可持续发展的建议"
# The tester's suggestion (hd65c/suggestion.txt).
SUGGESTION = f"""{TITLE}

提案人：黄坤

一、坚持生态优先，保持乡村原有自然生态基底。乡村景观的营造首先在于对自然生态景观的保留。乡村与城市的最大区别在于：拥有宁静自然的生态环境，拥有清新的空气，这对于一些长期生存和居住在城市中的人表现出巨大的吸引力。也因此在当前乡村景区化建设中，应重视对乡村田园风光、自然景观的展现，这也是其最为吸引人的地方。充分利用田间资源，将乡村的田间地头以及闲置公共用地进行统一的规划，打造“微田园、微果园、微菜园”的生态景观，为游客营造一种自然和谐的田园旅游环境。水体改造要以生态驳岸为基调，保证水体的自然排蓄功能。乡村景观就要营造一种“望得见山、看得见水”的自然景观。

二、坚持因地制宜，保存乡村特有肌理地域风格。营造乡村景观的同时要保留村庄肌理与具有代表性的建筑风格。村庄肌理是村庄特有的标志，是经过长期的历史积淀，在历代村民才智的创造下形成的，蕴含着丰富的历史、文化价值。
"""
# seeds/2022-12-23_西充县上榜2022年四川省休闲农业重点县.txt of hd65c: its head and its first three paragraphs.
LISTED = ("西充县上榜2022年四川省休闲农业重点县\n\n2022-12-23 08:28:23来源:南充日报编辑:王青山\n\n"
          "12月20日,记者从市农业农村局获悉,日前省农业农村厅正式对外公示2022年四川省休闲农业重点县名单,全省共15个县(市、区)入围名单,"
          "西充县榜上有名。\n\n"
          "近年来,西充以农业为基础,以文化为灵魂,以旅游为推手,坚持“精品化打造、片区化布局、产业链带动”发展理念,按照“一核、一带、四区”"
          "空间布局,建立以全域旅游规划为引领、各类专项规划为补充的旅游规划体系,形成了农业打底、文化引领、旅游带动、多业融合的全要素发展"
          "格局,着力建设集现代农业观光、乡村度假休闲、民俗风情体验为一体的乡村旅游目的地。\n\n"
          "在规划上,西充坚持“全域规划、多规融合、组团发展”思路,编制完成《西充县乡村旅游发展总体规划》,逐步建设历史人文感悟游、花卉田园"
          "景观游、有机生活品鉴游等旅游环线,按照“功能分区、优势互补,联动打造、分步推进”原则,将农文旅发展相结合,推动标志性景区建设,"
          "着力打造养生体验、娱乐休闲、农业观光、花卉田园等乡村旅游精品景区,全域旅游发展总体布局初步完成。与此同时,开发康养旅居、有机科普、"
          "红色研学等多元化的乡村旅游产品,荣获全国休闲农业与乡村旅游示范县等称号,成为省级全域旅游示范区创建单位、首批全域研学试点县等。"
          "年均接待游客300万人次以上,实现旅游综合收入30亿元以上,涉旅企业30余家,2万多名群众参与旅游产业。通过发展现代农业、有机农业,"
          "促进全县旅游发展,带动群众增收致富,持续做响“生态田园·有机西充”品牌,以农旅融合助力乡村振兴。(南充日报社全媒体记者冯方雄)\n")
XICHONG = ("西充县文化广播电视和旅游局", "县文广旅局", "西充县", "晋城街道, 仙林街道, 莲池镇, 凤鸣镇, 义兴镇")
PLANNED = "编制完成《西充县乡村旅游发展总体规划》"


@pytest.fixture(scope="module")
def asks():
    return parse_asks(SUGGESTION, TITLE)


def test_f2_an_asks_points_are_what_it_asks_done_not_its_reasons(asks):
    """F2: ask 1's points are its clauses asking (打造…的生态景观, 水体改造要以生态驳岸为基调…), none a reason or a frame; ask 2's
    one point is what its sentence asks after saying when (营造乡村景观的同时要…)."""
    first, second = asks
    assert first.phrase == "保持乡村原有自然生态基底" and second.phrase == "保存乡村特有肌理地域风格"
    assert "打造“微田园、微果园、微菜园”的生态景观" in first.points and "水体改造要以生态驳岸为基调" in first.points
    assert "应重视对乡村田园风光、自然景观的展现" in first.points
    for reason in ("在于", "区别", "拥有", "这也是", "也因此", "最为吸引人"):
        assert not any(reason in p for p in first.points), reason
    assert second.points == ["保留村庄肌理与具有代表性的建筑风格"]


def test_f2_a_reason_ends_where_a_clause_asks_anew():
    """F2: after the deputy's reasons in one sentence, a clause opening on a modal or a verb of asking is asked again."""
    mixed = SUGGESTION.replace("蕴含着丰富的历史、文化价值。", "蕴含着丰富的历史、文化价值，要加强传统村落保护。")
    points = parse_asks(mixed, TITLE)[1].points
    assert "要加强传统村落保护" in points and not any("标志" in p or "蕴含" in p or "积淀" in p for p in points)


def test_f3_the_measures_quoted_leave_out_reasons(asks):
    """F3: the measures a part-two comment quotes are the sentences asking, none of the reasons alone."""
    first, second = asks
    assert second.measures == "营造乡村景观的同时要保留村庄肌理与具有代表性的建筑风格。"
    assert first.measures.startswith("充分利用田间资源") and "水体改造要以生态驳岸为基调" in first.measures
    assert "在于" not in first.measures


def test_f1_the_text_never_empties_part_one_the_title_fills(tmp_path):
    """F1: with the text, as without it, part one says the county's planning (a background paragraph stating its figures,
    the base's only material on the matter), under its source's comment, and the heading says how old it is; the asks'
    placeholders follow, each naming what its ask asks."""
    ws = unit_workspace(tmp_path / "ws", *XICHONG)
    result, out = seeds_draft(tmp_path, ws, {"2022-12-23_西充县上榜2022年四川省休闲农业重点县.txt": LISTED}, "174", TITLE,
                              SUGGESTION, "--deputy", "黄坤", "--proposal", "--type", "B", "--date", "2023-08-21")
    assert "引用事实 1 条" in result.output
    one = part_one(docx.Document(str(out)))
    opening = next(t for t in one if PLANNED in t)
    assert one.index(opening) < one.index("（一）保持乡村原有自然生态基底")
    assert any("西充县上榜2022年四川省休闲农业重点县（2022-12-23）" in c for c in comments_on(out, opening[:10]))
    assert any("第一部分所用的材料最新的是2022年12月" in c for c in comments_on(out, "一、基本情况"))
    assert any(t.startswith("【待补充：保留村庄肌理与具有代表性的建筑风格") for t in one)
