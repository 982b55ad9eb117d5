"""How a draft shares the base's facts between the suggestion's asks, and its plans.

hd47b (上高县水利局, rs5 N1): the tester's probe asked 一、加快推进病险水库除险加固。二、加强河道防洪治理。 and its one seed's done fact
积极推进河流防洪综合治理，…万亩圩堤除险加固项目2个，共治理河流69.85公里。完成149座小型水库除险加固攻坚行动、116座病险山塘整治，…
went whole under (一) — its river sentence opening it off the matter — while (二) was left 【待补充：加强河道防洪治理…】 and the
warning said the base held nothing on it. The workspace is built from the tester's seed (:data:`helpers.SHANGGAO_PAGE`)
by ``drafter distill``.

hd45b (邢台市林业局): one plan per ask — the 2024 plan (以…村庄绿化…为重点，科学开展植树造林, no target figure) alone in part two,
while a page of 2022 set the city's village-greening targets for 2025 (…全市计划建成50个省级森林乡村…), still running in 2024.
The workspace is built from the tester's two seeds on the matter (:data:`XINGTAI_SEEDS`) by ``drafter distill``.
"""

from __future__ import annotations

import pytest
from helpers import SHANGGAO_PAGE, SHANGGAO_SEED, comments_on, part_one, part_two_texts, seeds_draft, unit_workspace

import docx

from drafter.compose.select import WORK_GAP_WARNING, plan_named
from drafter.model import NEWS, POLICY, SourceMeta

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


# hd45b's seeds (/work/wt/hd45b/ws/seeds), as the tester saved them.
XINGTAI_SEEDS = {
    "2022-06-06_目标2025年建50个省级森林乡村.txt": """长城新媒体集团  主办
当前位置: 牛城要闻

目标2025年!邢台将建50个省级森林乡村

来源: 掌上邢台客户端  作者:王露橦 赵娟娟 和钰
2022-06-06 11:10:53
分享:

  从邢台市绿委办获悉,邢台市明确到2025年底前,结合美丽乡村建设和农村人居环境综合整治,以街道绿化、庭院绿化、进村路绿化、小游园建设等为重点,加快推进村庄绿化美化进程。

  按照计划,邢台市将遵循科学规划、合理布局,以人为本、生态优先,优化结构、绿美并举,保护为先、造改结合,突出重点、循序渐进的原则,采取街巷绿化、庭院绿化、公共场地绿化、沟渠坑塘绿化、环村林建设等模式推进村庄绿化美化。

  坚持把改善村庄的生态环境作为首要目标,从增强农村可持续发展能力出发,统筹安排绿化用地,建设结构合理、乔灌花草科学配置的村庄绿化体系。根据不同区域村庄山水林田湖草沙、历史文化、乡土民俗和基础条件,结合村情实际留住田园风光,重点发展名优乡土乔木树种和经济林果,建设特色鲜明的村庄绿化体系。

  按照适地适树和立体绿化、彩色绿化、多树种绿化的要求,以乡土树种为主,引进树种为辅,合理搭配速生与慢生、常绿与落叶树种,优化林种树种结构和空间布局。

  同时,严格保护好原有树木资源和绿化成果,特别是加强古树名木管护,保护山水林田湖自然风貌,不搞毁绿造绿。

  力争到2025年底,基本实现“村内有绿地、院内有花果、路渠有绿荫、四旁有树木”的村庄绿化格局,全市山区、丘陵区村庄绿化率达到35%以上,平原区村庄绿化率达到30%以上。

  同时,开展森林乡村示范创建活动,到2025年底,全市计划建成50个省级森林乡村、50个市级森林乡镇、500个市级森林村庄,以点带面,为推进乡村振兴战略提供支撑。

关键词:邢台,
""",
    "2024-01-10_全年安排营造林任务38万亩.txt": """邢台市全年安排营造林任务38万亩

发布时间: 2024-01-10      发布机构:市林业局      浏览次数:97     字体:[  ]

体裁分类:工作部署     主题分类:农业、林业、水利

为高效推进造林绿化工作,邢台市超前谋划、积极沟通,在省方案下发前安排全市营造林任务面积38万亩,并将任务明确到各县(市、区)。其中安排人工造林6万亩,封山育林3.5万亩,退化林修复3.5万亩,森林经营抚育25万亩。全市造林工作将结合“三北”造林工程,以浅山丘陵区绿化提升、村庄绿化、河渠绿化、退化林修复、森林经营抚育等为重点,科学开展植树造林,扎实推进防沙治沙工作。
""",
}
GREENING_TITLE = "关于深入实施乡村绿化美化的建议"
RUNNING = "按照2022年确定的目标，"


def _greening(tmp_path, date: str = "2024-05-20"):
    ws = unit_workspace(tmp_path / "ws", "邢台市林业局", "市林业局", "邢台市")
    text = f"{GREENING_TITLE}\n\n提案人：张丽芳\n\n建议深入实施乡村绿化美化。\n"
    _, out = seeds_draft(tmp_path, ws, XINGTAI_SEEDS, "634", GREENING_TITLE, text, "--deputy", "张丽芳", "--session",
                         "政协邢台市第十四届委员会第四次会议", "--type", "A", "--date", date, "--proposal")
    return out, part_two_texts(docx.Document(str(out)))


def test_an_older_plans_target_still_running_is_offered_beside_the_newest_plan(tmp_path):
    """The ask's newest plan (2024) names no target figure; the 2022 page's 2025 targets still run in May 2024: part two
    offers the newest plan, then the older target dated with its plan and flagged as a whole to confirm, its source in
    the comment — the plan as the page says it, its adding word (同时，) dropped."""
    out, plans = _greening(tmp_path)
    assert any("全市造林工作将结合“三北”造林工程" in p and RUNNING not in p for p in plans), plans
    target = next(p for p in plans if RUNNING in p)
    assert "到2025年底" in target and "同时" not in target, target
    assert target.endswith("【待核实：2022年确定的目标，是否仍执行】"), target
    assert any("目标2025年！邢台将建50个省级森林乡村（2022-06-06）" in c and "是否仍执行" in c
               for c in comments_on(out, target[:4])), comments_on(out, target[:4])


def test_a_target_whose_year_is_past_is_not_offered(tmp_path):
    """In a reply of 2026 the 2022 page's 到2025年底 targets are past: no older target beside the plans."""
    _, plans = _greening(tmp_path, "2026-05-20")
    assert not any(RUNNING in p or "【待核实：2022年确定的目标" in p for p in plans), plans


def test_a_plan_document_names_the_target_by_its_title():
    """A target of a plan document is dated by the document (按照《…行动方案》，); a news page's headline is no plan's name."""
    plan = SourceMeta(id="p", path="seeds/p.txt", sha256="0" * 64, kind=POLICY, title="邢台市村庄绿化三年行动方案",
                      date="2022-03-01")
    news = SourceMeta(id="n", path="seeds/n.txt", sha256="1" * 64, kind=NEWS, title="目标2025年！邢台将建50个省级森林乡村",
                      date="2022-06-06")
    assert plan_named(plan, 2022) == "《邢台市村庄绿化三年行动方案》"
    assert plan_named(news, 2022) == "2022年确定的目标"
