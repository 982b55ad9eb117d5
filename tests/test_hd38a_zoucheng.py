"""Held-out round hd38a (邹城市民政局, 山东济宁): a reply on 居家及社区老年照护 drafted from the bureau's news of its 2021
results and 2022 plan; and the superior bureau's chronicle of 2023 (济宁市民政局大事记2023年).

Each test distils (or drafts from) real lines of the pages the tester saved, as the pages print them, in a workspace of the
bureau, through the path ``drafter`` takes.
"""

from __future__ import annotations

import docx
from helpers import (ZOUCHENG_NEWS, ZOUCHENG_NEWS_NAME, comments_on, distil, distil_pages, draft_title, fact_saying, part_one,
                     part_two_texts, seeds_draft, unit_workspace)

from drafter.compose.asks import without_town
from drafter.compose.synonyms import synonyms_of
from drafter.distill.places import ranked_in
from drafter.model import DONE, PLAN


# 济宁市民政局大事记2023年 (2024-02-29), its head and May's entries.
JINING_CHRONICLE = """当前位置: 首页
> 民政概要 > 大事记
济宁市民政局大事记2023年
发布日期:2024-02-29浏览次数:字号:[ ]

4

27日,市政府出台《关于推进基本养老服务体系建设的实施意见》(济政办发〔20232号),发布实施基本养老服务清单,分类落实28项基本养老服务项目,全面推动基本养老服务惠及全市老年人。

5

20日至21日,在全国首次实行48小时全天候办理婚姻登记业务,2天共办理结婚登记2211对,受到群众欢迎和媒体点赞。

30日,省民政厅印发《关于公布2023年度全省关爱服务困境儿童系列十佳的通知》,市未成年人救助保护中心获评山东省十佳未成年人救助保护机构

31日,市民政局、市财政局发布《关于健全完善困难群众救助保障标准的通知》,全面提高城乡低保、特困人员救助供养标准。
"""

TITLE = "关于完善唐村镇居家及社区老年照护体系的建议"


def _zoucheng(tmp_path):
    return unit_workspace(tmp_path / "ws", "邹城市民政局", "市民政局", "邹城市")


def test_the_items_under_a_lead_planning_the_year_are_plans(tmp_path):
    """一是…二是… in paragraphs of their own after 2022年，市民政局将继续践行… are the year's plan, not work done (the bureau
    named, not 我局); so is 新的一年，邹城市民政局将深入贯彻…. The 2021 results before them stay done."""
    ff = distil(tmp_path, _zoucheng(tmp_path), ZOUCHENG_NEWS, ZOUCHENG_NEWS_NAME)
    item = fact_saying(ff, "改造提升5处敬老院")
    assert (item.kind, item.period.year) == (PLAN, 2022)
    assert fact_saying(ff, "一是扎牢民生保障防护网").kind == PLAN
    assert fact_saying(ff, "新的一年").kind == PLAN
    assert fact_saying(ff, "改造提升7处敬老院").kind == DONE


def test_a_place_a_first_is_ranked_in_is_not_where_it_was_done(tmp_path):
    """在济宁市率先在建成625个社区志愿服务站 is 邹城市's work, first in the prefecture: its figure is no 济宁市's."""
    ff = distil(tmp_path, _zoucheng(tmp_path), ZOUCHENG_NEWS, ZOUCHENG_NEWS_NAME)
    fact = fact_saying(ff, "625个")
    assert fact.jurisdiction == "邹城市"
    assert next(g for g in fact.figures if g.value == 625).place is None
    text = "在全省率先建成、济宁市首个"
    assert ranked_in(text, 1, 3) and ranked_in(text, 8, 11)
    assert not ranked_in("济宁市率先建成", 0, 3)  # (its subject: 济宁市 did it)


def test_elder_care_by_any_name_is_searched_with_its_settings(tmp_path):
    """老年照护 is 养老服务, and its work is done in 敬老院 and 幸福食堂; one way only: 敬老院 names no 食堂."""
    ws = _zoucheng(tmp_path)
    said = synonyms_of("完善唐村镇居家及社区老年照护体系", ws)
    assert {"养老服务", "敬老院", "幸福食堂"} <= set(said)
    assert not {"幸福食堂", "老年照护"} & set(synonyms_of("提升敬老院照护能力", ws))


