"""Held-out round hd22 (武汉市人社局, 天台县交通运输局, 龙陵县教体局, 甘南州林草局): figures, their labels, dates and titles a
page gives that drafter read wrongly.

Each test distils an excerpt of a tester's real seed (its lines as the page prints them) through the public path a user's
``drafter distill`` takes, in a workspace of the bureau.
"""

from __future__ import annotations

from helpers import LONGLING_2020, distil, unit_workspace

from drafter.distill.figures import find_figures

# 中国绿色时报_合作市成立林业和草原局.txt (hd22d): an undated news piece, its headline a unit's founding.
FOUNDED = """甘肃省合作市成立林业和草原局

近日,甘肃省合作市林业和草原局挂牌成立。这是自上一轮机构改革以来,甘南藏族自治州第一个恢复组建的县市级林草局。

甘南州地处青藏高原东北边缘和黄河、长江两大水系的分水岭地区,是黄河上游重要水源涵养区,是国家重要生态安全屏障区。甘南州也是甘肃省最大的天然林区和高寒草甸区,森林覆盖率17.81%,草原植被盖度97.14%。全州林草湿总面积占全州国土面积的92.98%。境内有各级各类自然保护地32个,其中国家级自然保护区4个、省级自然保护区4个、自然公园24个,占国土总面积的43.7%。

据了解,在2024年新一轮党政机构改革中,甘南州8个县市中的合作市、卓尼县、迭部县、舟曲县将独立设置林业和草原局。 (王涛 丁磊 曹官保)

来源:中国绿色时报
"""


def _gannan(root):
    return unit_workspace(root, "甘南藏族自治州林业和草原局", "州林草局", "甘南州",
                          "合作市, 临潭县, 卓尼县, 舟曲县, 迭部县, 玛曲县, 碌曲县, 夏河县")


def test_a_headline_of_a_units_founding_is_the_title_not_the_issuer(tmp_path):
    """A headline telling that a unit was founded (…成立林业和草原局) ends in a unit's word but is no unit's name: it is the
    news piece's title; its issuer is the paper that printed it."""
    ff = distil(tmp_path, _gannan(tmp_path / "ws"), FOUNDED, "中国绿色时报_合作市成立林业和草原局.txt")
    assert ff.source.title == "甘肃省合作市成立林业和草原局"
    assert ff.source.issuer == "中国绿色时报"


# 武汉市人社局 2024年工作总结 (hd22a seed2): a count after 签约, a word ending in 约.
SIGNED = """武汉市人力资源和社会保障局2024年工作总结

2024年，市人社局坚持就业优先，帮助高校毕业生实现就业或签约8万余名，城镇新增就业23.5万人。
"""


def test_a_count_after_a_word_ending_in_yue_is_no_approximation(tmp_path):
    """签约8万余名: 约 is the end of 签约, not "about": the figure is 8万余名 and counts 就业或签约."""
    ws = unit_workspace(tmp_path / "ws", "武汉市人力资源和社会保障局", "市人社局", "武汉市")
    ff = distil(tmp_path, ws, SIGNED, "2024年工作总结.txt")
    figure = next(f for fact in ff.facts for f in fact.figures if f.value == 8)
    assert (figure.raw, figure.counts) == ("8万余名", "就业或签约")


# 甘南州林草局_第94号建议答复_2022.txt (hd22d): areas in the unit's symbol, hm2 (hectares).
HECTARES = ("项目治理措施包括:渣堆平整、覆土绿化、坡面清理、客土喷播、排水沟、危岩清理,栽植甘南小檗并播撒草种等;"
            "重建生态区治理面积10.47hm2,辅助再生区治理面积21.21hm2。目前即将完工。")


def test_an_area_in_hectares_by_symbol_is_a_figure():
    """10.47hm2 (hm², a hectare) is a figure as 10.47公顷 is, named by what was restored."""
    assert [(f.raw, f.counts) for f in find_figures(HECTARES)] == [
        ("10.47hm2", "重建生态区治理面积"), ("21.21hm2", "辅助再生区治理面积")]


def test_a_figures_label_names_what_it_counts_and_no_more(tmp_path):
    """FOUNDED's figures: 8个县市中的合作市 counts 县市 (合作市 one of them, picked out); 林草湿总面积占全州国土面积的92.98% is
    the share of 林草湿总面积, not of 国土面积; the 43.7% after 32 protected areas' parts (其中…4个、…4个、…24个) is the
    32's share, not the last part's."""
    counts = {f.raw: f.counts for f in find_figures(FOUNDED)}
    assert counts["8个"] == "县市"
    assert counts["92.98%"] == "林草湿总面积占国土面积"
    assert counts["43.7%"] == "自然保护地占国土总面积"
    assert counts["24个"] == "自然公园"


