"""hx60d1: figure faults the held-out tests hd60a (昌黎县民政局) and hd60b (黄冈市发改委) found in distilled figures, each on its
seed's real lines (hd60b's page is in traditional characters: its lines here as the reader simplifies them).

- Counts paired before a colon and the list of their names (辖8个镇、8个乡：昌黎镇…) keep each its own noun (镇, 乡), as they do
  without the list.
- A reign's year (金大定二十九年（1189年）) is a date, no figure of 29 years.
- The figures of a statement share the year it states where no clause states its own: all of 到2023年…'s targets, the counts after
  2002年…人口约54.85万人。 and after 2007年4月30日，…。 — not only those of the sentence naming the year.
- A unit with its denominator is kept whole (路网密度2公里/平方公里); a vehicle's class by its seats (9座以下客车) is no figure; a
  label keeps its town (城镇新增就业, not 新增就业, the whole's); a count of things naming no kind alone is named by what they can
  be done by (238个事项…可跨城通办: 跨城通办事项).
"""

from __future__ import annotations

from helpers import distil, figure_labels, first_saying, unit_workspace

from drafter.distill.figures import find_figures


# seeds/2010-11-01_changli_lishi_yange.txt of hd60a (xzqh.org): its head, the reign-year paragraph and the 1996, 2002 and 2007
# paragraphs.
CHANGLI = ("URL: http://www.xzqh.org/html/show/he/3305.html\n昌黎县历史沿革\n\n"
           "据传,昌黎为黎民百姓昌盛兴旺之意。辽置广宁县(治今县城)。金大定二十九年(1189年)改为昌黎县(实际与昌黎旧郡无关)。"
           "元、明、清均沿袭,先后为永平路、永平府属县。\n\n"
           "1996年,昌黎县面积1212.4平方千米,人口约53.8万人,辖8个镇、8个乡:昌黎镇、新集镇、大蒲河镇、泥井镇、刘台庄镇、靖安镇、"
           "安山镇、龙家店镇、茹荷乡、十里铺河乡、两山乡、葛条港乡、马坨店乡、荒佃庄乡、朱各庄乡、团林乡。县政府驻昌黎镇。\n\n"
           "2002年,昌黎县面积1212.1平方千米,人口约54.85万人。辖10个镇、6个乡:昌黎镇、靖安镇、安山镇、龙家店镇、泥井镇、大蒲河镇、"
           "新集镇、刘台庄镇、茹荷镇、朱各庄镇、团林乡、葛条港乡、马坨店乡、荒佃庄乡、两山乡、十里铺乡。共有5个社区、446个行政村。"
           "县政府驻昌黎镇。\n\n"
           "2007年4月30日,荒佃庄正式撤乡设镇。调整后,昌黎县辖11个镇、5个乡。\n")
# seeds/2021-06-01_huanggang-rongru-wuhan-chengshiquan-xingdong-fangan.txt of hd60b: its 发展目标 (the action plan's targets).
TARGETS_2023 = ("二、发展目标\n"
                "到2023年,经济发展水平显著提升,地区生产总值达到2850亿元,常住人口城镇化率达到53%;基础设施联通水平显著提升,"
                "交通基础设施同城化初步构建,全面融入武汉公交线路、站场和公交换乘枢纽,路网密度达到2公里/平方公里,“1小时通勤圈”全面形成;"
                "产业融合发展水平显著提升,规上工业总产值突破2000亿元,工业增加值占GDP比重达到40%左右,战略性新兴产业增加值占GDP比重达"
                "10%以上。生态环保共治水平显著提升,细微颗粒物(PM2.5)平均浓度低于35ug/m,森林覆盖率达44%,城市空气质量优良天数比率达到"
                "85%以上,跨界河流断面水质达标率达到100%,单位GDP能耗下降完成省定任务;公共服务便利共享水平显著提升,实现基本公共服务均等化,"
                "人均公共财政支出达到2万元,城镇新增就业20万人,劳动年龄人口平均受教育年限达到11年,人均期望寿命达到78岁。\n")
# seeds/2023-06-02_huanggang-wuhan-dushiquan-zhongyao-gongnengqu.txt of hd60b: its fifth paragraph's opening.
ANSWERS_2023 = ("这是一份鼓舞人心的黄冈答卷——黄黄高铁建成通车,鄂黄长江大桥9座以下客车实现惠民免费通行,燕矶长江大桥、武红高速等"
                "硬联通项目加快建设;武汉都市圈已实现410个政务服务事项自助服务互通互办,238个事项在武汉和黄冈间可跨城通办;")


def test_counts_before_a_colon_list_keep_their_nouns():
    said = [(g.raw, g.counts) for g in find_figures(CHANGLI.split("\n\n")[2])]
    assert said[1:] == [("8个", "镇"), ("8个", "乡")]  # (the second was 镇)
    said = [(g.raw, g.counts) for g in find_figures(CHANGLI.split("\n\n")[3])]
    assert said[1:3] == [("10个", "镇"), ("6个", "乡")]  # (the second was 镇)


def test_reign_year_is_no_figure():
    assert find_figures(CHANGLI.split("\n\n")[1]) == []  # (was 二十九年: 29 年 of 金大定)
    # (a duration stays one; not the time a work took, 历时二十九年建成: a span, no count, dx62)
    assert [g.raw for g in find_figures("清光绪三十年设立学堂，办学二十九年。")] == ["二十九年"]


def test_figures_share_the_year_their_statement_states(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", "昌黎县民政局", "县民政局", "昌黎县"), CHANGLI,
                "2010-11-01_changli_lishi_yange.txt")
    assert {g.raw: g.year for g in first_saying(ff.facts, "2002年").figures} == {
        "约54.85万人": 2002, "10个": 2002, "6个": 2002, "5个": 2002, "446个": 2002}  # (the four counts had none)
    assert [g.year for g in first_saying(ff.facts, "2007年").figures] == [2007, 2007]
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws2", "黄冈市发展和改革委员会", "市发改委", "黄冈市"), TARGETS_2023,
                "2021-06-01_huanggang-rongru-wuhan-chengshiquan-xingdong-fangan.txt")
    fact = first_saying(ff.facts, "到2023年")
    assert len(fact.figures) == 12 and {g.year for g in fact.figures} == {2023}  # (the six after its first sentence had none)


def test_units_classes_and_labels():
    targets = {g.raw: (g.unit, g.counts) for g in find_figures(TARGETS_2023)}
    assert targets["2公里/平方公里"] == ("公里/平方公里", "路网密度")  # (was 2公里)
    assert targets["20万人"] == ("人", "城镇新增就业")  # (was 新增就业)
    answers = figure_labels(ANSWERS_2023)
    assert "9座以下" not in answers  # (was 9 座 of 客车)
    assert answers["238个"] == "跨城通办事项"  # (was 事项)
    assert figure_labels("城镇新增就业25.79万人,农村劳动力转移就业294.43万人。")["294.43万人"] == "农村劳动力转移就业"  # (was 新增农村…)
