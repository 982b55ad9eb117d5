"""hd50b (泰顺县水利局, 浙江): a blind clerk's draft of 第413号建议 (关于增加蓄水工程建设的建议) from three news pages.

F1: the 2023 page's 为全力保障…生活用水，近日，…积极对接樟嫩梓水库工程项目部…召开工作交流会，为早日实施供水按下“加速键”。 was
on no ask: the ask 加强供水保障's words 保障 and 供水 are said only in the clauses saying what the work was for, which a fact's
topic leaves out (a matter framing the work, 针对…渔旅融合的特点, is none of its own: hd13); the section was left empty and the
reminder said the base held nothing on it.
F2: the 2023 page's photo caption (相关资料图) was read as its title; the 2020 page's reprint notice 声明:转载此文是出于传递
更多信息之目的。若有来源标注错误或侵犯了您的合法权益… was a fact.
F3: the 2015 page's 此次…一期工程，将涵盖…5个中心镇，今年计划投资3276万元。 was cut at its comma (a plan turning from a figure
reported before it: 5个 was none, what the project will cover), …5个中心镇 left with no stop; the 2023 page's 会上…进行讨论。服务组强调，
ended on its comma, its 一是/二是/三是 cut off.
F4: the 2020 meeting's 会议强调，要…创建15座“美丽水厂” and the 2023 service group's 一是要保供水，… were background, not what the
meeting set; 一期工程预计于2016年完成，将解决当地群众5万人的饮用水问题 was background with 5万人 of 2016; the 去年秋天…限制性供水
5个小时 of a statement of 2014 was dated 2015, the year of the 现有 in the sentence before.
F5: the 抄送 drafter init wrote into drafter.yaml (县人大常委会代表工委；县政府督查室) was printed as the bureau's own, no reply of
its in the base to tell them by.
"""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner
from helpers import comments_on, distil, fact_saying, part_one, seeds_draft, unit_workspace

from drafter.cli import cli

from drafter.model import CONTEXT, PLAN

TITLE = "关于增加蓄水工程建设的建议"
SUGGESTION = f"""{TITLE}

领衔代表：吴春华

建议：
一、加强供水保障，增加蓄水工程建设，提高供水能力。
二、成立饮用水建设专项资金。
三、加强饮用水水源地保护。
"""
# The tester's pages as saved (温州市水利局 via a news mirror, 2023-02-10; 2020-12-02).
PAGE_2023 = ("(相关资料图)\n【来源:温州市水利局_水利播报】\n"
             "为全力保障泰顺县罗阳镇城镇居民生产、生活用水,近日,泰顺县水利局副局长季昌斌携县水土保持和水资源管理中心靠前服务,"
             "积极对接樟嫩梓水库工程项目部、樟嫩梓水库建设专班、县水务集团、罗阳镇人民政府等相关单位,召开工作交流会,为早日实施供水"
             "按下“加速键”。\n"
             "会上,樟嫩梓工程项目部负责人详细介绍了工程当前建设情况和供水计划,与会人员就工程供水的有关手续、流程进行讨论。服务组强调,"
             "一是要保供水,樟嫩梓水库在实施供水前要保障水库水质,定期开展库区巡查、制定有关警示牌、确保库区无污染。二是要履职到位,"
             "樟嫩梓水库事关泰顺县罗阳镇城区13万人的饮水安全,工程各项验收工作要落实到位。三是要抓进度,合理安排供水计划,全力推进"
             "工程供水。\n"
             "据悉,樟嫩梓水库总库容994万立方米,项目建成后可为泰顺县罗阳镇城镇居民供水,日均供水量为5万吨,最高日供水量可达6万吨,"
             "确保近期8万和远期13万城关居民的用水需求。\n"
             "声明:此文版权归原作者所有,若有来源错误或者侵犯您的合法权益,您可通过邮箱与我们取得联系,我们将及时进行处理。"
             "邮箱地址:jpbl@jp.jiupainews.com\n")
PAGE_2020 = ("12月2日,泰顺县水利局组织召开农村供水工作会议。泰顺县综合行政执法局、县水务集团及各乡镇水利工作分管领导、"
             "水利员等参加会议。\n"
             "会议强调,要进一步加快统管实施进度,落实好水费收缴工作,加快工程纳管步伐;要提前统筹谋划好年度农饮水项目,启动新一轮"
             "提标改造,在增加供水水源、改善制水工艺、完善基础设施的基础上,按照“绿化、美化、亮化”的要求,创建15座“美丽水厂”;"
             "要尽快完善农村供水保障应急预案,提升农村应急供水保障能力,全力保障农村居民供水安全,同时加强舆情监测与舆论引导。\n"
             "声明:转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益,请作者持权属证明与本网联系,我们将及时"
             "更正、删除,谢谢。邮箱\n")
