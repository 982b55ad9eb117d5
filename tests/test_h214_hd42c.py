"""Findings of held-out round hd42c (黄石市商务局, 市政协十四届二次会议第117号提案《关于大力发展我市夜经济的提案》,
co-handled by 市发改委, 市城管委, 市文旅局): the co-handlers' parts, a province's list naming the city, the year of a
page's 春节, what a figure counts.

The suggestion is the tester's; the pages are real lines of the seeds the tester distilled (named in each test),
distilled through the public path of ``drafter distill``.
"""

from __future__ import annotations

import docx

from drafter.compose.synonyms import equivalents_said, synonyms_of
from drafter.distill.figures import find_figures
from helpers import distil_by_cli, first_saying, part_one, seeds_draft, unit_workspace

TITLE = "关于大力发展我市夜经济的提案"
ASK = "关于大力发展我市夜经济的提案\n\n建议大力发展我市夜经济。\n"
CO_HANDLERS = ("市发改委", "市城管委", "市文旅局")
# seeds/2022-01-29_夜间经济集聚示范区.txt (湖北日报), its lead, its heading of the list and lines of the list.
NIGHT_LIST = """湖北2021年度繁荣夜间经济集聚示范区名单出炉,哪个你最熟悉?

2022-01-29 22:51:16 来源:湖北日报

湖北日报讯(记者李朝霞、通讯员沈商轩)1月29日,从省商务厅获悉,我省2021年度繁荣夜间经济集聚示范区名单出炉,武汉市楚河汉街等20个项目入选。

省商务厅相关负责人介绍,到2025年,我省将建成约100家以观光休憩、文化体验、体院健身、特色餐饮、时尚购物为主题的多业态并举和辐射带动能力强的夜间消费集聚示范区。

项目名单(地区排名不分先后):

1.武汉市楚河汉街

10.荆州洪湖市龙街

11.黄石市团城山万达广场

12.仙桃市湖北银泰仙桃商城大厦
"""

# seeds/2023-02-06_元宵嘉年华促消费.txt as the mirror gave it (traditional characters, a lost character read 節(jié), a ?
# after the reporter's name), its first and last lines and the paragraph of 春节's figures.
LANTERN = """5日,元宵佳節(jié),團城山萬達廣場,人氣十足,熱鬧非凡。掛起紅燈籠,鋪開紅地毯,主題展位貨品琳瑯滿目,節(jié)日氛圍濃厚。
記者從活動中獲悉,春節(jié)期間,全市消費市場強勢回暖,購銷兩旺。截至目前,全市已有4.2萬名工會會員參與“愛心消費券”活動,帶動各類消費7100余萬元。舉辦對接花湖機場臨空消費展、首屆鄂東精品酒類展、鐘樓煙火美食街開街、商圈年貨節(jié)、網上年貨節(jié)等各類美食展、消費展、車展、房展30余場,拉動全市消費近82億元,同比增長18%。
市政府黨組成員隆剛現場直播匯報了黃石春節(jié)促消費情況。(胡靖)?
"""


def _huangshi(tmp_path):
    return unit_workspace(tmp_path / "ws", "黄石市商务局", "市商务局", "黄石市")


def _draft(tmp_path, seeds: dict[str, str]):
    options = ["--deputy", "hd42c", "--session", "市政协十四届二次会议", "--type", "B", "--date", "2023-07-18", "--proposal"]
    return seeds_draft(tmp_path, _huangshi(tmp_path), seeds, "117", TITLE, ASK, *options,
                       *(w for unit in CO_HANDLERS for w in ("--with", unit)))


def test_co_handlers_no_ask_names_are_asked_in_the_one_asks_section(tmp_path):
    """hd42c F2: with one ask, none naming a co-handler's field, the draft made （二）…（四）【待市发改委提供：小标题】
    【待市发改委提供：市发改委承办部分的工作情况及数据（注明年份）】, a section each and empty; the real reply has one
    section with their work folded in. Each is asked, inside the one section, for its part in the ask."""
    _, out = _draft(tmp_path, {"2022-01-29_夜间经济集聚示范区.txt": NIGHT_LIST})
    document = docx.Document(out)
    one = part_one(document)
    said = "".join(one)
    assert "小标题" not in said and "承办部分" not in said, one
    assert not any(t.startswith("（") for t in one), one  # one section: no （一） nor （二）
    for unit in CO_HANDLERS:
        assert sum(f"【待{unit}提供：大力发展我市夜经济方面的工作情况及数据（注明年份）】" in t for t in one) == 1, one
    notes = [c.text for c in document.comments]
    assert sum(n.startswith("此项留待市发改委的会办意见：建议所提各项中未分出其承办的事项") for n in notes) == 1, notes