def test_a_town_named_in_the_title_leaves_the_citys_elder_care_the_basis(tmp_path):
    """The tester's draft: 完善唐村镇居家及社区老年照护体系 is answered by the city's 2021 results, 改造提升7处敬老院、运营兴办30处
    社区幸福食堂 (flagged as old), not left 【待补充】 as if the base held nothing; the 2022 plan's 5处 is no newer figure of it."""
    result, out = seeds_draft(tmp_path, _zoucheng(tmp_path), {ZOUCHENG_NEWS_NAME: ZOUCHENG_NEWS}, "100", TITLE,
                              "关于完善唐村镇居家及社区老年照护体系的建议\n\n建议完善唐村镇居家及社区老年照护体系。\n",
                              "--deputy", "张某", "--type", "A", "--date", "2024-06-28")
    text = "\n".join(part_one(docx.Document(out)))
    assert "2021年以来我局按照“织密网、兜底线、保民生”的要求，改造提升7处敬老院、运营兴办30处社区幸福食堂" in text
    assert "3.6万人" not in text and "625个" not in text  # (the sentence's parts on 脱贫, 社区治理: no elder care)
    assert "没有以下建议事项的近年工作事实" not in result.output
    notes = "\n".join(comments_on(out, next(t for t in text.split("\n") if "7处敬老院" in t)[:12]))
    assert "2021" in notes or "2022" in notes  # (flagged as old)
    assert "有更新数值" not in notes


def test_a_title_naming_a_town_is_answered_by_the_citys_work_in_the_field(tmp_path):
    """Drafted from the title alone, 唐村镇 narrows the matter but is none of it: 居家及社区老年照护 is said by the city's
    敬老院 and 幸福食堂, not left 【待补充】 as work the base holds but could not use."""
    root = distil_pages(_zoucheng(tmp_path), {ZOUCHENG_NEWS_NAME: ZOUCHENG_NEWS})
    text = "\n".join(part_one(draft_title(root, tmp_path / "draft.docx", "102", TITLE, "--date", "2024-06-28")))
    assert "改造提升7处敬老院、运营兴办30处社区幸福食堂" in text and "【待补充" not in text
    assert without_town("完善唐村镇居家及社区老年照护体系") == "完善居家及社区老年照护体系"
    assert [without_town(t) for t in ("推进新型城镇化建设", "推进特色小镇建设", "加快美丽乡村建设", "发展乡村旅游")] == [
        "推进新型城镇化建设", "推进特色小镇建设", "加快美丽乡村建设", "发展乡村旅游"]  # (kinds of towns: matter)


def test_an_ask_on_the_canteens_cites_them(tmp_path):
    """发展社区幸福食堂 under 加强社区养老服务设施建设 is answered by 运营兴办30处社区幸福食堂 in the text, not only in a comment:
    敬老院 serves the aged the ask names by 养老."""
    result, out = seeds_draft(tmp_path, _zoucheng(tmp_path), {ZOUCHENG_NEWS_NAME: ZOUCHENG_NEWS}, "101", TITLE,
                              "建议：一是加强社区养老服务设施建设，发展社区幸福食堂；二是提升敬老院照护能力。\n",
                              "--deputy", "张某", "--type", "A", "--date", "2024-06-28")
    document = docx.Document(out)
    assert "30处社区幸福食堂" in "\n".join(part_one(document))
    assert "未能直接写入" not in result.output
    assert not any("5处" in t and "【待核实" not in t for t in part_two_texts(document))  # (2022's plan: to verify)


def test_a_chronicles_entries_are_of_the_year_its_title_names(tmp_path):
    """济宁市民政局大事记2023年, posted 2024-02-29: its entries, dated by day under a line of their month, are 2023's, under
    5月 (not a heading 5); 31日，… opens an entry of its own after one the page left without its stop; 2211对 is a figure."""
    ff = distil(tmp_path, _zoucheng(tmp_path), JINING_CHRONICLE, "2024-02-29_济宁市民政局大事记2023年.txt")
    assert ff.source.period == 2023
    marriages = fact_saying(ff, "结婚登记")
    assert marriages.period.year == 2023 and marriages.section == ["5月"]
    assert any(g.value == 2211 and g.unit == "对" for g in marriages.figures)
    assert fact_saying(ff, "救助保护机构").text.endswith("救助保护机构")
    assert fact_saying(ff, "31日").text.startswith("31日")