# The 2015 mirror's page (水表信息网, traditional characters, its last paragraph cut where the mirror cut it), three of its lines.
PAGE_2015 = ("“保供水”成泰順頭號民生工程\n\n字體: 放大字體  縮小字體 發布日期:2015-04-20  瀏覽次數:453\n"
             "村民們期盼盡快完工的工程,就是于近日開工建設的仕陽鎮供水水源一期工程。據了解,此次泰順縣中心鎮供水水源一期工程,將涵蓋仕陽、"
             "筱村、雅陽、三魁以及泗溪5個中心鎮,今年計劃投資3276萬元。目前,仕陽、三魁、筱村、雅陽已經開工,泗溪也將于今年開工建設,"
             "一期工程預計于2016年完成,將解決當地群眾5萬人的飲用水問題。\n"
             "喝水難在其他鄉(xiāng)鎮(zhèn)也同樣存在。三魁鎮(zhèn)的三魁村和戩州村現(xiàn)有人口1.23萬(wàn)人,日需水量約2837噸,"
             "而實(shí)際日供水僅648噸,供水嚴(yán)重不足。去年秋天降水量偏少,洋溪水廠無(wú)法正常供水,每天只能限制性供水5個(gè)小時(shí),家家\n")
TAISHUN = ("泰顺县水利局", "县水利局", "泰顺县")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    """The tester's draft of 第413号建议 from the 2023 page: the command's output and part one's paragraphs."""
    tmp = tmp_path_factory.mktemp("taishun")
    ws = unit_workspace(tmp / "ws", *TAISHUN)
    result, out = seeds_draft(tmp, ws, {"2023-02-10_樟嫩梓水库供水工作交流会.txt": PAGE_2023}, "413", TITLE, SUGGESTION,
                              "--deputy", "吴春华", "--session", "县十七届人大三次会议", "--type", "B",
                              "--date", "2024-06-26", "--force")
    return result.output, part_one(docx.Document(str(out)))


def test_work_said_to_be_for_the_asks_matter_answers_it(drafted):
    """F1: the meeting held 为全力保障…用水 on the reservoir's supply is reported under 加强供水保障, dated 2023年2月, and the
    reminder no longer says the base holds nothing on that ask."""
    output, paragraphs = drafted
    section = paragraphs[paragraphs.index("（一）加强供水保障") + 1]
    assert "2023年2月" in section and "召开工作交流会" in section, section
    gaps = next(line for line in output.splitlines() if "没有以下建议事项的近年工作事实" in line)
    assert "加强供水保障" not in gaps, gaps


@pytest.fixture
def taishun(tmp_path):
    return unit_workspace(tmp_path / "ws", *TAISHUN)


def test_a_caption_in_brackets_is_no_title(tmp_path, taishun):
    """F2: (相关资料图) over the 2023 page is a photo's caption, no headline: the source takes its file's name."""
    ff = distil(tmp_path, taishun, PAGE_2023, "2023-02-10_樟嫩梓水库供水工作交流会.txt")
    assert ff.source.title == "樟嫩梓水库供水工作交流会"


def test_a_reprint_notice_is_no_fact(tmp_path, taishun):
    """F2: the mirror's 声明:转载此文是出于传递更多信息之目的。若有来源标注错误… is the site's, no fact of the bureau's."""
    ff = distil(tmp_path, taishun, PAGE_2020, "2020-12-02_县水利局召开农村供水工作会议.txt")
    assert ff.facts and not [f.text for f in ff.facts if "传递更多信息" in f.text or "来源标注错误" in f.text]


def test_a_figure_of_what_is_to_be_is_no_result_a_plan_turns_from(tmp_path, taishun):
    """F3: 将涵盖…5个中心镇，今年计划投资3276万元 is one statement: no fact ends on 5个中心镇, none opens on 今年计划投资."""
    ff = distil(tmp_path, taishun, PAGE_2015, "2015-04-20_保供水成泰顺头号民生工程.txt")
    assert "5个中心镇，今年计划投资3276万元。" in fact_saying(ff, "将涵盖").text
    assert not [f.text for f in ff.facts if f.text.startswith("今年计划投资") or f.text.endswith("5个中心镇")]


