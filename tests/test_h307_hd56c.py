"""h307: findings of the held-out test hd56c (珠海市市场监督管理局), each on its seed's real lines.

1. A government work report a newspaper reprinted (来源:珠海特区报) is a work report, its presenter's (was news, 珠海特区报's); a
   radio phone-in's page whose towns answer its listeners (相关单位回复如下：) is no reply (was one): a reply answers a deputy's
   suggestion or a member's proposal.
2. The report's sentence presenting it (现在，我代表市人民政府，向大会报告工作，请予审议…) is no fact, its comma before 向 too (was
   kept as context twice); a year told as its anniversaries (2024年是中华人民共和国成立75周年…) is a view, context (was done).
3. 近两年 of a report reviewing 2023 is 2022–2023 (was 2023–2024); 近十五年来首次 is a record, no span of the statement's figures;
   从过去每年300亿元左右提升至近两年… is of before that run (was 2010–2024).
4. A share after a share's verb counts the thing after it (贡献了全市近50%的地区生产总值、60%以上税收、近85%城镇就业岗位: was
   当前民营企业贡献 for all three); a count's verb of adding is part of what it counts (新增上市企业, 引进人才: were 上市企业,
   人才); 日均超44万人次 after 珠海口岸出入境1.64亿人次 is that one's daily average (was 日均).
5. Every figure of a paragraph opening on its year (统计数据显示，2023年，…) is that year's: those of its later sentences by the fact's
   period (they were already; the test keeps it so).
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.figures import find_figures
from drafter.distill.periods import recent_runs
from drafter.grammar import VIEWPOINT
from helpers import ZHUHAI

# seeds/2024-01-30_珠海市政府工作报告.txt of hd56c: its head, its review's opening and its first two paragraphs (the second
# cut where the stored page ends).
REPRINTED_REPORT = (
    '珠海市政府工作报告(2024年1月30日 黄志豪)\n\n2024年02月05日 13:39   来源:珠海特区报   \n\n'
    '  ——2024年1月30日在珠海市第十届人民代表大会第四次会议上\n\n  市长 黄志豪\n\n  各位代表:\n\n'
    '  现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。\n\n  一、2023年工作回顾\n\n'
    '  2023年是全面贯彻落实党的二十大精神的开局之年。我们坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平总书记视察'
    '广东重要讲话、重要指示精神,认真落实省委十三届三次全会精神,在市委坚强领导下,在市人大及其常委会、市政协监督支持下,较好地完成了'
    '市十届人大三次会议确定的主要目标任务,各项工作再上新台阶。\n\n'
    '  ——这一年,珠海经济运行持续恢复向好。我们有力有效应对各种不确定、超预期因素。全市地区生产总值4233.2亿元、增长3.8%,一般公共'
    '预算收入482.4亿元、增长10.3%,外贸出口实现正增长。工业经济扛起大梁,规模以上工业总产值突破6000亿元、增长5.7%,规模以上工业增加值'
    '增长5.8%、工业投资增长3.4%、高技术制造业投资增长6.8%、工业技改投资增长10.8%。社会活力迸发,人气集聚加速消费回暖,全年珠海口岸'
    '出入境1.64亿人次、日均超44万人次,拱北口岸出入境超1亿人次,珠海机场旅客吞吐量1145.7万人次,全市社会消费品零售总额增长3.1%,居民'
    '人均可支配收入增长3.2%。经营主体总数44.5万户、增长5.8%,新增上市企业5家。全年引进各类人才7万人,创历史新高。\n\n'
    '  ——这一年,珠海现代化产业体系初现新格局。全市围绕“产业第一”多措并举。工业投资实现近十五年来首次超过房地产投资,从过去每年300亿元'
    '左右提升至近两年每年600亿元左右,占固定资产投资比重从2022年的30.1%提升至2\n')
# seeds/2025-02-20_珠海市政府工作报告.txt of hd56c: its first six lines.
OWN_REPORT = (
    '——2025年2月20日在珠海市第十届人民代表大会第五次会议上\n代市长 吴泽桐\n各位代表:\n'
    '现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。\n一、2024年工作回顾\n'
    '2024年是中华人民共和国成立75周年,也是澳门回归祖国25周年、横琴粤澳深度合作区成立3周年。习近平总书记亲临澳门视察并出席庆祝澳门回归'
    '祖国25周年系列活动,亲临广东视察横琴粤澳深度合作区,发表一系列重要讲话、作出一系列重要指示,为我们指明了前进方向、注入了强大动力。'
    '省委常委会到珠海调研并专题研究新征程珠海工作,推动珠海现代化建设。一年来,我们坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻'
    '党的二十大和二十届二中、三中全会精神,深入学习贯彻习近平总书记对广东、珠海系列重要讲话和重要指示精神,认真落实省委“1310”具体部署和'
    '市委“1313”思路举措,较好地完成了市十届人大四次会议确定的主要目标任务。\n')
# seeds/2025-02-25_斗门区市场监管局民生热线.txt of hd56c: its first ten lines (in traditional characters, as stored).
PHONE_IN = (
    '訪談時間:2025年2月25日\n'
    '嘉賓:珠海市斗門區(qū)市場監(jiān)督管理局黨組書記、局長鄺英豪,黨組成員、副局長譚柏均,黨組成員、副局長陳樹東,黨組成員、副局長唐金華,'
    '黨組成員張少偉。\n'
    '主題:珠海市斗門區(qū)市場監(jiān)督管理局作客“服務(wù)群眾敢擔當”928民生熱線。\n訪談實錄------\n'
    '【主持人】聽眾朋友,你好!今天是2025年2月25日,星期二。歡迎你收聽FM92.8斗門電臺“服務(wù)群眾敢擔當”——《928民生熱線》,我是節(jié)目主持 '
    '東兒,我們的節(jié)目將會直播到6:30。\n'
    '“服務(wù)群眾敢擔當”——《928民生熱線》由珠海市斗門區(qū)黨風廉政建設(shè)領(lǐng)導小組辦公室、斗門區(qū)加強機關(guān)作風建設(shè)領(lǐng)導小組辦公室、'
    '斗門區(qū)融媒體中心聯(lián)合主辦。每期節(jié)目都會邀請區(qū)直行政事業(yè)單位、各鎮(zhèn)街,省、市駐斗門單位的負責人來到《928民生熱線》直播室,'
    '與聽眾現(xiàn)場交流。\n'
    '上期上線“服務(wù)群眾敢擔當——928民生熱線”節(jié)目的單位是珠海市斗門區(qū)文化廣電旅游體育局,節(jié)目當中相關(guān)負責人,就公共文化服務(wù)、'
    '文化遺產(chǎn)保護傳承、文旅融合發(fā)展、文旅產(chǎn)業(yè)推動及全民健身等方面的話題,同市民現(xiàn)場交流,節(jié)目期間現(xiàn)場回復(fù)了12位 聽眾'
    '所關(guān)注的問題,對節(jié)目期間未來得及解答的、市民反映的部分問題,相關(guān)單位回復(fù)如下:\n'
    '1、市民:李先生問到:斗門鎮(zhèn)古街風流橋路修好了,但是晚上路燈不亮,存在安全隱患,望有關(guān)部門重視。\n'
    '對此,斗門鎮(zhèn)回復(fù):\n'
    '因斗門舊街此前道路升級改造導致路燈大面積線路破損。我辦已多次催促施工加快修復(fù)進度。感謝您的理解和支持。\n')
# seeds/2024-03-04_珠海民营经济主体超40万户.txt of hd56c: its first paragraph's second sentence.
PRIVATE_SHARES = "会议透露，当前民营企业贡献了全市近50%的地区生产总值、60%以上税收、近85%城镇就业岗位，在珠海市经济发展中具有重要地位。"


def _figures(ff, words: str) -> dict[str, object]:
    return {f.raw: f for f in first_saying(ff.facts, words).figures}


def test_1_a_reprinted_work_report_is_its_presenters_and_a_phone_in_no_reply(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *ZHUHAI), REPRINTED_REPORT, "2024-01-30_珠海市政府工作报告.txt")
    assert (ff.source.kind, ff.source.issuer, ff.source.period) == ("work_report", "珠海市人民政府", 2023)
    (tmp_path / "b").mkdir()
    phone_in = distil(tmp_path / "b", unit_workspace(tmp_path / "b" / "ws", *ZHUHAI), PHONE_IN,
                      "2025-02-25_斗门区市场监管局民生热线.txt")
    assert phone_in.source.kind != "reply"


def test_2_a_reports_presenting_is_no_fact_and_its_years_anniversaries_a_view(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *ZHUHAI)
    for ff in (distil(tmp_path, ws, REPRINTED_REPORT, "2024-01-30_珠海市政府工作报告.txt"),
               distil(tmp_path, ws, OWN_REPORT, "2025-02-20_珠海市政府工作报告.txt")):
        assert not any("请予审议" in f.text for f in ff.facts)
    preamble = first_saying(ff.facts, "成立75周年")
    assert preamble.kind == "context" and VIEWPOINT.match(preamble.text)  # (no material a draft's comment sends the clerk to)


def test_3_a_reviews_recent_years_end_in_its_year_and_the_past_has_no_span(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *ZHUHAI), REPRINTED_REPORT, "2024-01-30_珠海市政府工作报告.txt")
    figures = _figures(ff, "近两年每年600亿元左右")
    assert (figures["600亿元左右"].year, figures["600亿元左右"].until) == (2022, 2023)
    assert (figures["300亿元左右"].year, figures["300亿元左右"].until) == (2021, None)  # (at latest the year before 近两年)
    assert recent_runs("工业投资实现近十五年来首次超过房地产投资", 2023) == ()  # (a record, no span)


def test_4_a_figure_counts_the_thing_after_its_share_or_its_verb_of_adding(tmp_path):
    assert [f.counts for f in find_figures(PRIVATE_SHARES)] == ["地区生产总值", "税收", "城镇就业岗位"]
    # (each with its 的 too, as a page may print it: no threshold, 60%以上的税收 is a share)
    assert [f.counts for f in find_figures("当前民营企业贡献了全市近50%的地区生产总值、60%以上的税收、近85%的城镇就业岗位。")] == [
        "地区生产总值", "税收", "城镇就业岗位"]
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *ZHUHAI), REPRINTED_REPORT, "2024-01-30_珠海市政府工作报告.txt")
    figures = _figures(ff, "新增上市企业5家")
    assert figures["5家"].counts == "新增上市企业" and figures["7万人"].counts == "引进人才"
    assert figures["超44万人次"].counts == "珠海口岸出入境日均"
    assert figures["44.5万户"].counts == "经营主体总数"  # (the stock, no verb of adding)


# seeds/2024-03-04_珠海民营经济主体超40万户.txt of hd56c: its headline and its second paragraph.
STATISTICS = ('珠海民营经济主体已超40万户 拟设立“民营企业服务日”\n\ncnminqi 广东省 2024-03-04 13:01:41\n\n'
              '  统计数据显示,2023年,珠海民营经济主体增至40.55万户,占全市经营主体数超九成。民营规上工业企业实现工业总产值占全部规上工业总产值'
              '的53.4%,同比增长10.0%,增速高于全市4.3个百分点。民营规上工业企业实现工业增加值881.71亿元,占全部规上工业增加值的56.3%;同比增长'
              '10.4%,增速高于全市4.6个百分点。\n')


def test_5_every_figure_of_a_paragraph_opening_on_its_year_is_that_years(tmp_path):
    fact = first_saying(distil(tmp_path, unit_workspace(tmp_path / "ws", *ZHUHAI), STATISTICS,
                               "2024-03-04_珠海民营经济主体超40万户.txt").facts, "统计数据显示")
    assert fact.period.year == 2023 and len(fact.figures) == 9
    assert all((f.year or fact.period.year, f.until) == (2023, None) for f in fact.figures)