def test_a_page_of_february_speaks_of_that_years_spring_festival(tmp_path):
    """hd42c F3: 「春节期间，全市消费市场强势回暖……拉动全市消费近82亿元，同比增长18%。」 of a page of 2023-02-06 was of 2022
    (basis relative to document date): 网上年货节 read as 上年. A 上 ending a word (网上, 线上, 以上) opens no 上年."""
    _, facts, _ = distil_by_cli(tmp_path, _huangshi(tmp_path), LANTERN, "2023-02-06_元宵嘉年华促消费.txt")
    spring = first_saying(facts, "拉动全市消费近82亿元")
    assert spring.period.year == 2023, spring.period


def test_a_news_item_closed_by_its_reporters_name_is_news(tmp_path):
    """hd42c F3: the page, a newspaper's item closed by its reporter's name in brackets ((胡靖), a mirror's ? after it), was
    stored as a work report of 黄石市政府, whose 市政府党组成员 it names: a reporter's bare name closing the last sentence
    credits a report as （记者 蔡樱柳） does."""
    _, _, source = distil_by_cli(tmp_path, _huangshi(tmp_path), LANTERN, "2023-02-06_元宵嘉年华促消费.txt")
    assert source.kind == "news", source


def test_a_provinces_list_naming_the_city_gives_the_city_its_line(tmp_path):
    """hd42c F1: 湖北日报's list of the province's 繁荣夜间经济集聚示范区 was filed whole as 湖北省's, its heading 「项目名单
    （地区排名不分先后）：」 a fact and its lines (11.黄石市团城山万达广场) none. A line naming the workspace's place is its
    fact, the list as the page names it (我省2021年度…名单) and the line; another place's line and the heading are none."""
    _, facts, _ = distil_by_cli(tmp_path, _huangshi(tmp_path), NIGHT_LIST, "2022-01-29_夜间经济集聚示范区.txt")
    own = first_saying(facts, "团城山万达广场")
    assert own.text == "2021年度，黄石市团城山万达广场入选全省繁荣夜间经济集聚示范区。", own.text
    assert own.jurisdiction == "黄石市" and not own.external and own.period.year == 2021, own
    assert not any("项目名单" in f.text or ("楚河汉街" in f.text and "项目入选" not in f.text) for f in facts), [f.text for f in facts]


def test_the_citys_line_of_the_list_answers_the_ask_on_its_matter(tmp_path):
    """…and is drafted where the ask is on its matter (夜经济, 夜间经济 its full name)."""
    _, out = _draft(tmp_path, {"2022-01-29_夜间经济集聚示范区.txt": NIGHT_LIST})
    one = part_one(docx.Document(out))
    assert "一是2021年度，黄石市团城山万达广场入选全省繁荣夜间经济集聚示范区。" in one, one


def test_a_count_after_a_list_of_kinds_counts_them_all():
    """hd42c F5: 「…网上年货节等各类美食展、消费展、车展、房展30余场」 counted 房展 alone: a list after its word for kinds (等各类)
    shares the count, as 城建、交通、公路方面18件 does."""
    said = "举办对接花湖机场临空消费展、首届鄂东精品酒类展、钟楼烟火美食街开街、商圈年货节、网上年货节等各类美食展、消费展、车展、房展30余场，拉动全市消费近82亿元，同比增长18%。"
    assert next((f.raw, f.counts) for f in find_figures(said)) == ("30余场", "美食展、消费展、车展、房展")


