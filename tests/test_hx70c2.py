"""hx70c2: held-out hd70c (上海市静安区民政局, 第126号建议《关于优化统筹各街镇社区食堂方便老年人就餐的建议》), fault 3, on its seeds' real lines.

A sentence used for an ask that is a list of members joined by 、，； each stating its own figure keeps only the members on the ask
(its words as it says them, or its longer names: 助餐服务点 of 助餐点, 社区长者食堂 of 社区食堂), with the sentence's lead: (一) said
现有社区老年人助餐服务点96个、乐龄家园助老服务站73个、标准化老年活动室225个 under 统筹各街镇社区食堂和助餐点的规划布局, and the
comment of part two's (一) quoted the 2025 plan's 改建认知障碍照护床位280张，新增2个社区综合为老服务中心、2家社区长者食堂、6个家门口
养老服务站 for its 2家社区长者食堂. A kept member after the first of its 、-list takes that one's verb (新增); what refers to a member
goes with it; a list summed or left open (等) is said whole, and so is one whose dropped lead is not known.
"""

from __future__ import annotations

import docx
from helpers import comments_on, seeds_draft, unit_workspace

from drafter.compose.sentences import on_topic_members

TITLE = "关于优化统筹各街镇社区食堂方便老年人就餐的建议"
# /work/wt/hd70c/suggestion.txt: its first two asks, as the reply restates them.
SUGGESTION = (TITLE + '\n\n目前我区各街镇陆续建成了一批社区长者食堂和老年人助餐点,但各街镇社区食堂建设和运营各自为政,布局不够均衡。为此建议:\n'
              '一、由区级层面统筹各街镇社区食堂和助餐点的规划布局,按照就近、均衡的原则增设助餐场所,织密助餐服务网络。\n'
              '二、打通各街镇之间的结算壁垒,实现老年人持一张卡(敬老卡、社保卡或银行卡)在全区各社区食堂通用就餐,并统一享受助餐优惠。\n')
# seeds/2023-04-23_静安区促进养老托育服务高质量发展实施方案.txt of hd70c (a mirror in traditional characters): its lines 7, 9-11.
MIRROR = ('靜安區促進養老托育服務高質量發展實施方案\n??一、實施背景\n??(一)發展基礎\n'
          '??服務體系逐步完善。養老服務供給持續增加,目前全區共有養老機構(含長者照護之家)48家,綜合為老服務中心23個,現有機構養老床位7466張,'
          '實現社區綜合為老服務中心和長者照護之家街鎮全覆蓋。現有社區老年人助餐服務點96個、樂齡家園助老服務站73個、標準化老年活動室225個,'
          '基本形成覆蓋全區、布局均衡、梯次合理的為老服務設施網絡和“15分鐘樂齡生活圈”。\n')
# seeds/2025-03-20_静安区民政局2025年工作要点.txt of hd70c: its lines 4-5, 7-10.
PLAN = ('静安区民政局\n2025年3月20日\n静安区民政局2025年工作要点\n一、聚焦积极应对人口老龄化,切实提高养老服务质量\n(一)补齐养老供给短板\n'
        '扎实完成市级、区级民心工程、实事项目。持续推进静安太保家园、城心社区等养老项目建设,完成市下达新增养老床位指标600张;改建认知障碍照护床位280张,'
        '新增2个社区综合为老服务中心、2家社区长者食堂、6个家门口养老服务站;为200名老年人提供家庭养老(照护)床位服务,为2600户特殊困难老年人家庭安装智能水表。\n')
JINGAN = ("上海市静安区民政局", "区民政局", "静安区", "江宁路街道, 南京西路街道, 天目西路街道, 彭浦镇")
BASE = "现有社区老年人助餐服务点96个、乐龄家园助老服务站73个、标准化老年活动室225个，基本形成覆盖全区、布局均衡、梯次合理的为老服务设施网络和“15分钟乐龄生活圈”。"
PLANNED = "改建认知障碍照护床位280张，新增2个社区综合为老服务中心、2家社区长者食堂、6个家门口养老服务站。"


def test_a_list_of_counts_keeps_the_members_on_the_ask_and_their_lead():
    assert on_topic_members(BASE, lambda m: "助餐" in m) == (
        "现有社区老年人助餐服务点96个，基本形成覆盖全区、布局均衡、梯次合理的为老服务设施网络和“15分钟乐龄生活圈”。")
    # (a member after the first of its 、-list takes its lead: no 乐龄家园助老服务站73个 without 现有; none of a ， before it)
    assert on_topic_members(BASE, lambda m: "乐龄" in m).startswith("现有乐龄家园助老服务站73个，基本形成")
    assert on_topic_members(PLANNED, lambda m: "食堂" in m) == "新增2家社区长者食堂。"
    assert on_topic_members(PLANNED, lambda m: "床位" in m or "服务站" in m) == "改建认知障碍照护床位280张，新增6个家门口养老服务站。"
    assert on_topic_members(PLANNED, lambda m: True) == on_topic_members(PLANNED, lambda m: False) == PLANNED


