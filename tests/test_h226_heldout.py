"""The held-out rounds' drafts left undone at the last stop (h226): hd42c's night-economy fact cut at a list's 、, hd43b's part
two leading with its first ask's words, hd44a's proposer the text names otherwise, hd42a's named works in part two.

Each test runs the tester's command on the tester's suggestion (its real text) and real lines of the seeds distilled.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import (INFRASTRUCTURE_TITLE, INVESTMENT_PAGE, comments_on, distil, distil_by_cli, fact_saying, first_saying, part_one, part_two_of, part_two_texts,
                     seeds_draft, unit_workspace)

from drafter.cli import cli
from drafter.compose.select import framed_clauses

# hd42c: seeds/2023-02-06_元宵嘉年华促消费.txt, whole, as the mirror gave it (traditional characters, 節(jié), a ? closing it).
LANTERN_PAGE = """5日,元宵佳節(jié),團城山萬達廣場,人氣十足,熱鬧非凡。掛起紅燈籠,鋪開紅地毯,主題展位貨品琳瑯滿目,節(jié)日氛圍濃厚。
當日上午9時25分,湖北省“新春歡樂購·荊彩消費季”暨黃石市“新春購物季·元宵嘉年華”活動正式開始。此次活動是湖北省政府舉辦的全省元宵促消費活動,活動在武漢市設立主會場,襄陽、宜昌、黃石、黃岡設立分會場,各地現場連線匯報春節(jié)期間促消費情況,紛紛曬出“成績單”,煙火氣重燃,消費活力大幅提升。
記者從活動中獲悉,春節(jié)期間,全市消費市場強勢回暖,購銷兩旺。截至目前,全市已有4.2萬名工會會員參與“愛心消費券”活動,帶動各類消費7100余萬元。舉辦對接花湖機場臨空消費展、首屆鄂東精品酒類展、鐘樓煙火美食街開街、商圈年貨節(jié)、網上年貨節(jié)等各類美食展、消費展、車展、房展30余場,拉動全市消費近82億元,同比增長18%。春節(jié)假期,全市共接待游客110.86萬人次,同比增長20.25%,實現旅游收入1.79億元,同比增長26.05%。
市政府黨組成員隆剛現場直播匯報了黃石春節(jié)促消費情況。(胡靖)?
"""
NIGHT_TITLE = "关于大力发展我市夜经济的提案"
# …and seeds/2022-01-29_夜间经济集聚示范区.txt's headline, lead and the city's line of its list (a result on the matter that
# its words name: the fact the 元宵 page's lost to).
NIGHT_AREAS = ("湖北2021年度繁荣夜间经济集聚示范区名单出炉,哪个你最熟悉?\n\n2022-01-29 22:51:16 来源:湖北日报\n\n"
               "湖北日报讯(记者李朝霞、通讯员沈商轩)1月29日,从省商务厅获悉,我省2021年度繁荣夜间经济集聚示范区名单出炉,武汉市楚河汉街等20个项目入选。\n\n"
               "项目名单(地区排名不分先后):\n\n1.武汉市楚河汉街\n\n11.黄石市团城山万达广场\n\n12.仙桃市湖北银泰仙桃商城大厦\n")


def test_a_list_its_count_after_its_deng_counts_is_one_clause():
    """The 30余场 after 等各类… counts the food street opening listed before it: the list is one clause; a list whose
    figure stands in a clause of its own (…等工作，建成平台28个) is split as before."""
    line = ("举办对接花湖机场临空消费展、首届鄂东精品酒类展、钟楼烟火美食街开街、商圈年货节、网上年货节等各类美食展、消费展、车展、"
            "房展30余场，拉动全市消费近82亿元，同比增长18%。")
    clauses = framed_clauses(line)
    assert any("钟楼烟火美食街开街" in c and "30余场" in c for c in clauses), clauses
    assert "拉动全市消费近82亿元" in clauses
    assert "开展中试验证" in framed_clauses("开展中试验证、成果转化等工作，建成平台28个。")


def test_the_night_economy_fact_listed_before_its_count_is_drafted(tmp_path):
    """hd42c: the 2023 元宵 page's food street opening (钟楼烟火美食街开街…30余场) answers 大力发展我市夜经济 and is drafted
    under it with its source in the comment, not left a placeholder."""
    ws = unit_workspace(tmp_path / "ws", "黄石市商务局", "市商务局", "黄石市")
    options = ("--deputy", "hd42c", "--session", "市政协十四届二次会议", "--type", "B", "--date", "2023-07-18", "--proposal")
    _, out = seeds_draft(tmp_path, ws, {"2023-02-06_元宵嘉年华促消费.txt": LANTERN_PAGE, "2022-01-29_夜间经济集聚示范区.txt": NIGHT_AREAS}, "117", NIGHT_TITLE,
                         f"{NIGHT_TITLE}\n\n建议大力发展我市夜经济。\n", *options)
    one = part_one(docx.Document(out))
    said = next((p for p in one if "钟楼烟火美食街开街" in p), None)
    assert said and "30余场" in said and "拉动全市消费近82亿元" in said, one
    assert "2023年春节期间，举办对接花湖机场临空消费展" in said, said  # its paragraph's 春节期间 of a page of 2023-02
    assert any(c.startswith("元宵嘉年华促消费（2023-02-06）") for c in comments_on(out, said)), comments_on(out, said)


def test_a_holidays_span_opening_a_statement_is_its_time(tmp_path):
    """春节期间，… of a page of February is that year's festival, the part of the year its figures are of; the same page dated
    January speaks of no festival known (the document's date dates it, as before)."""
    ws = unit_workspace(tmp_path / "ws", "黄石市商务局", "市商务局", "黄石市")
    _, facts, _ = distil_by_cli(tmp_path, ws, LANTERN_PAGE, "2023-02-06_元宵嘉年华促消费.txt")
    spring = first_saying(facts, "拉动全市消费近82亿元").period
    assert (spring.year, spring.basis, spring.part) == (2023, "text", "春节期间"), spring
    early = fact_saying(distil(tmp_path, ws, LANTERN_PAGE, "2023-01-30_元宵嘉年华促消费.txt"), "拉动全市消费近82亿元").period
    assert (early.year, early.part) == (2023, None), early


# hd43b: the tester's suggestion (/work/wt/hd43b/suggestion.txt), whole.
HEALTH_TITLE = "关于发展非遗乡村康养游的提案"
HEALTH_TOUR = (f"{HEALTH_TITLE}\n\n提案人：焦宏敏\n\n建议：\n一、发展非遗乡村康养游，开展非遗乡村果园采摘、农耕体验，打造八段锦功夫康养游。\n"
               "二、推动少林游向世界遗产游转变，由景区游向全域游转变。\n")
# …and a line of its seed 2020-07-13_市领导赴登封调研美丽乡村建设.txt (a page of no plan, so part two is the asks' own words).
DENGFENG_VISIT = "市领导赴登封调研 美丽乡村建设工作\n7月10日，市领导带领有关部门负责同志到登封市调研美丽乡村建设工作，察看了唐庄乡郭庄村、大冶镇垌头村。\n"


def test_part_two_leads_with_no_first_asks_words_its_first_item_says(tmp_path):
    """hd43b: 下一步我局将发展非遗乡村康养游，重点做好以下工作： / （一）发展非遗乡村康养游。 said the first ask twice in a row, and
    led the two asks with half of them: the lead-in names no matter then."""
    ws = unit_workspace(tmp_path / "ws", "登封市文化广电和旅游局", "市文广旅局", "登封市")
    options = ("--deputy", "hd43b", "--session", "市政协六届二次会议", "--type", "B", "--date", "2023-06-21", "--proposal")
    _, out = seeds_draft(tmp_path, ws, {"2020-07-13_市领导赴登封调研美丽乡村建设.txt": DENGFENG_VISIT}, "23", HEALTH_TITLE,
                         HEALTH_TOUR, *options)
    document = docx.Document(out)
    lead_in = part_two_of(document.paragraphs)[0].text
    items = part_two_texts(document)
    assert items[0].startswith("（一）发展非遗乡村康养游。") and items[1].startswith("（二）推动少林游向世界遗产游转变。"), items
    assert lead_in == "根据您的提案，下一步我局将重点做好以下工作：", lead_in


# hd44a: the tester's suggestion (/work/wt/hd44a/suggestion.txt), whole: a collective proposer.
SCIENCE_TITLE = "关于加快环九龙湖、环龙门湖科创带建设的建议"
SCIENCE_BELT = f"{SCIENCE_TITLE}\n\n提案人：科技界、松门镇委员联络组\n\n建议加快环九龙湖、环龙门湖科创带建设。\n"


def _reminders(tmp_path, deputy: str, text: str) -> list[str]:
    """The 提醒 lines of hd44a's command (``drafter draft`` through the CLI) with ``--deputy deputy`` and the suggestion ``text``."""
    tmp_path.mkdir(exist_ok=True)
    ws = unit_workspace(tmp_path / "ws", "温岭市科学技术局", "市科技局", "温岭市")
    (tmp_path / "suggestion.txt").write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "202502301", SCIENCE_TITLE, "--deputy", deputy, "--session",
                                      "温岭市政协十五届四次会议", "--type", "B", "--text", str(tmp_path / "suggestion.txt"),
                                      "--date", "2025-06-27", "--proposal", "-o", str(tmp_path / "d.docx")])
    assert result.exit_code == 0, result.output
    return [line for line in result.output.splitlines() if line.startswith("提醒：")]


