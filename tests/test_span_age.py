"""A statement of a span of years is as old as the span's end, not its first year (issue 8 item 5: a draft flags what is
older than Y−1 and leaves out what is older than max_age). What a finished span sums up (“十四五”期间…累计投入, 2021-2022年完成)
stands as of its end; what runs on (“十四五”以来, 2017年…以来) as of its source's date; never later than the source
(drafter.facts.measure.standing_year). Each test drafts or distils a real page of a held-out round as its bureau's clerk
would."""

from __future__ import annotations

from helpers import JIUJIANG_PRESS, SHILIN_37, distil, fact_saying, page_draft, part_one, unit_workspace

from drafter.facts.measure import fact_as_of, standing_year

# 淮南市交通运输局's reply of 2023-05-05 to 市十七届人大三次会议第182号代表建议 (held-out round hd25d), its text as saved.
HUAINAN_182 = """关于市十七届人大三次会议第182号代表建议的答复函
尊敬的朱杰代表:
您在市十七届人大三次会议期间提出的第182号《关于乡镇快递存在二次收费问题的建议》收悉,经研究办理,现答复如下:
建议中提出“加强农村物流基础设施建设,加大对农村道路交通的建设,落实好‘村村通’工程,提高物流配送效率”。大力建设农村道路,助力农村运输发展,一直是我局的主要工作,“十三五”时期以农村道路畅通工程、扩面延伸工程为抓手,建设农村公路3513公里,实现全市每个乡镇建成1条连接国省干线或县城的三级及以上公路,1条连同相邻乡镇最短捷且路面宽度5米以上公路,每个建制村及较大自然村通1条路面宽度不低于4.5米的硬化路,特殊区域特殊路段不低于3.5米,为完善农村运输网络提供坚实的交通设施基础。
“十四五”以来,按照《淮南市“十四五”交通运输发展规划》,我市“四好农村路”建设进入高质量发展阶段,交通运输部门重点提质改造县乡公路,建设不低于4.5米宽度村道,全力服务农村基础物流建设,2021-2022年完成农村公路提质改造工程283公里,不断提升农村公路网络体系、通达能力和安全保障水平。
根据您的建议,2023年我局将继续提质改造农村公路137公里,通过逐步拓宽乡村道路,加快实现农村地区运输更便捷、流通更高效、运输更安全、出行更宜人目标。
感谢您对我市交通运输事业的关注和支持,并期望您一如既往地关心支持我市交通运输事业发展。
办复类别:B类
联系电话:13855402597
联系人:胡晓炜
2023年5月5日
"""
# A deputy's suggestion on the same work (a probe of what the base covers).
RURAL_ROADS = """关于加快农村公路提质改造的建议
领衔代表：王某

建议：加快农村公路提质改造，拓宽乡村道路。
"""


def _huainan(tmp_path):
    return unit_workspace(tmp_path / "ws", "淮南市交通运输局", "市交通运输局", "淮南市", "田家庵区, 大通区, 凤台县, 寿县")


def test_a_span_stands_as_of_its_end_a_running_one_as_of_its_source(tmp_path):
    """The reply of 2023-05 speaks of three spans: “十三五”时期 (finished: as of 2020), “十四五”以来 (running: as of the reply,
    2023) and, inside it, 2021-2022年完成…283公里 (finished: 283公里 is 2022's)."""
    ff = distil(tmp_path, _huainan(tmp_path), HUAINAN_182, "182.txt")
    past, running = fact_saying(ff, "3513公里"), fact_saying(ff, "283公里")
    assert (past.period.year, fact_as_of(past, ff.source)) == (2016, 2020), past.period
    assert (running.period.year, fact_as_of(running, ff.source)) == (2021, 2023), running.period
    km = next(g for g in running.figures if g.raw == "283公里")
    assert standing_year(km.year, km.until, ff.source) == 2022, km


def test_a_running_spans_account_is_aged_by_its_source_not_its_first_year(tmp_path):
    """Drafted in 2025, the reply's “十四五”以来 account (2021 to 2023) was left out as 2021's, older than max_age (3 years):
    part one read 【待补充：…】 with 已收集的材料中只有2021年的相关情况…早于成文年份3年以上. It is 2023's, two years old: it
    fills part one, and its figure of 2021-2022 is flagged as of its span (h277: a total over years is named by them), older
    than the year before."""
    _, document = page_draft(tmp_path, _huainan(tmp_path), HUAINAN_182, RURAL_ROADS, "9", "关于加快农村公路提质改造的建议",
                             "--date", "2025-05-20", "--type", "B")
    one = "".join(part_one(document))
    assert "完成农村公路提质改造工程283公里【待更新：2024年全年数据】" in one, one
    notes = [c.text for c in document.comments]
    assert any("“283公里”：该数据为2021—2022年数据，早于上年（2024年）" in n for n in notes), notes
    assert not any("早于成文年份3年以上" in n for n in notes), notes


def test_a_finished_five_year_spans_sum_is_as_of_its_end(tmp_path):
    """“十四五”期间…累计投入达704.97亿元 in the press conference of 2025-12 was aged as 2021's: a draft of 2026-01 on school
    places left part one to write (已收集的材料中只有2021年的相关情况…早于成文年份3年以上) though the base says 新增学位4.8万个
    (hd25b fault 1, 2). The five years' sum is as of 2025: it fills the draft."""
    ws = unit_workspace(tmp_path / "ws", "九江市教育局", "市教育局", "九江市",
                        "浔阳区, 濂溪区, 柴桑区, 瑞昌市, 共青城市, 庐山市, 武宁县, 修水县, 永修县, 德安县, 都昌县, 湖口县, 彭泽县")
    suggestion = "关于加快中小学校新改扩建扩大学位供给的建议\n领衔代表：王某\n\n建议：加快中小学校新改扩建，扩大学位供给。\n"
    _, document = page_draft(tmp_path, ws, JIUJIANG_PRESS, suggestion, "9001", "关于加快中小学校新改扩建扩大学位供给的建议",
                             "--date", "2026-01-20", "--type", "B", name="2025-12-12_十四五新闻发布会市教育局专场.txt")
    assert "新增学位4.8万个" in "".join(part_one(document)), part_one(document)
    assert not any("早于成文年份" in c.text for c in document.comments), [c.text for c in document.comments]


def test_a_running_spans_account_without_figures_fills_a_draft_while_fresh(tmp_path):
    """石林's reply of 2020-11 says 2017年健康扶贫工作开展以来，县委、县政府投入了大量人、财、物力对村卫生室进行整治、重建、改造
    (2017 to 2020, tests/test_heldout_round70.py): aged as 2017's, a draft of 2022 left it out as older than max_age. It is
    2020's: part one carries it, and the comment says the material is of 2020-11 and asks for 2021's."""
    ws = unit_workspace(tmp_path / "ws_sl", "石林彝族自治县卫生健康局", "县卫生健康局", "石林彝族自治县", "鹿阜街道, 石林街道")
    clinic = "关于重建新建村卫生室的建议\n领衔代表：王红兰\n\n建议：在原水塘铺小学老校址空地上新建水塘铺村卫生室，尽快启动重建工作。\n"
    _, document = page_draft(tmp_path, ws, SHILIN_37, clinic, "122", "关于重建新建村卫生室的建议", "--date", "2022-05-20",
                             "--type", "B")
    assert "2017年健康扶贫工作开展以来，县委、县政府投入了大量人、财、物力对村卫生室进行整治、重建、改造" in "".join(part_one(document))
    assert any("最新的是2020年11月" in c.text and "请收集2021年全年" in c.text for c in document.comments), \
        [c.text for c in document.comments]
