"""General reading rules found on held-out round 16 (units the earlier rounds did not hold — 交通运输局 of 云南 安宁 and
宁夏 银川, 卫生健康和体育局 of 山西 高平, 农业农村(和科学技术)局 of 浙江 龙游, 云南 屏边 and 河北 魏县, 陕西 宁陕's 农水局,
吉林 长春's 住房保障和房屋管理局, 河南 南阳's 市场监督管理局, 山东 临沂's 文化和旅游局).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document, in
the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil


def test_the_short_name_a_letter_gives_the_suggestion_is_no_title(tmp_path, workspace):
    """安宁市交通运输局's reply (kman.gov.cn/c/2018-12-17/3229260.shtml) quotes the title, then names it short:
    您提出的“关于…增设公交站点的建议”（以下简称《建议》）… 收到您的《建议》后: the suggestion's title was read as 建议."""
    text = ("安宁市交通运输局关于对安宁市人大六届二次会议第28号 建议、批评和意见的答复\n\n发布时间:2018-12-17 11:34 浏览次数:41\n\n"
            "  龙海涛代表:\n\n  您提出的“关于昆钢单身小区和前进山沟小区交叉路口增设公交站点的建议”(以下简称《建议》)已交我局办理,"
            "感谢您对公交站点建设工作的关心。收到您的《建议》后,我局党组高度重视,专门召开会议研究,并安排领导负责,落实专人具体答复。"
            "通过与您面商和征求意见的基础上,经反复商榷,现对您的《建议》答复如下:\n\n"
            "  针对您的建议,经交运局、公交公司以及望湖社区的书记一起去实地查看,现已初步看好一路段可以建一个公交站台。\n")
    m = distil(tmp_path, workspace, text, "short.txt").source
    assert m.suggestion_title == "关于昆钢单身小区和前进山沟小区交叉路口增设公交站点的建议"
