"""Held-out rounds hd23b (广元市利州区财政局, 四川) and hd23c (郑州市科学技术局, 河南): figures' years, owners and labels.

Each test distils a short excerpt of a real page the testers saved (its words as the page prints them, half-width commas
kept) through the public path a user's ``drafter distill`` takes, in a workspace of the bureau that tested it.
"""

from __future__ import annotations

import docx
import yaml
from click.testing import CliRunner

from drafter.cli import cli
from helpers import distil, unit_workspace


def _lizhou(tmp_path):
    return unit_workspace(tmp_path / "ws", "广元市利州区财政局", "区财政局", "利州区")


def _zhengzhou(tmp_path):
    return unit_workspace(tmp_path / "ws", "郑州市科学技术局", "市科技局", "郑州市", "中原区, 二七区, 金水区")


def _figure(ff, raw: str):
    return next(g for f in ff.facts for g in f.figures if g.raw == raw)


# 广元市昭化区财政局's reply to 区七届人大三次会议第36号建议 (2018-07-22), its opening and its paragraph of money.
ZHAOHUA_36 = """关于区七届人大三次会议第36号建议的答复
张德康、邓洪钧等人大代表:
你们提出的《关于保障库区乡镇维稳工作经费加快库区经济社会发展的建议》收悉,现答复如下:
为了保障维稳支出,我局将驻广移民工作经费纳入年初预算统一下达给扶贫移民局,2017年、2018年分别预算30万元、50万元,目前亭子口库区相关乡镇设有移民工作站3个,工作组15个,党支部12个,人员工资和办公经费全部按川办发〔2012〕60号文件和2014年4月30日区委、区政府组建驻广元城区移民工作机构专题会议纪要精神执行,足额保障。除此之外,2017年年末又对维稳支出较大的虎跳镇、青牛乡、红岩镇分别追加8万元、7万元、5万元的维稳工作经费,减轻了移民乡镇的经费压力。
广元市昭化区财政局
2018年7月22日
"""

# 郑州晚报 of 2022-09-08, 郑州多项科技创新指标实现大幅跃升: the paragraph of the city's gains from 2018 to 2021.
ZHENGZHOU_GAINS = """郑州多项科技创新指标实现大幅跃升
2022-09-08
2018年至2021年,全市社会研发投入强度由1.74%增长至2.45%,首次超过全国平均水平(2.44%),增速在九个国家中心城市中居前列;高新技术企业总量由1323家增长到4130家,增长2.1倍,增速在九个国家中心城市中居第一,全省占比49.3%;技术合同成交额由82.3亿元,增长到306.5亿元,增长2.7倍,增速在九个国家中心城市中居第一,全省占比50.3%。
"""


def test_years_listed_before_respectively_pair_with_the_figures(tmp_path):
    """2017年、2018年分别预算30万元、50万元 filed 30万元 as 2018's: 分别 pairs the years listed with the figures in order."""
    ff = distil(tmp_path, _lizhou(tmp_path), ZHAOHUA_36, "zhaohua_czj_reply_2018.txt")
    assert (_figure(ff, "30万元").year, _figure(ff, "50万元").year) == (2017, 2018)
    assert _figure(ff, "8万元").year == 2017  # (one year before 分别: each figure that year's)


def test_a_change_over_a_span_dates_its_two_ends(tmp_path):
    """2018年至2021年，…由1.74%增长至2.45% dated every figure 2018–2021: the value a change starts from is the span's first
    year's, the one it reaches its last year's; what it grew by stays the span's."""
    ff = distil(tmp_path, _zhengzhou(tmp_path), ZHENGZHOU_GAINS, "2022-09-08_郑州晚报_郑州多项科技创新指标实现大幅跃升.txt")
    for start, end in (("1.74%", "2.45%"), ("1323家", "4130家"), ("82.3亿元", "306.5亿元")):
        assert (_figure(ff, start).year, _figure(ff, start).until) == (2018, None)
        assert (_figure(ff, end).year, _figure(ff, end).until) == (2021, None)
    assert (_figure(ff, "2.1倍").year, _figure(ff, "2.1倍").until) == (2018, 2021)


def test_a_wider_scopes_average_is_that_scopes(tmp_path):
    """首次超过全国平均水平（2.44%） filed the nation's average as 郑州's own 社会研发投入强度: a figure named as a wider scope's
    average is that scope's; the city's own figures stay the city's."""
    ff = distil(tmp_path, _zhengzhou(tmp_path), ZHENGZHOU_GAINS, "2022-09-08_郑州晚报_郑州多项科技创新指标实现大幅跃升.txt")
    assert _figure(ff, "2.44%").place == "全国"
    assert _figure(ff, "2.45%").place is None and not next(f for f in ff.facts if f.figures).external


# The same page's head as 郑州晚报 prints it (no date of its own: the clerk named the file by it, after the paper's name).
ZHENGZHOU_PAGE = """第AA02版:奋进新征程 建功新时代 上一版3  4下一版
郑州多项科技创新指标实现大幅跃升
返回主页 | 郑州晚报 | 标题导航 | 郑州日报
上一期  下一期
郑州多项科技创新指标实现大幅跃升
省人大常委会调研组给予点赞
本报讯(正观新闻·郑州晚报记者 董艳竹) 昨日,省人大常委会副主任徐济超带领调研组来到郑州,调研指导科技创新工作。
""" + ZHENGZHOU_GAINS.split("\n", 2)[2]


