"""Held-out round hd42b (砀山县生态环境分局, 安徽; a CPPCC proposal on 加强生态环境保护完善制度建设): a city bureau's news of the
county's four campaigns, its items bare headings over their paragraphs under a site's 资讯中心 line; the county's news of its
air work with figures; the drafting from them.

Each test distils (or drafts from) real lines of the pages the tester saved (as the pages print them) in a workspace of the
bureau, through the path ``drafter`` takes.
"""

from __future__ import annotations

from helpers import distil, fact_saying, unit_workspace

from drafter.model import CONTEXT, DONE

# 宿州市砀山县强化“四大行动”持续推进生态环境治理提质增效 (2022-06-23), its first two campaigns and the third's start.
FOUR_CAMPAIGNS = """资讯中心

宿州市砀山县强化“四大行动”持续推进生态环境治理提质增效

2022/6/23 9:06:36
18226
来源:宿州市局办公室
关键词:环境整治环保督察环境监测
导读:近日,安徽省宿州市砀山县从强化环境整治、强化督导帮扶、强化环保宣教、强化秸秆禁烧等方面持续推进生态环境治理,助力砀山县环境治理提质增效。
  一是强化环境整治行动。

  完成5家重点企业污水处理设施升级改造;对全县37家重点涉水企业安装远程监控设备,实时掌握企业排污情况;源头控制新污染源产生,城市空气环境质量明显改善。到目前,共检查重点涉水企业33家、建筑工地69家,下达整改通知书21份、已落实整改企业17家。

  二是强化督导帮扶行动。

  帮助规范企业排污口的设置,定期对排污口进行清理,保持排污口的清洁。帮助27家水果加工企业做更新改造污水处理设施设备,确保水果加工旺季污染物稳定达标排放。为重点涉水企业建立健全档案,对发现的问题及时提出整改意见。截至目前,共采集水样137个,出具环境监测报告62余份,分析报告13份,完成水质监测数据312个。

  三是强化环保宣教行动。

  在县广播电台开设《环保视窗》栏目,每周更新并逐条解读新环保法的具体知识。在中小学校开设环保知识讲座,举办“争当百佳校园环保小卫士”知识竞赛。开展环保法律法规进机关、学校、企业、乡村、社区“五进”活动,增强生态环保意识的渗透。今年以来,共开展生态环境宣教活动11场次、生态环境法律法规培训5场次,发放生态环保宣传资料2200余份,悬挂宣传条幅100余幅,更新《环保视窗》12期。

  四是强化秸秆禁烧行动。
"""


def _dangshan(tmp_path):
    return unit_workspace(tmp_path / "ws", "砀山县生态环境分局", "县生态环境分局", "砀山县")


def test_the_sites_section_line_is_no_issuer_and_the_county_headlined_is_the_pages_place(tmp_path):
    """The site's section over the page (资讯中心) is no unit; the city bureau's office posting it (来源:宿州市局办公室) posts
    news of the county its headline names under the city (宿州市砀山县…): the page is of 砀山县."""
    ff = distil(tmp_path, _dangshan(tmp_path), FOUR_CAMPAIGNS, "2022-06-23_砀山四大行动.txt")
    assert ff.source.issuer != "资讯中心"
    assert ff.source.jurisdiction == "砀山县"


def test_a_paragraph_under_a_bare_item_heading_of_the_countys_work_is_done(tmp_path):
    """Each campaign's paragraph under its bare heading (三是强化环保宣教行动。 / 在县广播电台开设…) tells the deeds of the
    county's work the lede named: done, the headings themselves no deed."""
    ff = distil(tmp_path, _dangshan(tmp_path), FOUR_CAMPAIGNS, "2022-06-23_砀山四大行动.txt")
    for words in ("完成5家重点企业污水处理设施升级改造", "帮助27家水果加工企业", "共开展生态环境宣教活动11场次"):
        fact = fact_saying(ff, words)
        assert (fact.kind, fact.jurisdiction) == (DONE, "砀山县"), words
    assert fact_saying(ff, "三是强化环保宣教行动").kind == CONTEXT
