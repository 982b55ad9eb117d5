"""Findings of held-out round hd46b (威海市环翠区文化和旅游局, a district's bureau, 区政协十届三次会议第24号提案《关于促进释放旅游
消费潜力的建议》): a city's page listing villages per county, a city's page naming the district as the doer.

The pages are real lines of the seeds the tester distilled (named in each test), distilled through the public path of
``drafter distill``.
"""

from __future__ import annotations

from helpers import distil_by_cli, first_saying, unit_workspace

# seeds/2022-09-01_威海27个村庄入选省级名单.txt (a 威海 news page), its lede, its two lists (a part of each) and its last paragraph.
VILLAGES = """省级名单公布!威海27个村庄入选

2022-09-01 编辑: 仲鹤

      日前,由省文化和旅游厅组织评选的2022年度全省乡村旅游重点村、第三批山东省景区化村庄正式公布,环翠区张村镇姜家疃村等7个村庄、文登区泽头镇峰山村等20个村庄分别入选。

      2022年度山东省乡村旅游重点村入选名单

      (威海部分)

      环翠区张村镇姜家疃村

      文登区泽库镇港南村

      荣成市成山镇西霞口村

      乳山市白沙滩镇徐家塂村

      第三批山东省景区化村庄入选名单

      (威海部分)

      环翠区孙家疃街道伴海社区

      环翠区张村镇福德庄村

      环翠区桥头镇南子城村

      文登区泽头镇峰山村

      荣成市港湾街道大鱼岛村

      乳山市沙滩镇白沙滩村

      乳山市崖子镇青山村

      据介绍,截至目前,我市已有18个山东省乡村旅游重点村、64个山东省景区化村庄。我市将不断加大对村庄的培育力度,提升村庄的管理服务水平,让更多的优质村庄成为乡村旅游的重要载体,进一步推动我市乡村
"""


def _huancui(tmp_path):
    return unit_workspace(tmp_path / "ws", "威海市环翠区文化和旅游局", "区文旅局", "环翠区")


def test_a_citys_page_whose_headline_names_it_after_an_exclamation_is_the_citys(tmp_path):
    """hd46b F1: the page was filed 乳山市's, the city of the county-level cities its lists name most (乳山市…村 ×2 here, ×6 in the
    seed), its 我市 figures with it: its headline names its city short after an exclamation (省级名单公布！威海27个村庄入选),
    a headline's halves parted as by a colon."""
    _, facts, source = distil_by_cli(tmp_path, _huancui(tmp_path), VILLAGES, "2022-09-01_威海27个村庄入选省级名单.txt")
    assert source.jurisdiction == "威海市", source
    total = first_saying(facts, "我市已有18个山东省乡村旅游重点村")
    assert total.jurisdiction == "威海市" and total.external, total


def test_the_lines_of_a_list_named_by_its_heading_are_no_headings(tmp_path):
    """hd46b F1: a list under a heading that is its name, no colon, a note in brackets under it (第三批山东省景区化村庄入选名单 /
    （威海部分） / 环翠区孙家疃街道伴海社区 / …), its lines unnumbered: they were read as headings, the last (乳山市崖子镇青山村)
    the section of the page's 我市 figures. No line of a list heads anything."""
    _, facts, _ = distil_by_cli(tmp_path, _huancui(tmp_path), VILLAGES, "2022-09-01_威海27个村庄入选省级名单.txt")
    assert all(not f.section for f in facts), [(f.text, f.section) for f in facts]
    assert not any("名单" in f.text or "威海部分" in f.text for f in facts), [f.text for f in facts]


