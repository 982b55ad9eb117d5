"""Held-out round hd26 (牟定县水务局, 临沧市文旅局): what was left of kinds and dates — a month after the document's own in a
sentence of what is to come, funds only sought, a page's last sentence cut after a figure, and the highlight of text a mirror
garbled.

Each test reads real lines of a page the testers saved (as the page prints them: half-width commas, a mirror's garbles kept)
through the path a user's ``drafter distill`` and ``drafter draft`` take, in a workspace of the bureau that tested it.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import MOUDING_74, distil, fact_saying, lincang_workspace, mouding_workspace, page_draft, xinmin_draft

from drafter.cli import cli
from drafter.compose.sentences import finished_sentences

# 牟定县水务局's reply to the 羊肝石 议案 (县十八届人大二次会议, dated by the tester 2023-06-20): its work, the plan for the rest
# of the year, the plan's effect.
YANGGANSHI = """王建平、李晓艳、代德忠、刘姣艳、陈忠丽、孟德云、普翠珍、希琼芬、晋波、杨鑫代表:
您 们在县十八届人大二次会议上提出的“关于请求上级党委政府给予解决羊肝石村委会人畜饮水困难的议案”,交由我单位办理,现答复如下:
羊肝石村委会人畜饮水项目已列入牟定县城乡供水一体化三年专项行动项目中,该项目已完成项目的可研编制及批复。目前,实施方案正在编制中,计划7月开展招投标工作。10月中旬启动城乡供水一体化项目新桥片区工程的实施(二水厂管网延伸工程),年内完成林地及土地审批。
此项目实施后可解决4乡镇59860人饮水问题,整个新桥镇的安全饮水问题将会得到全面解决。
最后,感谢您 们对我县水务工作的关心与支持,希望一如既往地支持水务工作。
"""
YANGGANSHI_NAME = "2023-06-20_mdx_150084_羊肝石议案答复.txt"
PLAN_BETWEEN = "目前,实施方案正在编制中,计划7月开展招投标工作。"


def test_a_later_month_in_a_sentence_to_come_is_that_years_plan(tmp_path):
    """「10月中旬启动…新桥片区工程的实施，年内完成…」 in a reply of June 2023 was read as done when no plan sentence came before it
    in its paragraph, and drafted 「2022年10月中旬启动…」 (a month after the source's taken as the year before's): a sentence opening
    on a month after the document's that says what is to come (年内完成) and nothing done is that year's plan."""
    for page in (YANGGANSHI, YANGGANSHI.replace(PLAN_BETWEEN, "")):  # (after the plan sentence, and right after the work done)
        ff = distil(tmp_path, mouding_workspace(tmp_path), page, YANGGANSHI_NAME)
        fact = fact_saying(ff, "10月中旬")
        assert fact.kind == "plan" and fact.period.year == 2023 and fact.text.startswith(("10月中旬", "目前")), fact
        assert fact_saying(ff, "可研编制").kind == "done" and "10月" not in fact_saying(ff, "可研编制").text
        (tmp_path / "ws").rename(tmp_path / f"ws-{len(page)}")
    result, document = page_draft(tmp_path, mouding_workspace(tmp_path), YANGGANSHI.replace(PLAN_BETWEEN, ""),
                                  "关于加快城乡供水一体化项目建设的建议\n建议加快城乡供水一体化项目建设，解决新桥镇羊肝石村委会人畜饮水困难。",
                                  "98", "关于加快城乡供水一体化项目建设的建议", "--date", "2024-03-30", name=YANGGANSHI_NAME)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "可研编制及批复" in text and "2022年10月" not in text, text


def test_a_later_month_of_work_done_stays_done(tmp_path):
    """The rule reads the tense: a month after the document's with the work said done (10月中旬已启动… in a reply of June) is the
    year before's work."""
    page = YANGGANSHI.replace("10月中旬启动城乡供水一体化项目新桥片区工程的实施", "10月中旬已启动城乡供水一体化项目新桥片区工程的实施")
    ff = distil(tmp_path, mouding_workspace(tmp_path), page.replace(PLAN_BETWEEN, ""), YANGGANSHI_NAME)
    assert fact_saying(ff, "10月中旬").kind == "done"