# 甘南州林草局_第113号建议答复_2021.txt (hd22d): its page's date has a year of two digits; its number's year says which.
REPLY_113 = """打开适老化 | 无障碍 | 设为首页 | 加入收藏
建议提案办理
当前位置: 网站首页 >> 政务信息公开 >> 法定主动公开内容 >> 建议提案办理
甘南州林业和草原局关于对州十六届人大六次会议第113号建议的答复
发布日期:21/09/24 15:59:22 作者:林草局 点击数: 来源:

A

州林草造字〔2021〕105号

甘南州林业和草原局关于对

州十六届人大六次会议第113号建议的答复

闹交、尕让草、沙木九代表:

您在州十六届人大六次会议上提出的“关于落实国土绿化项目资金解决群众苗木滞销问题的建议”收悉,现答复如下:

一是争取落实新一轮退耕还林1600亩,投资256万元,占全州退耕还林总任务的50%,解决当地群众各类苗木26.7万株。
"""


def test_a_page_date_with_a_two_digit_year_is_read_where_the_number_says_which(tmp_path):
    """发布日期:21/09/24 under 州林草造字〔2021〕105号 is 2021-09-24 (21 the year, as the number's); with no other date or year
    to say which part is the year (2024-09-21? 2021-09-24?), it is not guessed."""
    ff = distil(tmp_path, _gannan(tmp_path / "ws"), REPLY_113, "甘南州林草局_第113号建议答复.txt")
    assert ff.source.date == "2021-09-24"
    ff = distil(tmp_path, _gannan(tmp_path / "ws2"), REPLY_113.replace("州林草造字〔2021〕105号", ""), "no_number.txt")
    assert ff.source.date is None


# 天台投入4500万元启动为民办实事交通项目 (hd22b): a news page dated day first.
NEWS_2015 = """台州天台投入4500万元启动为民办实事交通项目

19.06.2015  21:23
  为办好省、市政府为民办实事项目的农村公路提升改造,目前,台州天台投入4500万元启动为民办实事交通项目,涉及农村公路提升改造、路面大中修工程、安保工程等多个项目,计160多公里,建成港湾式停靠站50个。(天台县交通运输局 齐优涛 齐晓萍报送)
"""


def test_a_date_written_day_first_is_read(tmp_path):
    """19.06.2015 (day.month.year) is 2015-06-19."""
    ws = unit_workspace(tmp_path / "ws", "天台县交通运输局", "县交通运输局", "天台县")
    assert distil(tmp_path, ws, NEWS_2015, "天台投入4500万元启动为民办实事交通项目.txt").source.date == "2015-06-19"


def test_a_row_of_a_pages_metadata_table_is_never_a_title(tmp_path):
    """龙陵县教育体育局_2020_朝阳幼儿园搬迁建议答复.txt (hd22c, helpers.LONGLING_2020) has no title, its metadata table's rows over
    it: 公开目录 | 人大建议办理结果 | 发布日期 | 2020-08-24 is a row of the page's fields, no title: the reply is titled by the
    suggestion it answers."""
    ws = unit_workspace(tmp_path / "ws", "龙陵县教育体育局", "县教育体育局", "龙陵县")
    ff = distil(tmp_path, ws, LONGLING_2020, "龙陵县教育体育局_朝阳幼儿园搬迁建议答复.txt")
    assert ff.source.title == "对《关于立项搬迁象达镇朝阳幼儿园的建议》的答复"


# Made-up lines (worded as work reports word them): 约 after a word that ends in a character of a 约-word (损失/失约,
# 折合/合约, 持续/续约, 供应/应约, 筹集/集约) is still "about", while 签约/节约/预约 keep their 约.
ABOUT_AFTER_WORDS = ("受灾企业直接经济损失约500万元。项目总投资折合约1200万元。旱情持续约3年。全年供应约3万吨。"
                     "多方筹集约2000万元。全市节约1200万元。全年预约3万人次。")


def test_yue_after_a_words_last_character_is_about():
    """损失约500万元 is about 500万元 of 损失; only a whole word ending in 约 (节约, 预约) keeps it in the label."""
    raws = [f.raw for f in find_figures(ABOUT_AFTER_WORDS)]
    assert raws == ["约500万元", "约1200万元", "约3年", "约3万吨", "约2000万元", "1200万元", "3万人次"]
    counts = {f.raw: f.counts for f in find_figures(ABOUT_AFTER_WORDS)}
    assert counts["约500万元"].endswith("损失") and counts["约1200万元"].endswith("折合")
    assert counts["1200万元"] == "节约" and counts["3万人次"].endswith("预约")