def test_a_proposer_the_text_names_otherwise_is_reminded(tmp_path):
    """hd44a: --deputy hd44a, the text's 提案人：科技界、松门镇委员联络组 — one reminder naming both."""
    other = [r for r in _reminders(tmp_path, "hd44a", SCIENCE_BELT) if "科技界、松门镇委员联络组" in r]
    assert len(other) == 1 and "hd44a" in other[0] and "提案人" in other[0], other


def test_a_proposer_the_text_agrees_with_is_not_reminded(tmp_path):
    """The group given as the text names it, a person named first in 提案人：李洁等委员, or a text naming no proposer: no reminder."""
    assert not [r for r in _reminders(tmp_path / "a", "科技界、松门镇委员联络组", SCIENCE_BELT) if "联络组" in r]
    led = SCIENCE_BELT.replace("科技界、松门镇委员联络组", "李洁等委员")
    assert not [r for r in _reminders(tmp_path / "b", "李洁", led) if "李洁" in r]
    plain = SCIENCE_BELT.replace("提案人：科技界、松门镇委员联络组\n\n", "")
    assert not [r for r in _reminders(tmp_path / "c", "hd44a", plain) if "hd44a" in r]


# hd42a: the tester's suggestion (/work/wt/hd42a/suggestion.txt): the ask's works named by example.
SCHOOL_WORKS = (f"{INFRASTRUCTURE_TITLE}\n\n加强教育基础设施建设投入，如对共和初级中学运动场进行翻新硬化，将共和银丝完小办公楼屋顶改琉璃瓦，"
                "对共和中心完小教学楼原地重新修建。\n")