def test_a_citys_list_naming_the_district_gives_the_district_its_lines_as_one_fact(tmp_path):
    """hd46b F1: the lines naming 环翠区's villages were no facts at all. As a province's list naming the city gives the city its
    line (hd42c), a city's list naming the district gives the district its lines: the list as its heading names it, the
    district's lines of one list one statement; another county's lines none."""
    _, facts, _ = distil_by_cli(tmp_path, _huancui(tmp_path), VILLAGES, "2022-09-01_威海27个村庄入选省级名单.txt")
    key = first_saying(facts, "姜家疃村入选")
    assert key.text == "2022年度，环翠区张村镇姜家疃村入选山东省乡村旅游重点村。", key.text
    assert key.jurisdiction == "环翠区" and not key.external and key.period.year == 2022, key
    scenic = first_saying(facts, "伴海社区")
    assert scenic.text == "环翠区孙家疃街道伴海社区、环翠区张村镇福德庄村、环翠区桥头镇南子城村入选第三批山东省景区化村庄。", scenic.text
    assert scenic.jurisdiction == "环翠区" and not scenic.external and scenic.period.year == 2022, scenic
    assert not any(v in f.text for f in facts for v in ("港南村", "西霞口村", "大鱼岛村", "青山村")), [f.text for f in facts]


# seeds/2022-06-28_威海重点文旅项目快速推进.txt (威海新闻网), its third paragraph.
DEMONSTRATION = """威海重点文旅项目快速推进

威海新闻网讯 连日来,威海旅游好消息不断:在2022山东省旅游发展大会开幕式上,威海文旅集团和山东土发集团就马栏湾文旅康养项目现场签约;文登区入选第三批省级全域旅游示范区;全市65个重点文旅项目快速推进,部分项目已投入市场,全市旅游产业转型升级跑出“加速度”。
“在文登区上榜第三批省级全域旅游示范区前,荣成市、环翠区已先后入选首批、第二批省级全域旅游示范区。目前,我市总体获评数量占比全省第一。”市文化和旅游局工作人员说,在稍早前公布的第四批山东省“十强”产业“雁阵形”集群名单中,威海市全域旅游产业集群成功入选,是今年全省唯一获此荣誉的精品旅游产业集群。
"""


def test_a_citys_sentence_listing_the_district_as_its_subject_is_the_districts(tmp_path):
    """hd46b F2: 「荣成市、环翠区已先后入选首批、第二批省级全域旅游示范区」 of a 威海 page was filed in one fact with the city's
    figures after it, 威海市's and external: a sentence whose subject lists the workspace's place among others is its own
    statement, the place's; the city's sentences after it stay the city's (我市总体获评数量占比全省第一), the quotation closed
    where it is cut."""
    _, facts, source = distil_by_cli(tmp_path, _huancui(tmp_path), DEMONSTRATION, "2022-06-28_威海重点文旅项目快速推进.txt")
    assert source.jurisdiction == "威海市", source
    own = first_saying(facts, "荣成市、环翠区已先后入选")
    assert own.text == "在文登区上榜第三批省级全域旅游示范区前，荣成市、环翠区已先后入选首批、第二批省级全域旅游示范区。", own.text
    assert own.jurisdiction == "环翠区" and not own.external, own
    city = first_saying(facts, "我市总体获评数量占比全省第一")
    assert city.text.startswith("“目前，我市总体获评数量占比全省第一。”市文化和旅游局工作人员说"), city.text
    assert city.jurisdiction == "威海市" and city.external, city


# seeds/2021-06-08_环翠区华夏城生态文旅.txt (a 威海 news page of 2021-06-08), its headline and the paragraph of 华夏城's visitors.
HUAXIA = """环翠区:让“绿水青山”更好惠及群众

2021-06-08 编辑: 宋倩

      在做好生态恢复的同时,华夏城因地制宜发展生态文旅业态。2020年新打造的龙山花谷花开遍地、美不胜收;寿山桃园对原有的三面寿星景点重新设计,成为游客登高游玩的新去处;踏上5D高空玻璃桥,远处是青山碧水,脚下是十里松林,惊险又刺激,成为威海网红打卡新地标。今年1-4月份,华夏城接待游客30.8万人次,较2019年同期增长48.1%。
"""