def _distil_named(tmp_path, name: str):
    ws = _zhengzhou(tmp_path)
    (tmp_path / name).write_text(ZHENGZHOU_PAGE, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / name)])
    assert result.exit_code == 0, result.output
    return result.output, yaml.safe_load(next((ws.root / "facts").glob("*.yaml")).read_text("utf-8"))


def test_a_date_inside_a_files_name_is_read(tmp_path):
    """郑州晚报_2022-09-08_….txt was “未写明成文日期” and the reminder proposed 2025-06-30_郑州晚报_2022-09-08_….txt: the one date
    a file's name holds between its words is the page's."""
    output, facts = _distil_named(tmp_path, "郑州晚报_2022-09-08_郑州多项科技创新指标实现大幅跃升.txt")
    assert str(facts["source"]["date"]) == "2022-09-08" and "未写明成文日期" not in output


def test_a_name_of_two_dates_is_not_told_to_take_a_third(tmp_path):
    """A name holding two dates reads neither; the reminder asks to keep the one date, not to put another in front."""
    output, facts = _distil_named(tmp_path, "郑州晚报_2022-09-08_转载_2023-01-05_郑州多项科技创新指标.txt")
    said = output.replace("\n", "")  # (the reminder as the terminal wraps it)
    assert facts["source"]["date"] is None and "未写明成文日期" in said
    assert "只保留成文日期" in said and "-06-30_" not in said


def test_a_number_with_its_year_in_brackets_is_taken_and_printed_as_given(tmp_path):
    """郑州's held-out item, 关于市十六届人大第二次会议第B(2024)182号建议的答复: B(2024)182 was refused (建议号应为数字…) and
    typed as B182 the title said 第B182号; the forms bureaus number items by are taken and the title prints them as given."""
    ws = _zhengzhou(tmp_path)
    for typed, said in (("B(2024)182", "第B(2024)182号"), ("〔2024〕182", "第〔2024〕182号"), ("2024-182", "第2024-182号")):
        out = tmp_path / f"{said}.docx"
        result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", typed, "关于进一步提升科技成果转化水平的建议",
                                          "--session", "市十六届人大第二次会议", "--deputy", "刘赛赛", "-o", str(out)])
        assert result.exit_code == 0, result.output
        title = "".join(p.text for p in docx.Document(out).paragraphs[:8])
        assert f"关于市十六届人大第二次会议{said}建议的答复" in title, title


# 苍溪县财政局's reply to 第69号建议 (2019), its paragraph of the towns' sewage plants.
CANGXI_69 = """关于县十七届人大三次会议第69号建议的答复
你提出的关于增加投入,确保乡场镇污水处理正常运行的建议收悉,现答复如下:
为确保污水处理厂建设及运行的正常运转,我县每年都对乡镇污水处理厂建设及运行经费进行专项预算,特别是2018年对已投入运行的11个乡镇污水处理厂预算安排147万元,保障了每个乡镇污水处理厂运行经费在10万元以上。2019年已将乡镇污水厂建设及运行经费纳入了年初预算。
苍溪县财政局
2019年6月20日
"""


def test_the_money_named_after_what_it_went_to_is_the_sums(tmp_path):
    """11个乡镇污水处理厂预算安排147万元 counted 11个 as 乡镇污水处理厂预算 and 147万元 as nothing: the money named before the verb
    that gave it is the sum's measure, the things counted before it the count's."""
    ff = distil(tmp_path, _lizhou(tmp_path), CANGXI_69, "cangxi_czj_reply_2019.txt")
    assert _figure(ff, "11个").counts == "乡镇污水处理厂"
    assert _figure(ff, "147万元").counts == "乡镇污水处理厂预算"


def test_the_assembly_after_and_others_is_no_part_of_the_names(tmp_path):
    """张德康、邓洪钧等人大代表： was read as the deputies 张德康、邓洪钧等人大: the assembly they sit in is no name."""
    ff = distil(tmp_path, _lizhou(tmp_path), ZHAOHUA_36, "zhaohua_czj_reply_2018.txt")
    assert ff.source.deputy == "张德康、邓洪钧"


def test_towns_listed_before_respectively_are_each_figures_place(tmp_path):
    """…虎跳镇、青牛乡、红岩镇分别追加8万元、7万元、5万元的维稳工作经费 filed 8万元 in 红岩镇 and named the three by fragments of the
    sentence (又对维稳支出较大的虎跳镇, 青牛乡, 红岩镇分别追加): each town its figure, in order, and what they were given their name."""
    ff = distil(tmp_path, _lizhou(tmp_path), ZHAOHUA_36, "zhaohua_czj_reply_2018.txt")
    given = [_figure(ff, raw) for raw in ("8万元", "7万元", "5万元")]
    assert [g.place for g in given] == ["虎跳镇", "青牛乡", "红岩镇"]
    assert {g.counts for g in given} == {"维稳工作经费"}