def test_a_conjunction_is_no_thing_counted():
    """hd42c F5 (seeds/2020-08-02_外贸百强.txt): 「…其中完成出口44.3亿元，总量居全省第五，但较一季度收窄22.6个百分点。」 counted 「但」."""
    said = "1—6月，全市累计完成外贸进出口107亿元，同比下降27.3%，总量居全省第三，其中完成出口44.3亿元，总量居全省第五，但较一季度收窄22.6个百分点。"
    narrowed = next(f for f in find_figures(said) if f.raw == "22.6个百分点")
    assert narrowed.counts != "但" and "但" not in (narrowed.counts or ""), narrowed


def test_a_count_of_things_themed_counts_the_things_not_the_theme():
    """hd42c F5: 「到2025年，我省将建成约100家以观光休憩、…为主题的…夜间消费集聚示范区。」 counted 以观光休憩: a thing
    described by its theme (以…为主题的) is counted by its noun after the last 的."""
    said = "到2025年，我省将建成约100家以观光休憩、文化体验、体院健身、特色餐饮、时尚购物为主题的多业态并举和辐射带动能力强的夜间消费集聚示范区。"
    assert [(f.raw, f.counts) for f in find_figures(said)] == [("约100家", "夜间消费集聚示范区")]


# seeds/2022-02-22_黄石商圈.txt (湖北日报, 2022-02-22): its paragraph of last year's spending.
SPENDING = """黄石两大商圈吸引力越来越强

2022-02-22 来源:湖北日报

2月19日,周六。黄石市武汉路步行街,人流熙攘。

黄石去年人均消费3.7万元,居全省前列。旺盛的消费能力,吸引众多商业布局。目前,黄石营业面积10万平方米以上的商业综合体有4家,城区商业总面积达130万平方米。
"""


def test_last_year_said_still_dates_a_fact_the_year_before(tmp_path):
    """rv4 on 12c144d9: the pattern of 去年/上年 that leaves 网上年货节 out was named LAST_YEAR in grammar, as the meaning
    RELATIVE_TIME's rules name with LAST_YEAR = "last year" a few lines below; that string won, so no 去年 dated a fact.
    「黄石去年人均消费3.7万元」 of a page of 2022-02-22 is 2021's; 截至上年底 is the year before too (至 ends 至上 only)."""
    _, facts, _ = distil_by_cli(tmp_path, _huangshi(tmp_path), SPENDING, "2022-02-22_黄石商圈.txt")
    assert first_saying(facts, "人均消费3.7万元").period.year == 2021
    (tmp_path / "more").mkdir()
    _, facts, _ = distil_by_cli(tmp_path / "more", _huangshi(tmp_path / "more"),
                                SPENDING.replace("黄石去年人均消费", "截至上年底,黄石人均消费"), "2022-02-22_黄石商圈.txt")
    assert first_saying(facts, "人均消费3.7万元").period.year == 2021


# h223: the old-material comment's marks; the night-time economy's settings.
def test_the_old_material_note_says_no_marks_where_part_one_has_none(tmp_path):
    """Part one's one item, 2021年度，黄石市团城山万达广场入选全省繁荣夜间经济集聚示范区。, states no figure and is not highlighted,
    yet its comment said 请收集…后逐项更新（需更新之处已标出）: nothing is marked, so the comment says no such thing."""
    _, out = _draft(tmp_path, {"2022-01-29_夜间经济集聚示范区.txt": NIGHT_LIST})
    notes = [c.text for c in docx.Document(out).comments]
    old = next(n for n in notes if n.startswith("第一部分所用的材料最新的是2022年1月"))
    assert "逐项更新" in old and "已标出" not in old, old


def test_the_night_economy_is_named_by_its_settings(tmp_path):
    """The 2023-02 page's 钟楼烟火美食街开街 is night-economy work the ask 大力发展我市夜经济 never names: a food street is one of its
    settings, searched for beside the ask's words; a field's settings name it one way only (夜市 is no 夜经济 of its own)."""
    ws = _huangshi(tmp_path)
    said = synonyms_of("大力发展我市夜经济", ws)
    assert "夜间经济" in said and "美食街" in said and "夜市" in said
    line = "举办对接花湖机场临空消费展、首届鄂东精品酒类展、钟楼烟火美食街开街、商圈年货节、网上年货节等各类美食展30余场"
    assert equivalents_said("大力发展我市夜经济", line, ws) == ["夜经济"]
    assert "夜经济" not in synonyms_of("规范夜市管理", ws)
