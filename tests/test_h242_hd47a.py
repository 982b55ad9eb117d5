"""h242: held-out tester hd47a (厦门市翔安区民政局, a CPPCC proposal on rural old age care), on its real lines.

A title's second clause opening on a word of how before its verb (…，精准提升老人养老幸福感) is an ask of its own, not the
purpose of the first: the matter said after 围绕 is whole, never cut to a dangling 精准. A page cut after a clause that is
only a count (…，截至目前，25个试点城中村) says nothing of what it counts: no figure, and its lead (截至目前) goes with it.
The party congress being held (党的十九大胜利召开) sets a statement's time, no doer of it: the place acting after it (我市高举…)
is the fact's. A statement opening on a thing and where it lies (…照料中心位于思明区…) is of that place.
"""

from __future__ import annotations

from helpers import distil, draft_title, fact_saying, part_two_of, unit_workspace

from drafter.compose.asks import concern_matter, short_topic
from drafter.distill.facts import finished_end

TITLE = "关于翔安区乡村积极应对“银发浪潮”，精准提升老人养老幸福感的建议"


def test_a_clause_opening_on_a_word_of_how_is_no_purpose_cut():
    """The title's matter is whole (积极应对“银发浪潮”、精准提升老人养老幸福感), not …“银发浪潮”、精准 (its verb cut off)."""
    assert concern_matter(short_topic(TITLE)) == "翔安区乡村积极应对“银发浪潮”、精准提升老人养老幸福感"
    # a purpose run on from its matter is still cut off (hd27b, hd37b)
    assert short_topic("关于加大标准化菜市场建设力度提升市民幸福指数的建议") == "加大标准化菜市场建设力度"
    assert short_topic("关于深入推进城市更新进一步提升城市品质的建议") == "深入推进城市更新"


def test_part_two_lead_says_the_whole_matter(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "厦门市翔安区民政局", "区民政局", "翔安区")
    text = tmp_path / "suggestion.txt"
    text.write_text(f"{TITLE}\n\n我区乡村老年人口增多，“银发浪潮”下农村养老服务仍有短板。建议：\n"
                    "一、在乡村培育打造公益互助长者食堂，解决农村老年人吃饭难问题。\n"
                    "二、积极开展农村特殊困难老年人（孤寡、高龄独居、空巢、留守等）关爱服务。\n", "utf-8")
    document = draft_title(ws.root, tmp_path / "draft.docx", "1", TITLE, "--type", "B", "--proposal",
                           "--text", str(text))
    lead = next(p.text for p in part_two_of(document.paragraphs) if "围绕" in p.text)
    assert "围绕我区乡村积极应对“银发浪潮”、精准提升老人养老幸福感，" in lead, lead


# seeds/2023-12-26_厦门市政府代表建议办理情况报告.txt: its page stops mid-sentence.
CUT = ("结合“进一步完善养老服务体系”等建议，加快建设4个养老服务照料中心、6个长者食堂、建成1800张家庭养老床位、改造提升农村幸福院"
       "32家，制订《厦门市长者食堂奖励补助办法》多方面惠及老年群体。结合“加强城中村整治提升”等建议，印发《厦门市城中村现代化治理"
       "三年行动方案》，召开全市城中村现代化治理现场会，截至目前，25个试点城中村")


def test_a_cut_clause_only_counting_is_no_figure(tmp_path):
    assert finished_end(CUT).endswith("《厦门市城中村现代化治理三年行动方案》，召开全市城中村现代化治理现场会，……")  # (marked cut: hx68c)
    # a cut clause saying what was done for those it counts keeps them (…开展上门: its counts are all there)
    assert finished_end("我局晋升职级3人，选派1名干部驻").endswith("选派1名干部驻……")
    ws = unit_workspace(tmp_path / "ws", "厦门市翔安区民政局", "区民政局", "翔安区")
    fact = fact_saying(distil(tmp_path, ws, f"厦门市政府代表建议办理情况报告\n\n{CUT}\n"), "长者食堂")
    assert "试点城中村" not in fact.text
    assert 25 not in [f.value for f in fact.figures]
    assert 32 in [f.value for f in fact.figures]


# seeds/2019-02-26_厦门市十三五民政规划中期评估.txt, its second paragraph.
CONGRESS_HELD = ("“十三五”规划实施以来,党的十九大胜利召开,中国特色社会主义进入新时代,我市高举中国特色社会主义伟大旗帜,坚持以马克思列宁主义、"
                 "毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导,全面贯彻落实中央、省、市各项"
                 "决策部署,以保障和改善民生为根本,全方位推进民政事业持续健康发展。")


def test_the_party_congress_held_is_no_doer(tmp_path):
    """党的十九大胜利召开 sets the time; the doer is 我市 (厦门市), not the nation."""
    ws = unit_workspace(tmp_path / "ws", "厦门市翔安区民政局", "区民政局", "翔安区")
    page = f"厦门市“十三五”民政事业发展专项规划中期评估报告\n时间:2019-02-26 11:05\n\n{CONGRESS_HELD}\n"
    fact = fact_saying(distil(tmp_path, ws, page), "我市高举")
    assert fact.jurisdiction == "厦门市"


# seeds/2023-07-17_厦门市民政局为民办实事.txt, 厦门市's news.
CENTRE = ("厦门市民政局:为民办实事 聚焦养老服务和未成年人保护\n\n厦视新闻 2023-07-17 19:46:07\n\n"
          "开元街道深田社区养老服务照料中心位于思明区白鹤山路3号,总面积达1455平方米。市民政局相关负责人来到项目建设现场,"
          "与照料中心运营方讨论施工进度,协调解决项目建设过程中遇到的问题。\n")


def test_a_thing_lying_in_a_district_is_that_districts(tmp_path):
    """The centre lies in 思明区 (位于思明区…): its area is 思明区's, not the city's (厦门市)."""
    ws = unit_workspace(tmp_path / "ws", "厦门市翔安区民政局", "区民政局", "翔安区")
    fact = fact_saying(distil(tmp_path, ws, CENTRE), "1455平方米")
    assert fact.jurisdiction == "思明区"