def test_the_year_a_thing_was_made_is_not_the_statements(tmp_path):
    """hd46b F5: the fact of 华夏城's visitors 「今年1-4月份…30.8万人次」 (2021's) was dated 2020 by 「2020年新打造的龙山花谷」: a year
    before a thing made and 的 (2020年新打造的…, 2019年建成的…) is the thing's, as a list's year is (入选2022年…名单)."""
    _, facts, _ = distil_by_cli(tmp_path, _huancui(tmp_path), HUAXIA, "2021-06-08_环翠区华夏城生态文旅.txt")
    visitors = first_saying(facts, "30.8万人次")
    assert visitors.period.year == 2021, visitors.period


# seeds/2024-04-29_省长点名推介威海文旅.txt (大众网), its head and first lines.
GOVERNOR = """省长“点名”推介!威海这些地方你去过几个?

2024-04-29 10:34:30 来源: 大众网 作者:

  4月25日,2024山东省文旅产业高质量发展大会,在临沂召开。山东省委副书记、省长周乃翔致辞,向世界推介山东!

  值得关注的是!推介词中提到7处威海的文旅资源!看!省长推介词中的威海!

  “仙山之祖”昆嵛山的云海奇景

峰峦绵延,林深谷幽

  “东隅屏藩”刘公岛

刘公岛不只是一座普通小岛

它是是甲午战争纪念地
"""


def test_a_page_on_a_citys_sights_a_province_head_named_is_the_citys(tmp_path):
    """hd46b F5: the page was filed 山东省's, whose 省长 and 大会 its lede names: its headline names 威海 after an exclamation
    (省长“点名”推介！威海这些地方你去过几个？), the city its page speaks of."""
    _, _, source = distil_by_cli(tmp_path, _huancui(tmp_path), GOVERNOR, "2024-04-29_省长点名推介威海文旅.txt")
    assert source.jurisdiction == "威海市", source


# seeds/2023-02-28_威海市文旅局2023年工作要点.txt, its last two tasks, the page cut in the second.
TASKS = """威海市文化和旅游局2023年工作要点

发布时间:2023/02/28 09:25 信息来源:威海市文化和旅游局

一、持续深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神

1.坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂。丰富“文旅大讲堂”内容,抓好三会一课等党内政治生活,切实提升全系统理论水平。〔牵头科室:人事教育科(机关党委)〕

2.持续深入学习宣传党的二十大精神。举办党的二十大精神学习体会分享交流会,巩固学习成果,实现学习教育高质量、全覆盖。积极参加市直机关
"""


def test_a_page_cut_after_a_task_tagged_with_its_unit_is_cut(tmp_path):
    """hd46b F5: 「积极参加市直机关」, where the page was cut, was kept in a plan: the task before it ends on its unit's tag
    (〔牵头科室：人事教育科（机关党委）〕), after its stop — the page keeps its stops, and is cut."""
    _, facts, _ = distil_by_cli(tmp_path, _huancui(tmp_path), TASKS, "2023-02-28_威海市文旅局2023年工作要点.txt")
    last = first_saying(facts, "学习体会分享交流会")
    assert last.text == "举办党的二十大精神学习体会分享交流会，巩固学习成果，实现学习教育高质量、全覆盖。", last.text


def test_places_listed_with_their_figures_give_the_district_none():
    """…but a sentence of figures whose subject lists places (荣成市、环翠区分别完成投资5亿元、3亿元) is none of them alone: the
    figures may be each place's or theirs together (the line above, given figures)."""
    from drafter.distill.facts import joint_subject

    said = "在文登区上榜第三批省级全域旅游示范区前，荣成市、环翠区已先后入选首批、第二批省级全域旅游示范区。"
    assert joint_subject(said) == ["荣成市", "环翠区"]
    assert joint_subject("荣成市、环翠区分别完成投资5亿元、3亿元。") == []
