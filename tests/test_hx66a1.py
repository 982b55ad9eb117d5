"""hx66a1: the held-out round hd66a's faults 1 and 2 and its distillation list (鞍山市市场监督管理局), each on its seed's real lines.

F1. In a news item, the bureau's own staff at work (辽宁省鞍山市市场监管局工作人员走进…社区，向群众宣传讲解…) is its work done (was
    background): its name after its province's too; the paper's byline (本报讯 （乔燕强）) no part of the fact, so 日前 opens it and is
    dated from the page; drafted, the bureau reads 我局. A total by the place's bare name (鞍山共检查…5981家次) is the place's work as
    鞍山市共检查 would be, and 我市 in a draft; a reporter's 据了解 before the bureau's deed is its attribution, as 据悉 is.
F2. A repost's header (时间：2025-05-13 22:42:58) later than every year its text names dates nothing: the lede's own day (…讯(记者
    王文郁)记者4月9日获悉) in the year the text names (2020) does; its title is the headline over that header, not the site's welcome.
D1. 预计地区生产总值增长2% under 一、2022年工作回顾 of a report of 2023-01-07 is 2022's estimate, its result (was a plan of 2023).
D2. A site's bar of links (久久久久久35区|中国高清一级欧美|…) runs into no line after it: the headline under it is the title.
"""

from __future__ import annotations

from helpers import distil, first_saying, page_draft, part_one, unit_workspace

from drafter.compose.sentences import own_place_named, self_named
from drafter.distill.facts import news_of_own_work
from drafter.distill.metadata import _reposted

ANSHAN = ("鞍山市市场监督管理局", "市市场监管局", "鞍山市", "铁东区, 铁西区, 立山区, 千山区, 台安县, 岫岩满族自治县, 海城市")

# seeds/2022-08-09_anshan-nipai-wojian-nidian-wojian.txt of hd66a (a 中国质量报 repost in traditional characters): its head and first
# two paragraphs.
NIPAI = ('中國質量新聞網\n您當前位置: 新聞中心>>中國質量報>>第五版>>\n\n遼寧鞍山市集中開展“你拍我檢”“你點我檢”活動\n\n2022-08-09 11:28:04 中國質量報\n\n本報訊 (喬燕強)日前,遼寧省鞍山市市場監管局工'
         '作人員走進鐵東區湖南街道銀環社區,向群眾宣傳講解食品安全法律法規和科普知識,手把手指導大家參加“你拍我檢”“你點我檢”活動,鼓勵群眾共同參與食品安全監管。\n\n為切實提升鞍山市食品安全保障水平,確保群眾“米袋子”“菜籃子”安全,充分形'
         '成多方參與、社會共治的良好局面,鞍山市市場監管局于7-8月在全市范圍內集中開展食品安全“你拍我檢”“你點我檢”活動,計劃抽檢150批次。\n\n')
# seeds/2021-11-26_anshan-jizhong-xiaohui-jiamao-weilie-shipin.txt of hd66a (a 辽宁日报 repost with pinyin notes): its head, lede and
# last two paragraphs.
XIAOHUI = ('久久久久久35区|中国高清一级欧美|黄A在线观看欧美|av免费网址探花|日韩无码69xx|熟女一区二区91|天天视频日本一码|亚洲伊人 啊啊啊|3级毛片免费观看|久草香视频在线看\n\n您好,歡迎訪問中國食品安全網!\n \n\n鞍山市'
           '市場監(jiān)管局集中銷毀假冒偽劣食品5.23噸\n\n2021-11-26 10:11來源:遼寧日報 編輯:邢丹\n\n近日,鞍山市開展了今年以來規(guī)模最大的集中銷毀假冒偽劣食品行動,5.23噸假冒偽劣食品在垃圾處理廠被統'
           '(tǒng)一銷毀。\n\n據了解,開展農村假冒偽劣食品專項執(zhí)法行動以來,鞍山市市場監(jiān)督管理局聯(lián)合相關部門,以農村集貿市場、城鄉(xiāng)接合部農貿市場、面向農村的食品批發(fā)市場為重點,嚴厲打'
           '擊生產經營假冒偽劣食品等違法犯罪行為。\n\n截至目前,在食品餐飲環(huán)節(jié),鞍山共檢查農村地區(qū)小餐飲單位5981家次。其中,學校周邊餐飲單位420家次;在食品流通環(huán)節(jié),共檢查農村集貿市場2'
           '06家、食品銷售業(yè)戶3910家;在食品生產環(huán)節(jié),共檢查農村小作坊362家、食品生產企業(yè)212家,發(fā)現(xiàn)違法違規(guī)經營主體52家,涉及違法企業(yè)及小作坊均已整改。(劉家'
           '偉\n')
