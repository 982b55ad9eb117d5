"""How a draft shares the base's facts between the suggestion's asks.

hd47b (上高县水利局, rs5 N1): the tester's probe asked 一、加快推进病险水库除险加固。二、加强河道防洪治理。 and its one seed's done fact
积极推进河流防洪综合治理，…万亩圩堤除险加固项目2个，共治理河流69.85公里。完成149座小型水库除险加固攻坚行动、116座病险山塘整治，…
went whole under (一) — its river sentence opening it off the matter — while (二) was left 【待补充：加强河道防洪治理…】 and the
warning said the base held nothing on it. The workspace is built from the tester's seed (:data:`helpers.SHANGGAO_PAGE`)
by ``drafter distill``.
"""

from __future__ import annotations

import pytest
from helpers import SHANGGAO_PAGE, SHANGGAO_SEED, comments_on, part_one, seeds_draft, unit_workspace

import docx

from drafter.compose.select import WORK_GAP_WARNING

TITLE = "关于加快病险水库除险加固和河道防洪治理的提案"
RESERVOIRS = "加快推进病险水库除险加固"
RIVERS = "加强河道防洪治理"
RIVER_WORK = "积极推进河流防洪综合治理"
RESERVOIR_WORK = "小型水库除险加固攻坚行动"


def _probe(tmp_path, asks: tuple[str, ...], page: str = SHANGGAO_PAGE):
    ws = unit_workspace(tmp_path / "ws", "上高县水利局", "县水利局", "上高县")
    text = f"{TITLE}\n\n提案人：易敏强\n\n" + "\n".join(f"{n}、{a}。" for n, a in zip("一二三", asks)) + "\n"
    result, out = seeds_draft(tmp_path, ws, {SHANGGAO_SEED: page}, "99", TITLE, text, "--deputy", "易敏强",
                              "--session", "县政协十一届三次会议", "--type", "B", "--date", "2023-08-01", "--proposal")
    return result, out, part_one(docx.Document(str(out)))


def _under(paragraphs: list[str], heading: str) -> str:
    """The text of part one's paragraphs under the heading ending in ``heading``, up to the next heading."""
    at = next(n for n, p in enumerate(paragraphs) if p.endswith(heading))
    body = []
    for p in paragraphs[at + 1:]:
        if p.startswith("（"):
            break
        body.append(p)
    return "".join(body)


@pytest.mark.parametrize("asks", [(RESERVOIRS, RIVERS), (RIVERS, RESERVOIRS)])
def test_a_fact_saying_two_asks_matters_is_shared_by_sentence(tmp_path, asks):
    """Each sentence goes to the ask its head clause names, whatever the asks' order: the river sentence (its 万亩圩堤除险
    加固项目2个 one listed project, no reservoir work) under 河道防洪治理 with its figures, the reservoirs' under 病险水库除险
    加固 without it; both keep the fact's source in their comment and no warning says the base holds nothing on 河道."""
    result, out, part = _probe(tmp_path, asks)
    rivers, reservoirs = _under(part, RIVERS), _under(part, RESERVOIRS)
    assert RIVER_WORK in rivers and "共治理河流69.85公里" in rivers and RESERVOIR_WORK not in rivers, rivers
    assert RESERVOIR_WORK in reservoirs and "116座病险山塘整治" in reservoirs and "河流" not in reservoirs, reservoirs
    assert "待补充" not in rivers + reservoirs
    for opening in (RIVER_WORK, "【待更新：统计期】，完成149座"):
        assert any("上高县水利工作成效（2023-06-13）" in c for c in comments_on(out, opening)), comments_on(out, opening)
    assert WORK_GAP_WARNING not in result.output, result.output


def test_a_sentence_of_parts_each_a_result_is_shared_by_its_parts(tmp_path):
    """The same fact written as one sentence of ；-parts, each its own measure and figures (…共治理河流69.85公里；完成149座…):
    each part goes to its ask as the sentences did, a sentence of its own there."""
    page = SHANGGAO_PAGE.replace("共治理河流69.85公里。完成", "共治理河流69.85公里;完成")
    _, _, part = _probe(tmp_path, (RESERVOIRS, RIVERS), page)
    rivers, reservoirs = _under(part, RIVERS), _under(part, RESERVOIRS)
    assert RIVER_WORK in rivers and rivers.endswith("69.85公里。") and RESERVOIR_WORK not in rivers, rivers
    assert RESERVOIR_WORK in reservoirs and "河流" not in reservoirs, reservoirs


def test_a_part_of_no_ask_is_not_moved_to_another(tmp_path):
    """Asked 病险水库除险加固 and 专项债券资金 (no ask on rivers): the river sentence answers neither by its head clause, and goes
    under no other ask — the debt ask keeps its own facts, no river work."""
    _, _, part = _probe(tmp_path, (RESERVOIRS, "多渠道争取专项债券资金支持水利建设"))
    assert RIVER_WORK not in _under(part, "多渠道争取专项债券资金支持水利建设"), part
