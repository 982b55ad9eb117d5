"""Found on held-out rounds hd35b (吉林省人力资源和社会保障厅) and hd35a (宝鸡市生态环境局).

hd35b: the province's own 农村劳动力转移就业289.77万人, even when a clerk marked it done, filled no section of a proposal asking
促进农村低收入群体多渠道多形式转移就业, and the command said the base held no work on it. The ask's words other asks share (就业 of
就业增收, 就业能力) were not counted, so the term 转移就业 it says as the ask writes it came to two words of the three an ask needs.
And a news item's lede quoting the 政府工作报告's 2023 figures was dated 2024, by the item.

hd35a: a proposal of 政协太白县 (a county of the city) was drafted with the city's 抄送 and thanks for 我市…工作, nothing flagged.

Each test uses a few real lines of the pages in a workspace built here.
"""

from __future__ import annotations

import docx
from helpers import comments_on, distil, fact_saying, page_draft, seeds_draft, sections, unit_workspace

# 新华财经, 2023-12-07, its first line as the (traditional-character) mirror gives it, clutter kept.
JILIN_NEWS = ("新華財(cái)經(jīng)長春12月7日電(記者王曉林)記者從吉林省人社廳獲悉,1至11月,吉林省就業(yè)形勢保持穩(wěn)定、恢復(fù)向好,"
              "調(diào)查失業(yè)率持續(xù)下降;截至11月末,吉林省城鎮(zhèn)新增就業(yè)24.64萬人,完成年計(jì)劃的107.13 %;農(nóng)村勞動力轉(zhuǎn)移就業(yè)"
              "289.77萬人,完成年計(jì)劃的107.32%。\n")
TITLE = "关于我省农村低收入群体增收的建议"
# hd35b's text: the asks the real reply answers (the tester's own wording of them).
ASKS = f"""{TITLE}
为此建议：
一、促进农村低收入群体多渠道多形式转移就业，引导其就地就近就业，提高工资性收入。
二、鼓励返乡入乡创业，以创业带动农村低收入群体就业增收。
三、加强农村低收入劳动力职业技能培训，提升其就业能力。
四、开发乡村公益性岗位，对就业困难的低收入人员兜底安置。
"""
FIRST = "促进农村低收入群体多渠道多形式转移就业"


def marked_done(path) -> None:
    """A clerk's edit: the page's facts are the bureau's results."""
    path.write_text(path.read_text("utf-8").replace("kind: context", "kind: done"), "utf-8")


def test_a_result_saying_the_asks_term_as_written_answers_it(tmp_path):
    """农村劳动力转移就业289.77万人 is drafted under the ask it names, and the command does not list that ask as having none."""
    ws = unit_workspace(tmp_path / "ws", "吉林省人力资源和社会保障厅", "省人社厅", "吉林省", "长春市, 吉林市, 四平市")
    result, out = seeds_draft(tmp_path, ws, {"2023-12_吉林省人社厅1至11月就业形势.txt": JILIN_NEWS}, "55", TITLE, ASKS,
                              "--proposal", "--date", "2024-07-15", edit=marked_done)
    drafted = sections(docx.Document(out))
    first = next(v for k, v in drafted.items() if FIRST in k)
    assert any("289.77万人" in p for p in first), drafted
    nothing = next((line for line in result.output.splitlines() if "没有以下建议事项的近年工作事实" in line), "")
    assert FIRST not in nothing, result.output


# 人民网, 2024-01-24, its head and first paragraphs as the page gives them (the body's paragraph cut after its 就业 figures).
JILIN_SESSION = """人民网

聚焦2024吉林两会

吉林:全面完成50项民生实事 民生保障扎实推进

2024年01月24日13:38 | 来源:人民网-吉林频道
小字号

人民网长春1月24日电 (记者马俊华)“全面完成50项民生实事”“城镇新增就业25.79万人,农村劳动力转移就业294.43万人”“建成102个综合嵌入式社区居家养老服务中心、261个社区老年食堂”……

1月24日上午9时,吉林省第十四届人民代表大会第三次会议在长春开幕,省长胡玉亭作政府工作报告。

政府工作报告指出,2023年,吉林省民生保障扎实推进、有力有效。全面完成50项民生实事。城镇新增就业25.79万人,农村劳动力转移就业294.43万人。建成102个综合嵌入式社区居家养老服务中心、261个社区老年食堂。
"""


def test_a_lede_quoting_a_reports_figures_is_of_the_year_the_report_tells(tmp_path):
    """The lede's quotes of the 政府工作报告 (25.79万人, 294.43万人, 102个, 261个) are 2023's, as the paragraph telling them
    again says, not 2024's, the news item's."""
    ws = unit_workspace(tmp_path / "ws", "吉林省人力资源和社会保障厅", "省人社厅", "吉林省", "长春市, 吉林市, 四平市")
    ff = distil(tmp_path, ws, JILIN_SESSION, "2024-01_政府工作报告_民生保障.txt")
    lede = fact_saying(ff, "“城镇新增就业25.79万人")
    assert str(ff.source.date).startswith("2024-01-24") and lede.period.year == 2023, (ff.source.date, lede.period)
    assert all(g.year in (None, 2023) for g in lede.figures), lede.figures