def test_funds_only_sought_are_an_aim_and_a_submission_is_work(tmp_path):
    """「目前，项目上报国家水利部，争取项目资金支持」 reports a step taken (submitted): it stays with the work done. Without the
    submission, 「目前，争取项目资金支持」 says only what is sought, nothing had: a plan, cut from the work before it."""
    ff = distil(tmp_path, mouding_workspace(tmp_path), MOUDING_74, "2022-09-24_mdx_37806_74号建议答复.txt")
    assert fact_saying(ff, "上报国家水利部").kind == "done"
    (tmp_path / "ws").rename(tmp_path / "ws-submitted")
    ff = distil(tmp_path, mouding_workspace(tmp_path), MOUDING_74.replace("项目上报国家水利部,", ""), "2022-09-24_mdx_37806_74号建议答复.txt")
    sought = fact_saying(ff, "争取项目资金支持")
    assert sought.kind == "plan" and sought.text.startswith("目前"), sought
    assert fact_saying(ff, "规划治理河道总长").kind == "done"


# 临沧市文化和旅游局's reply to 政协 proposal 05030103 (2024-08-06), as the page's text ends: cut after 全市提出了92个整.
LINCANG_A_LEVEL = (
    "临沧市文化和旅游局关于政协临沧市委员会五届三次会议第05030103号提案的答复\n"
    "\n"
    "市政协人口资源环境委员会第二学习小组:\n"
    "\n"
    "你们在政协临沧市委员会五届三次会议上提出的“关于加强A级旅游景区管理,推动乡村旅游提档升级的提案”(第05030103号),已由市政府转交我局研究办理,现将办理情况答复如下:\n"
    "\n"
    "首先,衷心地感谢你们对临沧文化旅游业的关心和支持,为临沧文化旅游业的健康、快速、可持续发展出谋划策。我局收到提案后,高度重视,召开专题会议对提案进行了认真的分析、研究,并责成分管领导负责,指定智慧旅游"
    "规划科具体办理。\n"
    "\n"
    "近年来,在市委、市政府的高度重视下,制定出台了《临沧市文化和旅游强市建设三年行动方案(2023—2025年)》和《临沧市加快推动旅游高质量发展实施方案》等政策措施,不断推动文化旅游深度融合,在要素完善"
    "、产品开发、品牌创建、主体培育、宣传促销等方面都得到长足进步。全市建成A级景区48家(AA级13家、AAA级26家、AAAA级9家)、旅游住宿接待单位1744家(其中:四星3家、三星10家、二星7家)"
    ",建成旅游厕所252个,旅游观景台25个,县城及景区游客服务中心46个。有市级乡村旅游品牌村30个、省级旅游休闲街区2个、省级夜间文旅消费聚集区3个、全国乡村旅游重点村4个、省级旅游名镇5个、省级旅游"
    "名村15个、云南最美乡愁旅游地7个,省级金牌旅游村7个。全市旅游产品建设虽然取得了一定成绩,但仍然存在着设施管护维护不到位,缺乏经营管理主体等突出问题,针对存在问题,目前已在全市组织开展了旅游景区、乡"
    "村旅游示范村设施管护维护专项整治行动,通过第一阶段摸排,全市提出了92个整\n"
    "\n"
)


def test_a_last_clause_cut_after_its_figure_goes_with_the_means_leading_to_it(tmp_path):
    """「…专项整治行动，通过第一阶段摸排，全市提出了92个整」: the cut clause went (its 92 counts a word the page lost), and so must the
    clause that only led into it (通过第一阶段摸排): the fact ends on the work it reports."""
    ff = distil(tmp_path, lincang_workspace(tmp_path), LINCANG_A_LEVEL, "临沧文旅_2024_政协05030103号_A级景区.txt")
    fact = fact_saying(ff, "专项整治行动")
    assert fact.text.endswith("设施管护维护专项整治行动，……"), fact.text  # (marked cut: hx68c)
    assert finished_sentences(fact.text)[-1].endswith("设施管护维护专项整治行动。")  # (a draft says it closed: h292)
    assert not [f.text for f in ff.facts if "92" in f.text or "摸排" in f.text]


def test_a_garbled_clause_is_highlighted_whole(tmp_path):
    """The highlight of a lost character took six characters each side and cut a word (实施方案□月初通过了技|术评审): it is now the
    clause the garble stands in, punctuation to punctuation, in the draft, its comment, check and distill's reminder."""
    ws, said, out = xinmin_draft(tmp_path)
    assert "“实施方案□月初通过了技术评审”" in said, said
    body = next(p for p in docx.Document(out).paragraphs if "技术评审" in p.text)
    lit = [r.text for r in body.runs if r.font.highlight_color is not None and "□" in r.text]
    assert lit == ["实施方案□月初通过了技术评审"], lit
    checked = CliRunner().invoke(cli, ["-w", str(ws.root), "check", str(out)]).output.replace("\n", "")
    assert "疑似乱码：“实施方案□月初通过了技术评审”" in checked, checked