def test_part_two_takes_up_each_named_work(tmp_path):
    """hd42a: part one asks for each school's work; part two kept one line (加强教育基础设施建设投入。【待补充：具体举措】). The real
    reply answered each work in turn: each is an item of part two, highlighted and commented once in full."""
    ws = unit_workspace(tmp_path / "ws", "德江县教育局", "县教育局", "德江县")
    (ws.root / "drafter.yaml").write_text((ws.root / "drafter.yaml").read_text("utf-8") + "draft:\n  max_age: 10\n", "utf-8")
    options = ("--deputy", "hd42a", "--session", "县第十八届人大一次会议", "--type", "A", "--date", "2022-11-21")
    _, out = seeds_draft(tmp_path, ws, {"2014-06-01_德江一中复查评估教育投入.txt": INVESTMENT_PAGE}, "46", INFRASTRUCTURE_TITLE,
                         SCHOOL_WORKS, *options)
    items = part_two_texts(docx.Document(out))
    assert items == ["（一）加强教育基础设施建设投入。【待补充：具体举措】", "（二）对共和初级中学运动场进行翻新硬化。【待补充：具体举措】",
                     "（三）将共和银丝完小办公楼屋顶改琉璃瓦。【待补充：具体举措】", "（四）对共和中心完小教学楼原地重新修建。【待补充：具体举措】"], items
    notes = [n for item in items[1:] for n in comments_on(out, item)]
    assert [n.split("，")[0].split("：")[0] for n in notes] == ["建议点名的这项工作", "同前注（建议点名的工作）", "同前注（建议点名的工作）"], notes
