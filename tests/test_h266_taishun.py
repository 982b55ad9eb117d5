"""hd50b (泰顺县水利局, 浙江): a blind clerk's draft of 第413号建议 (关于增加蓄水工程建设的建议) from three news pages.

F1: the 2023 page's 为全力保障…生活用水，近日，…积极对接樟嫩梓水库工程项目部…召开工作交流会，为早日实施供水按下“加速键”。 was
on no ask: the ask 加强供水保障's words 保障 and 供水 are said only in the clauses saying what the work was for, which a fact's
topic leaves out (a matter framing the work, 针对…渔旅融合的特点, is none of its own: hd13); the section was left empty and the
reminder said the base held nothing on it.
F2: the 2023 page's photo caption (相关资料图) was read as its title; the 2020 page's reprint notice 声明:转载此文是出于传递
更多信息之目的。若有来源标注错误或侵犯了您的合法权益… was a fact.
"""

from __future__ import annotations

import docx
import pytest
from helpers import distil, part_one, seeds_draft, unit_workspace

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