# seeds/2020-04-09_anshan-chunji-xuexiao-shitang-zhuanxiang-jiancha.txt of hd66a (a 中国消费者报 story on a company's site): its head,
# lede and last paragraph.
CHUNJI = ('欢迎来到 广州市昌珑科技有限公司\n全国咨询热线: (86)020-123456789\n联系我们\n\n地址:联系地址联系地址联系地址\n\n电话:020-123456789\n\n传真:020-123456789\n\n邮箱:adm'
          'in@aa.com\n\n公司新闻\n辽宁鞍山:开展春季学校食堂食品安全专项检查\n时间: 2025-05-13 22:42:58浏览次数: 6228\n中国消费者报沈阳讯(记者 王文郁)记者4月9日获悉,开学在即,为全面落实防疫防控要'
          '求,强化学校食品安全监管,保障广大师生饮食健康,辽宁省鞍山市市场监督管理局将在全地区开展2020年春季开学学校食堂食品\n\n  为有序开展校园食品安全规范工作,鞍山市市场监管局执法人员到高新区为学校负责人及校园食品安全负责人开展了校园'
          '食堂食品安全培训,围绕学校如何做好食堂的防疫防控和食品安全管理\n')
# seeds/2023-01-07_anshan-zhengfu-gongzuo-baogao-2023.txt of hd66a: its head and the review's first two paragraphs.
REPORT = ('2023年鞍山市政府工作报告\n——2023年1月7日在鞍山市第十七届人民代表大会第二次会议上\n市长 王忠昆\n发布时间:2023年01月31日\n信息来源:鞍山市政府网站\n【 字体: 】? 【打印文章】\n\n各位代表:\n\n '
          ' 现在,我代表市人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。\n\n  一、2022年工作回顾\n\n  刚刚过去的2022年,是鞍山发展进程中极不平凡、极具考验的一年,我们坚持以习近平新时代中国特色社会主'
          '义思想为指导,全面贯彻落实党的十九大、十九届历次全会和党的二十大精神,深入贯彻习近平总书记关于东北、辽宁振兴发展的重要讲话和指示批示精神,在市委的坚强领导下,完整、准确、全面贯彻新发展理念,坚决落实“疫情要防住、经济要稳住、发展要安全”'
          '重要要求,高效统筹疫情防控和经济社会发展,统筹发展和安全,有效应对历史罕见的洪涝灾害,着力防范化解各类风险,经济运行稳中有进,新动能加速集聚,人民生活持续改善,社会大局和谐稳定,高质量发展迈出坚实步伐,新一届政府工作实现良好开局。\n'
          '\n  一年来,我们坚持精准施策、加压奋进,经济运行稳中向好。积极应对疫情多发频发等超预期因素,加力落实稳经济一揽子政策措施和接续政策,及时制定出台“2+10”系列稳增长政策举措,推动全市经济加快恢复。预计地区生产总值增长2%,固定资产'
          '投资增长3%,规模以上工业增加值增长0.5%,城乡居民人均可支配收入分别增长2.5%和3%。千方百计帮扶企业,建立“市长直通车”企业诉求直达通道,深入开展“三保三送”“党员干部结对企业”等行动,精准解决企业问题近千个,减轻企业税费负担5'
          '0.8亿元,为中小微企业延期还本付息12.6亿元,投放支小再贷款11.87亿元,金融机构本外币贷款余额增长6.5%,新增\n')
# The suggestion of hd66a (suggestion.txt: its title line and asks).
SUGGESTION = ("关于加强食品安全的建议\n提案人：金泉禹委员\n食品安全关系群众身体健康，群众食品安全意识和参与监督的能力仍需提高，部分经营者主体责任落实"
              "不到位。建议：\n一、加强食品安全宣传，深入学校、社区、村屯、企业和商超，普及食品安全法律法规和科学常识，提高群众的食品安全意识和监督"
              "能力；\n二、聚焦重点场所和重点环节，加大食品安全监督检查和抽检力度，守护群众“舌尖上的安全”。\n")


def anshan(tmp_path):
    """A workspace of hd66a's bureau."""
    return unit_workspace(tmp_path / "ws", *ANSHAN)


def test_f1_the_bureaus_staff_at_work_in_its_news_is_its_work_done(tmp_path):
    ff = distil(tmp_path, anshan(tmp_path), NIPAI, "2022-08-09_anshan-nipai-wojian-nidian-wojian.txt")
    visit = first_saying(ff.facts, "银环社区")
    assert visit.text.startswith("日前，辽宁省鞍山市市场监管局工作人员走进铁东区湖南街道银环社区")  # (was 本报讯 （乔燕强）日前，…)
    assert (visit.kind, visit.period.year) == ("done", 2022)  # (was context)
    assert not {"本报讯", "乔燕强"} & set(visit.topics)
    # (the bureau named after its province is the bureau; the province's own bureau is not)
    assert news_of_own_work(visit.text, "鞍山市市场监督管理局", "鞍山市")
    assert not news_of_own_work("日前，辽宁省市场监督管理局工作人员走进铁东区湖南街道银环社区", "鞍山市市场监督管理局", "鞍山市")