def test_a_list_is_said_whole_when_summed_open_or_its_lead_unknown():
    # seeds/2025-03-20 of hd70c, line 12: a list left open by 等 (no member cut from 八项提升行动's six things either)
    listed = "继续开展“老伙伴计划”“乐龄有伴”关爱和“沪助养老时光汇”等线下结对关爱行动，新增智慧养老院2家、“养老院+互联网医院”3家。"
    assert on_topic_members(listed, lambda m: "智慧" in m) == "继续开展“老伙伴计划”“乐龄有伴”关爱和“沪助养老时光汇”等线下结对关爱行动，新增智慧养老院2家。"
    # /work/shared/corpus (a 2025 target of a district's science bureau): its verb after what it counts, no lead known
    level = "到2025年,全区高新技术企业突破75家、科技型企业超过690家。"
    assert on_topic_members(level, lambda m: "科技型" in m) == level
    summed = "新增2个社区综合为老服务中心、2家社区长者食堂，共计4处。"  # (the plan's members, summed: a sum is of all)
    assert on_topic_members(summed, lambda m: "食堂" in m) == summed
    # /work/shared/corpus/21_qingpu_report_2016.txt: what a count of firms reached (实现产值…) and its change (同比…) go with it
    firms = ("全区规模以上生物医药工业企业43家,实现产值72.6亿元,同比增长0.4%;电子信息产业企业36户,实现产值103.2亿元,同比增长-11.7%;"
             "新材料产业企业75户,实现产值326.7亿元,同比增长14.2%。")
    assert on_topic_members(firms, lambda m: "新材料" in m) == "全区新材料产业企业75户,实现产值326.7亿元,同比增长14.2%。"
    assert on_topic_members(firms.replace(";", ","), lambda m: "新材料" in m) == firms.replace(";", ",")  # (no lead of its own)
    # the 2023 方案's sentence before BASE: the first kept takes the run's time and doer (目前全区); a count after a ，with no verb of
    # its own (综合为老服务中心23个) goes with the one before it
    held = ("养老服务供给持续增加，目前全区共有养老机构（含长者照护之家）48家，综合为老服务中心23个，现有机构养老床位7466张，"
            "实现社区综合为老服务中心和长者照护之家街镇全覆盖。")
    assert on_topic_members(held, lambda m: "床位" in m) == (
        "养老服务供给持续增加，目前全区现有机构养老床位7466张，实现社区综合为老服务中心和长者照护之家街镇全覆盖。")
    assert on_topic_members(held, lambda m: "为老" in m) == held.replace("现有机构养老床位7466张，", "")
    # facts/2025-reply-1071.yaml (泉科函〔2025〕81号): a count's total (累计达84个) goes with it; a 、-list of deeds (推荐3家科研院所…
    # after 指导11家高新技术企业, whose verb is no count's) is said whole
    talent = ("新引人才团队20个，累计达84个；指导11家高新技术企业、推荐3家科研院所入选人才自主评价试点单位，45家高新技术企业692名人才"
              "自主认定为泉州市高层次人才。")
    assert on_topic_members(talent, lambda m: "团队" in m) == "新引人才团队20个，累计达84个。"
    assert on_topic_members(talent, lambda m: "评价" in m) == talent


def test_the_draft_says_the_service_points_alone_and_quotes_the_plans_canteens(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *JINGAN)
    _, out = seeds_draft(tmp_path, ws, {"2023-04-23_静安区促进养老托育服务高质量发展实施方案.txt": MIRROR,
                                        "2025-03-20_静安区民政局2025年工作要点.txt": PLAN}, "126", TITLE, SUGGESTION,
                         "--deputy", "刘春燕", "--session", "区二届人大六次会议", "--date", "2025-05-21")
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    first = paragraphs[paragraphs.index("（一）由区级层面统筹各街镇社区食堂和助餐点的规划布局") + 1]
    assert "现有社区老年人助餐服务点96个，基本形成覆盖全区" in first
    assert "乐龄家园" not in first and "活动室" not in first and "、，" not in first  # (were said, off the ask)
    step = comments_on(out, "（一）由区级层面统筹各街镇社区食堂和助餐点的规划布局。")
    assert any("“新增2家社区长者食堂。”" in c for c in step)
    assert not any("认知障碍" in c or "社区综合为老服务中心" in c for c in step)  # (the plan's other members)


def test_one_works_results_are_said_whole_though_some_are_off_the_ask():
    """md60f: only a list of things held or made, each its own (hd70c's 现有…96个、…73个, 新增…), loses its members off the ask;
    the results of one work said together stay — the cut that lost the README quick start's 认定5个、培育4个 and the 81号 reply's
    120笔、8.61亿元."""
    # facts/2026-reply-1288.yaml: the 1350 quick start's 中试 sentence (under an ask on 中试验证平台)
    pilot = ("围绕院所、民企所需，在全省率先实施中试验证平台建设专项行动，推动41个中试验证平台申报入库培育，获省级制造业中试服务平台认定5个"
             "（全省第一）、培育4个（全省第二），着力打通“从1到10”小批量试生产壁垒。")
    assert on_topic_members(pilot, lambda m: "中试验证平台" in m) == pilot
    # facts/2025-reply-1071.yaml (泉科函〔2025〕81号)
    loans = ("推动科技企业享受“科技贷”政策性贷款，183家科技企业获得“科技贷”放款13.2亿元，累计帮助列入市技术创新基金研发投入“白名单”企业"
             "获得贷款120笔、放款8.61亿元。")
    assert on_topic_members(loans, lambda m: "科技贷" in m) == loans
    # tests/test_h254_asks.py's 上高县 page; tests/test_h318_hd56b.py's 交城县 report; tests/test_hx68a.py's 瓯海 托育
    works = "完成149座小型水库除险加固攻坚行动、116座病险山塘整治，防洪安全保障能力不断增强。"
    assert on_topic_members(works, lambda m: "水库" in m) == works
    farms = "完成粮食播种11.34万亩，总产量8287万斤，复耕撂荒地664.6亩，建设高标准农田1万亩。"
    assert on_topic_members(farms, lambda m: "撂荒" in m or "粮食" in m) == farms
    care = ("截至目前，全区已备案托育服务机构100家，其中纯托育机构19家、托幼一体园所81家，托位总数达4496个，普惠性托位占比达94.8%，"
            "每千人口拥有3岁以下婴幼儿托位数4.49个。")
    assert on_topic_members(care, lambda m: "托育" in m) == care
