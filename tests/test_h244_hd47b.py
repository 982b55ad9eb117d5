"""Findings of held-out round hd47b (上高县水利局, 江西): a county news page of the bureau's results told in items
(一是抓政策落地。… 二是抓项目推进。… 三是抓安全保障。…), a forecast inside item two, a byline closing it.

The page is the tester's one seed, seeds/2023-06-13_上高县水利工作成效.txt, as it was saved (its site's name and menu label
over the text, the text one paragraph), distilled through the public path of ``drafter distill``.
"""

from __future__ import annotations

from helpers import SHANGGAO_PAGE as PAGE
from helpers import SHANGGAO_SEED as NAME
from helpers import distil_by_cli, first_saying, unit_workspace


def _facts(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "上高县水利局", "县水利局", "上高县")
    return distil_by_cli(tmp_path, ws, PAGE, NAME)[1]


def test_the_item_after_a_forecast_inside_the_item_before_is_done_work(tmp_path):
    """hd47b F1: 三是抓安全保障。…实施五河治理工程5个…共治理河流69.85公里。完成149座小型水库除险加固… was kind plan, drafted
    under 下一步工作计划: the forecast closing item two (预计铺设供水管网706.81km…) ran as a plan to the paragraph's end, item
    three with it. The series told on (三是 after 二是) ends the turn: the forecast is item two's, item three what was done."""
    facts = _facts(tmp_path)
    assert first_saying(facts, "预计铺设供水管网").kind == "plan"
    safety = first_saying(facts, "共治理河流69.85公里")
    assert safety.kind == "done", (safety.kind, safety.text)
    assert "预计" not in safety.text, safety.text


def test_an_item_takes_no_run_of_years_from_the_item_before(tmp_path):
    """hd47b F2: 二是抓项目推进。率先启动并完成““十四五”水安全保障规划”编制…争取到专项债券项目资金4.7亿元。 was dated 2016–2023 from
    「“十三五”以来」 in item one: the menu label before 一是 (信息发布 一是…) made item one the lead of the items after it, its run of
    years theirs. Item two opens a matter of its own, of the page's year."""
    facts = _facts(tmp_path)
    plan = first_saying(facts, "水安全保障规划")
    assert (plan.period.year, plan.period.until) == (2023, None), plan.period
    assert (first_saying(facts, "共治理河流69.85公里").period.year, first_saying(facts, "共治理河流69.85公里").period.until) == (
        2023, None)


def test_a_label_no_reader_knows_before_the_first_item_leads_nothing(tmp_path):
    """hd47b F2, the structure's side: a short label other than a news column's, then a space, then 一是…, its 二是 later
    (通知公告 一是抓政策落地。…二是…), leads no items: 一是 opens the first item, whose years no later item takes."""
    ws = unit_workspace(tmp_path / "ws", "上高县水利局", "县水利局", "上高县")
    facts = distil_by_cli(tmp_path, ws, PAGE.replace("信息发布 ", "通知公告 "), NAME)[1]
    plan = first_saying(facts, "水安全保障规划")
    assert (plan.period.year, plan.period.until) == (2023, None), plan.period


def test_a_change_on_the_year_before_in_a_run_of_years_is_the_last_years(tmp_path):
    """hd47b F3: 「“十三五”以来，共争取…9.53亿元，已到位资金1.34亿元，同比增长46.7%」: 46.7% was dated 2016 until 2023. A
    change on the year before (同比) is one year's: the run's last; the sums of the run keep the run."""
    funds = first_saying(_facts(tmp_path), "同比增长46.7%")
    change = next(g for g in funds.figures if g.raw == "46.7%")
    assert (change.year, change.until) == (2023, None), change
    total = next(g for g in funds.figures if g.raw == "9.53亿元")
    assert (total.year, total.until) == (2016, 2023), total


def test_a_news_items_label_byline_and_item_headings_are_no_fact_text(tmp_path):
    """hd47b F2, F4: facts opened on the site's menu label (信息发布 一是抓政策落地。…) and closed on the writer's name in brackets
    (…防洪安全保障能力不断增强。（钟文肄）); the drafted sentence opened on the item's label (抓项目推进。率先启动…). The column's
    label and the byline are the page's, the item's short heading sentence its structure: none is the fact's text; the
    heading's words are still its topics."""
    facts = _facts(tmp_path)
    texts = [f.text for f in facts]
    assert not any("信息发布" in t or "钟文肄" in t for t in texts), texts
    plan = first_saying(facts, "水安全保障规划")
    assert plan.text.startswith("率先启动并完成"), plan.text
    safety = first_saying(facts, "共治理河流69.85公里")
    assert safety.text.startswith("积极推进河流防洪综合治理") and safety.text.endswith("防洪安全保障能力不断增强。"), safety.text
    assert "抓安全保障" in safety.topics, safety.topics


def test_funds_won_under_an_items_theme_are_done_work(tmp_path):
    """hd47b (the probe's third ask, 争取专项债券资金, left 待补充): 一是抓政策落地。全力争取上级政策支持，…共争取中央、省级公共财政资金
    9.53亿元…成功发行专项债券1.6亿元。 was background: 全力争取 read as 力争 (something to come), and funds won (争取…资金…亿元)
    no result. Both wrong: the item reports the bureau's results."""
    funds = first_saying(_facts(tmp_path), "成功发行专项债券1.6亿元")
    assert funds.kind == "done", funds.kind