def test_a_forecast_of_works_and_what_they_will_bring_is_a_plan(tmp_path, taishun):
    """F4: 一期工程预计于2016年完成，将解决当地群众5万人的饮用水问题 is cut from the work told before it and is a plan: 5万人 is
    what the works are to bring, no figure of 2016's background."""
    ff = distil(tmp_path, taishun, PAGE_2015, "2015-04-20_保供水成泰顺头号民生工程.txt")
    forecast = fact_saying(ff, "预计于2016年完成")
    assert forecast.text.startswith("一期工程预计") and forecast.kind == PLAN, (forecast.kind, forecast.text)
    assert fact_saying(ff, "已经开工").text.endswith("泗溪也将于今年开工建设。")


def test_a_figure_after_the_word_dating_its_statement_is_of_that_year(tmp_path, taishun):
    """F4: 去年秋天…每天只能限制性供水5个小时 is of 2014, the fact's period, not of the 现有 (2015) in the sentence before."""
    ff = distil(tmp_path, taishun, PAGE_2015, "2015-04-20_保供水成泰顺头号民生工程.txt")
    fact = fact_saying(ff, "限制性供水")
    hours = next(g for g in fact.figures if g.raw == "5个小时")
    people = next(g for g in fact.figures if g.raw == "1.23万人")
    assert fact.period.year == 2014 and (hours.year or fact.period.year) == 2014, (fact.period, hours)
    assert people.year == 2015


def test_a_short_clause_framing_the_items_ends_no_statement(tmp_path, taishun):
    """F3, F4: 会上…进行讨论。 is a statement of its own, no fact ends on 服务组强调，; the items it frames saying what must be done
    (一是要保供水，…) are plans; what the meeting found is background still."""
    ff = distil(tmp_path, taishun, PAGE_2023, "2023-02-10_樟嫩梓水库供水工作交流会.txt")
    assert not [f.text for f in ff.facts if f.text.endswith("，")]
    assert fact_saying(ff, "会上").text.endswith("进行讨论。") and fact_saying(ff, "会上").kind == CONTEXT
    assert [fact_saying(ff, w).kind for w in ("一是要保供水", "二是要履职到位", "三是要抓进度")] == [PLAN] * 3


def test_what_the_bureaus_own_meeting_stressed_must_be_done_is_a_plan(tmp_path, taishun):
    """F4: 泰顺县水利局组织召开农村供水工作会议 is the bureau's own meeting (组织召开 as 召开); its 会议强调，要…创建15座“美丽水厂”
    is a plan."""
    ff = distil(tmp_path, taishun, PAGE_2020, "2020-12-02_县水利局召开农村供水工作会议.txt")
    assert fact_saying(ff, "美丽水厂").kind == PLAN


def _init_draft(tmp_path, edit=None):
    """第413号建议 drafted from the 2023 page in a workspace ``drafter init`` made for 泰顺县水利局 (drafter.yaml then passed to
    ``edit``): the draft's path."""
    from drafter.workspace import load_workspace

    root = tmp_path / "ws"
    assert CliRunner().invoke(cli, ["init", "--name", "泰顺县水利局", str(root)]).exit_code == 0
    if edit:
        (root / "drafter.yaml").write_text(edit((root / "drafter.yaml").read_text("utf-8")), "utf-8")
    _, out = seeds_draft(tmp_path, load_workspace(root), {"2023-02-10_樟嫩梓水库供水工作交流会.txt": PAGE_2023}, "413", TITLE,
                         SUGGESTION, "--deputy", "吴春华", "--session", "县十七届人大三次会议", "--type", "B", "--date", "2024-06-26")
    return out


def test_the_cc_init_guessed_is_noted_as_a_guess_to_confirm(tmp_path):
    """F5: with no reply of the bureau's in the base, the 抄送 line init prefilled carries a comment saying so; once the clerk has
    set the bureau's own groups, none."""
    out = _init_draft(tmp_path)
    assert docx.Document(str(out)).paragraphs[-1].text == "抄送：县人大常委会代表工委；县政府督查室。"
    assert any("drafter init 预填" in c for c in comments_on(out, "抄送：")), comments_on(out, "抄送：")
    mine = _init_draft(tmp_path / "own", lambda y: y.replace("[县政府督查室]", "[县政府办公室]"))
    assert not any("drafter init" in c for c in comments_on(mine, "抄送："))