def test_f1_drafted_the_visit_is_dated_and_told_by_the_bureau_itself(tmp_path):
    ws = anshan(tmp_path)
    _, document = page_draft(tmp_path, ws, NIPAI, SUGGESTION, "124", "关于加强食品安全的建议", "--proposal",
                             "--session", "市政协十五届三次会议", "--date", "2024-06-14",
                             name="2022-08-09_anshan-nipai-wojian-nidian-wojian.txt")
    told = "\n".join(part_one(document))
    assert "2022年8月，我局工作人员走进铁东区湖南街道银环社区，向群众宣传讲解食品安全法律法规和科普知识" in told
    assert "本报讯" not in told and "乔燕强" not in told and "日前" not in told
    assert self_named("与此同时，辽宁鞍山市市场监管局采取线上线下相结合的方式", ws) == "与此同时，我局采取线上线下相结合的方式"
    assert self_named("省局联合辽宁省鞍山市市场监管局开展", ws) == "省局联合辽宁省鞍山市市场监管局开展"  # (an object stays)


def test_f1_a_total_by_the_places_bare_name_and_the_bureaus_deed_heard_are_work_done(tmp_path):
    ws = anshan(tmp_path)
    ff = distil(tmp_path, ws, XIAOHUI, "2021-11-26_anshan-jizhong-xiaohui-jiamao-weilie-shipin.txt")
    checked = first_saying(ff.facts, "5981家次")
    assert checked.text.startswith("截至目前，在食品餐饮环节，鞍山共检查农村地区小餐饮单位5981家次")
    assert (checked.kind, checked.jurisdiction, checked.period.year) == ("done", "鞍山市", 2021)  # (was context)
    struck = first_saying(ff.facts, "严厉打击生产经营假冒伪劣食品")
    assert struck.text.startswith("开展农村假冒伪劣食品专项执法行动以来，鞍山市市场监督管理局联合相关部门")  # (was 据了解，…)
    assert struck.kind == "done"  # (was context)
    assert own_place_named("截至2021年11月，在食品餐饮环节，鞍山共检查农村地区小餐饮单位5981家次。", ws).startswith(
        "截至2021年11月，在食品餐饮环节，我市共检查")
    assert own_place_named("鞍山市场监管部门要求相关学校每天对配餐及就餐场所开展全面消杀", ws).startswith("鞍山市场")  # (no 我市场)
    # (someone's words quoted keep the place as they said it: hd66d's seed 2024-07-01_7年来户籍当年出生人口首次回升.txt)
    ouhai = unit_workspace(tmp_path / "ouhai", "温州市瓯海区卫生健康局", "区卫生健康局", "瓯海区")
    said = "“我们一直有生二孩的想法，但自己工作忙，多一个孩子也代表多一份压力，所以考虑了很久。这几年瓯海在托育上推出许多优秀举措，让我们能够放心生、轻松养了。”张哲说。"
    assert own_place_named(said, ouhai) == said


def test_f2_a_reposts_later_header_dates_nothing_the_ledes_day_in_the_texts_year_does(tmp_path):
    ff = distil(tmp_path, anshan(tmp_path), CHUNJI, "chunji-xuexiao-shitang.txt")  # (a name telling no day)
    assert ff.source.date == "2020-04-09"  # (was 2025-05-13)
    assert ff.source.title == "辽宁鞍山：开展春季学校食堂食品安全专项检查"  # (was 欢迎来到 广州市昌珑科技有限公司)
    training = first_saying(ff.facts, "开展了校园食堂食品安全培训")
    assert (training.kind, training.period.year) == ("done", 2020)  # (was 2025, after the reply)
    lede = "中国消费者报沈阳讯（记者 王文郁）记者4月9日获悉，开学在即"
    assert _reposted(lede, "2025-05-13", "page.txt", [2020]) == "2020-04-09"
    assert _reposted(lede, "2025-05-13", "page.txt", []) is None  # (a text naming no year of its own: the header stands)


def test_d1_an_estimate_under_the_heading_reviewing_its_year_is_that_years_result(tmp_path):
    ff = distil(tmp_path, anshan(tmp_path), REPORT, "2023-01-07_anshan-zhengfu-gongzuo-baogao-2023.txt")
    estimate = first_saying(ff.facts, "预计地区生产总值增长2%")
    assert estimate.section == ["一、2022年工作回顾"]
    assert (estimate.kind, estimate.period.year) == ("done", 2022)  # (was a plan of 2023)
    assert {g.raw: g.counts for g in estimate.figures}["50.8亿元"] == "减轻企业税费负担"


def test_d2_a_bar_of_links_over_the_headline_runs_into_no_title(tmp_path):
    ff = distil(tmp_path, anshan(tmp_path), XIAOHUI, "2021-11-26_anshan-jizhong-xiaohui-jiamao-weilie-shipin.txt")
    assert ff.source.title == "鞍山市市场监管局集中销毁假冒伪劣食品5.23吨"  # (was none: the bar ran into it)
