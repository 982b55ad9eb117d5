"""General reading rules found on held-out round 70 (pages of bureaus the earlier rounds did not hold, read by the testers as
clerks of 宁波市农业农村局, 马关县交通运输局, 惠州市教育局 and 石林彝族自治县卫生健康局).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test) through
the public path a user's ``drafter distill`` takes (read_document → distill_document), in a workspace of the page's own bureau,
and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil, unit_workspace

# 宁波市农业农村局's 宁波高水平建设农业强市“1135”行动2025年工作要点 (nyncj.ningbo.gov.cn/art/2025/3/4/art_1229058307_4601252.html),
# its head and first paragraphs as printed.
NINGBO_2025 = """• 计划总结
  • 文字:
    保护视力色:
    宁波高水平建设农业强市“1135”行动2025年工作要点
  • 阅读:
  • 时间:2025-03-04 08:55
  • 来源:市农业农村局
  • 2025年是“十四五”规划收官之年、“十五五”规划谋篇布局之年,也是进一步全面深化改革的重要之年。做好全市“三农”工作,要坚定不移以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十届三中全会精神,聚焦“一个首要任务、三个主攻方向、两个根本”和“三个新”“三个化”要求,重点实施“1135”行动,坚持城乡融合发展,推进乡村全面振兴,高水平建设农业强市,持续深化“五彩农业”“四美乡村”建设,加快农业农村现代化,为奋力争创共同富裕和中国式现代化示范引领的市域样板提供有力支撑。

    二、锚定1个目标。紧扣高水平建设农业强市目标,推动各项工作指标全省争先进位,力争全市农林牧渔业总产值增长3.5%以上,和美乡村覆盖率达到65%,农村居民人均可支配收入达到5.4万元以上,城乡居民收入倍差缩小到1.61。打造一批标志性成果,即打造10个以上“宁波农业公园”,构建“十链百亿”农产品精深加工体系,推动建成10个以上数字农业工厂,探索形成10个农事服务联盟,全面建成10条美丽乡村风景线,建成10个以上和美乡村运营样板村,建设10个以上农业农村重大项目。
"""


def test_a_verb_aiming_at_the_whole_city_names_no_place(tmp_path):
    """The plan was read as 力争市's, its issuer 力争市农业农村局, all its facts another place's: 力争全市农林牧渔业总产值增长… was
    taken for a place named before 全 and its level (巴南全区), 力争 said again inside 奋力争创. A verb of aiming or reaching over a
    whole scope (力争, 确保, 动员, 覆盖…) before 全市 names no place; the page is its bureau's, of 宁波市."""
    ws = unit_workspace(tmp_path / "ws", "宁波市农业农村局", "市农业农村局", "宁波市")
    source = distil(tmp_path, ws, NINGBO_2025, "yaodian.txt").source
    assert (source.jurisdiction, source.issuer) == ("宁波市", "宁波市农业农村局"), source