def test_the_reports_account_of_the_provinces_year_is_its_result(tmp_path):
    """hd35b: 政府工作报告指出，2023年，吉林省民生保障扎实推进…农村劳动力转移就业294.43万人 was background, the province (a
    provincial bureau's place) never read as the subject opening it: the draft gave 2021's 318.63万人 under 转移就业 and left the
    2023 figure out. The province's account of its year is its results, drafted."""
    ws = unit_workspace(tmp_path / "ws", "吉林省人力资源和社会保障厅", "省人社厅", "吉林省", "长春市, 吉林市, 四平市")
    ff = distil(tmp_path, ws, JILIN_SESSION, "2024-01_政府工作报告_民生保障.txt")
    assert fact_saying(ff, "吉林省民生保障扎实推进").kind == "done"
    _, out = seeds_draft(tmp_path, ws, {"2024-01_政府工作报告_民生保障.txt": JILIN_SESSION,
                                        "2023-08_全省就业形势稳中向好.txt": JILIN_2021}, "55", TITLE, ASKS,
                         "--proposal", "--date", "2024-07-15")
    first = next(v for k, v in sections(docx.Document(out)).items() if FIRST in k)
    assert any("2023年" in p and "农村劳动力转移就业294.43万人" in p for p in first), first


# 全省就业形势稳中向好 (吉林省, 2021's results and 2022's plan, reposted 2023-08-11), its head and 2021's paragraph as the page
# prints them.
JILIN_2021 = """【就业政策】吉林省就业形势稳中向好 2022年将全面实施“两找一服务”工程
来源: 浏览量:225 发布时间:2023-08-11
原标题:全省就业形势稳中向好2022年将全面实施“两找一服务”工程
2021年,我省就业工作稳主体、保岗位成效显著。延续实施减负稳岗扩就业政策措施,失业工伤保险为企业减负22.26亿元,落实稳岗返还补贴1.66亿元,对市场主体的稳定、壮大发挥了积极作用,新增市场主体达63.6万户,在东北三省领先。全省高校毕业生留吉就业达10.34万人,同比增加3.36万人;农村劳动力转移就业318.63万人,超目标18.63万人;零就业家庭始终保持动态清零。
"""

# 宝鸡市生态环境局's news page of 2024-06-06, its head and the paragraph on 2023 cut after its air figures.
BAOJI_NEWS = """宝鸡市召开环境质量状况新闻发布会

来源:宝鸡市生态环境局 发布时间:2024-06-06 08:56 浏览次数:

2023年,我市坚持精准治污、科学治污、依法治污,深入打好污染防治攻坚战,市区环境空气质量优良天数274天,位居关中城市第二位,优良达标率75.1%,较2022年增加11天,年平均降尘量较2022年下降17.3%,全年未出现酸雨。
"""
GREEN_TITLE = "关于倡导绿色低碳环保生活方式的建议"
GREEN = f"{GREEN_TITLE}\n建议倡导绿色低碳环保生活方式，加强生态环境保护宣传教育，持续改善环境质量。\n"
CITY_CC = "cc:\n  proposal:\n    - [市政协提案委]\n    - [市政府督查室]\n"


def baoji_draft(tmp_path, session: str):
    """The proposal drafted for 宝鸡市生态环境局 (its 抄送 the city's) as of ``session``: the command's result and the draft."""
    ws = unit_workspace(tmp_path / "ws", "宝鸡市生态环境局", "市生态环境局", "宝鸡市", "渭滨区, 金台区, 陈仓区, 太白县",
                        "我市生态环境保护工作")
    with open(ws.root / "drafter.yaml", "a", encoding="utf-8") as yaml:
        yaml.write(CITY_CC)
    return page_draft(tmp_path, ws, BAOJI_NEWS, GREEN, "65", GREEN_TITLE, "--proposal", "--session", session, "--type", "B",
                      "--date", "2025-09-02", name="宝鸡市召开环境质量状况新闻发布会_2024-06-06.txt")


def marked(document, starts: str) -> list[str]:
    """The highlighted runs of the paragraph starting with ``starts``."""
    return [r.text for r in next(p for p in document.paragraphs if p.text.startswith(starts)).runs if r.font.highlight_color]


def test_a_county_sessions_item_has_the_citys_cc_and_own_place_flagged(tmp_path):
    """A proposal of 政协太白县九届四次会议: the 抄送's units and the thanks' 我市 are highlighted, the comment naming 太白县,
    and the command says so."""
    result, document = baoji_draft(tmp_path, "政协太白县九届四次会议")
    assert marked(document, "抄送：") == ["市政协提案委；市政府督查室。"], [p.text for p in document.paragraphs]
    closing = next(p.text for p in document.paragraphs if p.text.startswith("再次感谢") or "再次感谢" in p.text)
    assert "我市" in marked(document, closing[:8]), closing
    notes = comments_on(tmp_path / "draft.docx", "抄送：")  # (the opening's comment said it in full: 同前注 here)
    assert any("太白县" in n for n in notes), notes
    assert any("政协太白县九届四次会议" in line and "抄送" in line for line in result.output.splitlines()), result.output


def test_the_citys_own_sessions_item_keeps_its_cc_unmarked(tmp_path):
    """The city's own 市政协十二届三次会议: the 抄送 and thanks as drafter.yaml and the bureau's words have them, unmarked."""
    result, document = baoji_draft(tmp_path, "市政协十二届三次会议")
    assert marked(document, "抄送：") == [], [p.text for p in document.paragraphs]
    assert "太白县" not in result.output and "本级" not in result.output, result.output


def test_a_session_naming_only_its_level_is_said_as_that_level(tmp_path):
    """县十届人大三次会议 names no county: the comment and the command say 县级的会议, not 县的会议."""
    result, document = baoji_draft(tmp_path, "县十届人大三次会议")
    said = "\n".join([c.text for c in document.comments] + [result.output])
    assert "本件是县级的会议（县十届人大三次会议）交办的" in said and "县的会议" not in said, said
    assert "是县级的会议，不是宝鸡市本级的" in result.output, result.output
