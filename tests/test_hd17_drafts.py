"""What two testers found drafting as clerks of bureaus drafter had never seen (/work/wt/hd17: 宁波市农业农村局,
马关县交通运输局; /work/wt/hd16: 惠州市教育局, 石林彝族自治县卫生健康局): the draft is to pick and word what the base holds.

- a result on the ask (完成第三次全国土壤普查外业调查…) left a placeholder, and a title of two words (道路硬化) found
  nothing in a base saying 通村硬化路;
- figures kept without the sentence naming what they count (种植面积42.61万亩… of 全市夏粮), read as all the grain's;
- an item's dated results cut (2024年，累计办理包容审慎案件412起…) while what a standard covers (13项违法行为的行政处罚标准)
  was flagged 【待更新：统计期】 mid-sentence, and the flag wedged after 研究决定：;
- a title's 新建 read as a village (重建新建村卫生室 → 新建村) while the text names 水塘铺村; a point asking for the mechanism
  between two kinds of school split at their 与 (建立特殊教育学校 owed); an item that is a gap given a second mark right
  after its first (【待补充：具体举措】【待补充：…的下一步举措】); and a point quoted with its 建议： (…，建议：在原…);
- a comment asking for 中药材种植试验示范 over an item on 中药材种植模式, and slogans (在…上不断发力) drafted as results;
- 您 and 你 in one letter, the bureau's own replies saying 你;
- ``check`` reporting a sentence's old figures once under its 【待更新：…】 flag and again one by one;
- a site's part one left 近年来，我局【待补充：…】 with no word of the older material the base holds.

The pages are as the testers saved them (traditional characters and site clutter kept)."""

from __future__ import annotations

from helpers import SHILIN_37, HUIZHOU_FAGAI_HUIBAN, MAGUAN_64, draft_title, page_draft, part_one, part_two_texts, unit_workspace

# 宁波市农业农村局's work list of July 2024 as a mirror prints it (gywsjdxxw.com/art/2024/7/31/art_1229058309_58991068.html):
# no date in its text.
NINGBO_JULY = """1.召開全局干部大會和全市農(nóng)業(yè)農(nóng)村局長會議暨促進(jìn)農(nóng)產(chǎn)品加工業(yè)發(fā)展現(xiàn)場推進(jìn)會,認(rèn)真學(xué)習(xí)貫徹黨的二十屆三中全會精神。
2.全市夏糧再獲豐收,面積、單產(chǎn)、總產(chǎn)實現(xiàn)“三增”。種植面積42.61萬畝,同比增加3.21萬畝,增幅8.1%;單產(chǎn)達(dá)293.0公斤/畝,位居全省第二;總產(chǎn)達(dá)12.48萬噸,位居全省第二,同比增加1.00萬噸,對全省夏糧增產(chǎn)貢獻(xiàn)度近1/4;增幅達(dá)8.7%,位居全省第一。
3.印發(fā)《寧波市漁業(yè)防臺工作手冊》,扎實做好3號臺風(fēng)“格美”防御工作;實施海洋捕撈漁船救生筏配備項目,為10人以上漁船增配氣脹式自扶正救生筏341只,做好我市1600艘特許捕撈漁船8月1日開捕前各項準(zhǔn)備工作。
4.指導(dǎo)北侖區(qū)做好四合村第二輪土地承包到期後再延長三十年的承包合同簽訂。
5.召開全市農(nóng)田建設(shè)管理工作會議,完成第三次全國土壤普查外業(yè)調(diào)查,開展第三季度糧功區(qū)儲備區(qū)劃定,加快推進(jìn)“多田套合”農(nóng)用地布局優(yōu)化,完成中央財政耕地地力補貼發(fā)放數(shù)據(jù)匯總和報送工作。
"""
# The tester's suggestion on grain (a probe of what the base covers).
GRAIN = """关于稳定粮食生产提升耕地质量的建议

领衔代表：陈某某

粮食安全是“国之大者”。建议：
一、稳定粮食播种面积，提高粮食单产和总产，确保完成粮食生产任务。
二、加强耕地保护和质量提升，做好土壤普查和耕地地力补贴发放。
三、规范涉农行政执法，优化种粮主体和涉农企业的营商环境。
"""
GRAIN_TITLE = "关于稳定粮食生产提升耕地质量的建议"


def _ningbo(tmp_path):
    ws = unit_workspace(tmp_path / "ws_nb", "宁波市农业农村局", "市农业农村局", "宁波市", "海曙区, 江北区, 北仑区, 宁海县")
    return page_draft(tmp_path, ws, NINGBO_JULY, GRAIN, "88", GRAIN_TITLE, "--date", "2026-05-20", "--type", "B")


def _section(paragraphs: list[str], heading: str) -> str:
    at = next(n for n, p in enumerate(paragraphs) if p.endswith(heading))
    return paragraphs[at + 1]


def test_a_task_completed_is_a_result_on_the_ask(tmp_path):
    """88's second ask (做好土壤普查和耕地地力补贴发放) was left 【待补充：…】 though the work list says 完成第三次全国土壤普查
    外业调查…完成中央财政耕地地力补贴发放数据汇总和报送工作: an undated item of no figure was taken to say nothing. 完成 a
    task reports it done; 确保完成粮食生产任务 (the first ask) remains no result."""
    _, document = _ningbo(tmp_path)
    said = _section(part_one(document), "加强耕地保护和质量提升")
    assert "完成第三次全国土壤普查外业调查" in said and "【待补充" not in said, said
    from drafter.compose.sentences import RESULT

    assert not RESULT.search("确保完成粮食生产任务") and not RESULT.search("力争完成年度目标")


def test_a_title_of_two_words_finds_the_facts_saying_both(tmp_path):
    """关于道路硬化的建议 drafted from its title alone found nothing (…没有与该主题相关…) in a base whose reply says 改善道路
    通行条件…通村硬化路: a fact had to hold all three bigrams of 道路硬化, 路硬 among them. Two words said apart are the topic."""
    ws = unit_workspace(tmp_path / "ws_mg", "马关县交通运输局", "县交通运输局", "马关县", "马白镇, 八寨镇, 坡脚镇")
    (tmp_path / "64.txt").write_text(MAGUAN_64, "utf-8")
    from click.testing import CliRunner

    from drafter.cli import cli

    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "64.txt")]).exit_code == 0
    document = draft_title(ws.root, tmp_path / "x.docx", "7", "关于道路硬化的建议", "--date", "2024-05-20")
    said = "".join(part_one(document))
    assert "一个村小组至少有一条通村硬化路" in said, said


def test_figures_keep_the_sentence_naming_what_they_count(tmp_path):
    """The work list's item 2 opens 全市夏粮再获丰收，面积、单产、总产实现“三增”。 then 种植面积42.61万亩…; distilled, the first
    sentence is the item's heading and the draft said 种植面积42.61万亩… alone, as if of all the grain (hd17 D4). A fact opening
    on what its figure counts, no subject before it, gets back the sentence its numbered item opened on; distill now keeps
    such an opening sentence (全市…，…) in the fact, so the draft says it as the page does."""
    _, document = _ningbo(tmp_path)
    said = _section(part_one(document), "稳定粮食播种面积")
    # (distill keeps that sentence in the fact since h70's 063ad18, so it is said as the page says it)
    assert said.startswith("全市夏粮再获丰收，面积、单产、总产实现“三增”") and "种植面积42.61万亩" in said, said
    # under a heading that is a lead phrase the item heads nothing more: its sentence as written
    from drafter.compose.select import fact_sentences
    from drafter.model import Fact, Figure, Period

    fact = Fact(id="f", text="种植面积42.61万亩，同比增加3.21万亩。", kind="done", period=Period(2024, "text"),
                jurisdiction="宁波市", source_id="s", section=["（二）粮食生产"], figures=[Figure(42.61, "亩", "42.61万亩", counts="种植面积")])
    assert fact_sentences(fact) == ["种植面积42.61万亩，同比增加3.21万亩。"]


# 宁波市农业农村局's bulletin 甬简040 第1期 of 2025-01-22 (nyncj.ningbo.gov.cn/art/2025/1/26/art_1229058377_58992261.html), its
# first item as the page prints it (cut off where the pages search cut it).
NINGBO_BULLETIN = """甬简040
第1期
宁波市农业农村局 2025年1月22日
◎要情聚焦
●我市以规范涉企行政执法推动营商环境持续优化。2024年,我市聚焦涉农企业健康发展,全面规范涉企行政执法行为,切实减轻企业负担,助力营商环境持续优化。一是执法程序规范化。全面推行包容审慎监管模式,实行“证码双亮”、首违不罚、两轻一免等制度,探索建立长三角农业农村领域行政处罚信息数据共享机制,统一区域内13项违法行为的行政处罚标准,形成不予处罚清单,确保执法规范、裁量公正、处罚公平。2024年,累计办理包容审慎案件412起、不予处罚183起,包容审慎率高达73.57%。二是检查方式精准化。推行非现场监管执法模式,加强智能监管平台、高清摄像监控、卫星遥感等技术综合应用,不断完善线索筛选、问题识别、风险预警机制;优化入企检查方式,充分运用“监管一件事”“双随机、一公开”和“平安一键督”应用系统,对重点领域风险隐患联查、联控、联治、联建,实现“管住风险、无事不扰”。2024年,双随机检查事项实现100%覆盖,全领域涉企检查频次缩减60%。
"""


def test_an_items_dated_result_stays_and_a_standards_scope_is_no_figure_to_update(tmp_path):
    """88's 规范涉农行政执法 kept 一是执法程序规范化's measures and cut the sentence after them, 2024年，累计办理包容审慎案件
    412起…, which says no word of the ask but is what the measures achieved; and it flagged 统一区域内【待更新：统计期】13项
    违法行为的行政处罚标准 — a standard's scope, no count that grows (hd17 D6). The result right after a kept sentence stays;
    a count of what a standard or list covers is a term, as a cap or an award is."""
    ws = unit_workspace(tmp_path / "ws_nb", "宁波市农业农村局", "市农业农村局", "宁波市", "海曙区, 江北区, 北仑区, 宁海县")
    _, document = page_draft(tmp_path, ws, NINGBO_BULLETIN, GRAIN, "88", GRAIN_TITLE, "--date", "2026-05-20", "--type", "B")
    said = _section(part_one(document), "规范涉农行政执法")
    assert "统一区域内13项违法行为的行政处罚标准，形成不予处罚清单" in said, said
    assert "2024年，累计办理包容审慎案件412起" in said, said


def test_a_date_goes_before_what_a_colon_opens():
    """鹿阜街道办事处's reply of 2019 (www.kmsl.gov.cn/c/2019-09-03/3616838.shtml) says 经村委会召开“两委”会议研究决定：由村委会
    出资3万元…; drafted in 2022, its period unknown, the flag stood after the colon, 研究决定：【待更新：统计期】，由… (hd16 DRAFT 1).
    What a colon opens is what the clause before it decided or said: the date goes before that clause."""
    from drafter.compose.sentences import year_position
    from drafter.model import Figure

    sentence = "经村委会召开“两委”会议研究决定：由村委会出资3万元，西纳村出资2万元，向上级争取6万元，新建一个120平方米的卫生室。"
    assert year_position(sentence, [Figure(3, "元", "3万元", counts="村委会出资")]) == 0
    sentence = "街道办与县人大沟通协调，争取县人大项目资金支持，安排补助资金5万元。"
    assert sentence[year_position(sentence, [Figure(5, "元", "5万元", counts="补助资金")]):].startswith("安排")


# Suggestion 122 as the tester wrote it from the held-out reply (www.kmsl.gov.cn/c/2022-06-30/6036172.shtml).
CLINIC = """关于重建新建村卫生室的建议
领衔代表：王红兰

石林街道水塘铺村委会原卫生室建盖年代久，房屋老化，面积小，地理位置不理想，群众看病就医不便，已不能满足村民的基本医疗和公共卫生服务需求。

建议：在原水塘铺小学老校址空地上新建水塘铺村卫生室，由县卫生健康局争取上级项目资金，会同石林街道和有关部门解决建设用地和配套资金，尽快启动重建工作。
"""


def test_a_site_named_by_a_verb_of_works_is_the_one_the_text_names(tmp_path):
    """关于重建新建村卫生室的建议 was answered as of a village 新建村 (关于您所提重建新建村卫生室, 对新建村卫生室的具体安排)
    while the text asks to 新建水塘铺村卫生室 (hd16 DRAFT 4), and the comment listing the ask read …，建议：在原水塘铺小学…
    (DRAFT 9). A place named by a verb of works is the one the text names for the works; a point drops its 建议：."""
    ws = unit_workspace(tmp_path / "ws_sl", "石林彝族自治县卫生健康局", "县卫生健康局", "石林彝族自治县", "鹿阜街道, 石林街道")
    result, document = page_draft(tmp_path, ws, SHILIN_37, CLINIC, "122", "关于重建新建村卫生室的建议",
                                  "--date", "2022-05-20", "--type", "B")
    said = "".join(p.text for p in document.paragraphs)
    assert "关于您所提重建水塘铺村卫生室，" in said and "对水塘铺村卫生室的具体安排" in said, said
    assert "新建村卫生室的具体安排" not in said and "（水塘铺村卫生室）" in result.output
    listed = next(c.text for c in document.comments if c.text.startswith("建议所提："))
    assert "建议：" not in listed and "一是重建新建村卫生室，在原水塘铺小学老校址空地上新建水塘铺村卫生室" in listed, listed


# 民进惠州市委会's proposal 2025044 as the tester wrote it from the held-out reply (惠市教案〔2025〕21号,
# njshoulai.com/…/post_5557023.html).
SPECIAL = """关于进一步推进我市特殊教育普惠高质发展的建议
提案人：民进惠州市委会

近年来，我市特殊教育取得长足进步，特殊教育学校实现县（区）基本覆盖，残疾儿童少年义务教育入学率稳步提高。但与人民群众的期盼相比，我市特殊教育仍存在普及程度不够均衡、非义务教育阶段特殊教育发展滞后、融合教育支持不足、服务对象覆盖面偏窄等问题。为此建议：

一、健全特殊教育体系，提高普及程度。坚持“全覆盖、零拒绝”，完善随班就读、特殊教育学校就读、送教上门的安置方式，提高送教上门服务质量；大力发展学前和高中阶段特殊教育，支持特殊教育学校增设学前部和职教部。

二、推进融合教育发展。建立特殊教育学校与普通学校的融合教育交流机制，开展随班就读结对帮扶，加强资源教室建设和巡回指导，共享融合教育资源。

三、逐步扩大特殊教育服务对象。将孤独症、学习障碍、情绪与行为障碍等特殊需要儿童纳入服务范围，试点设立孤独症儿童特殊教育班。
"""
SPECIAL_TITLE = "关于进一步推进我市特殊教育普惠高质发展的建议"


def test_things_joined_before_a_de_are_one_point():
    """建立特殊教育学校与普通学校的融合教育交流机制 asks for the mechanism between the two kinds of school; its 与 split it,
    and the draft asked for 建立特殊教育学校 as a point (hd16 DRAFT 6). Things joined that a 的 after them says of one
    thing are no parts of the point."""
    from drafter.compose.asks import parse_asks
    from drafter.compose.select import prime_asks

    asks = parse_asks(SPECIAL, SPECIAL_TITLE)
    prime_asks(asks, None)
    assert "建立特殊教育学校与普通学校的融合教育交流机制" in asks[1].owed("开展随班就读结对帮扶，加强资源教室建设。")
    owed = asks[1].owed("加强普通学校融合教育交流机制建设。")  # (the mechanism said: nothing of it owed)
    assert not any(o.startswith("建立特殊教育学校") for o in owed), owed


# 惠州市发展和改革局's 会办意见 of 2024-05-07 to 市教育局 (helpers.HUIZHOU_FAGAI_HUIBAN),
# and 市教育局's reply 惠市教案〔2018〕78号 (familybold.com/wanboguanwangmanbetx/zwgk/jytaxxgk/content/post_148121.html), as the
# mirrors print them (traditional characters; 开云(中国) for 关于), the second cut where the pages search cut it.
HUIZHOU_2018 = """[B]
惠市教案〔2018〕78号
对惠州市政协十二届二次会议
第20180121号提案的答复
刘远程委员:
您领衔提出的《开云(中国)完善自闭症儿童全纳教育支持体系的建议》收悉,现答复如下:
首先衷心感谢您对惠州教育的关心和支持!
近年来,我市认真贯彻《义务教育法》《残疾人保障法》《残疾人教育条例》《开云(中国)进一步加快特殊教育事业发展的实施意见》等政策法规的要求,将残疾人教育纳入全市推进高水平高质量发展基础教育的整体规划之中,初步构建起涵盖学前教育、义务教育、高中(职高)阶段教育的特殊教育体系,全市特殊教育事业得到了较快发展。
我市有7所特殊教育学校,其中6所公办学校、1所民办学校(自闭症康复教育学校),实现了全市7个县(区)特殊教育学校(30万人口以下的可设特教班)100%全覆盖。残疾儿童少年在校生数共2465人,其中,在特殊教育学校就读的872人,在普通学校随班就读、附设特教班就读或送教上门的1593人。2016年我市适龄特殊儿童少年(三类)入学率远高于省定指标90%,达到98.49%;2017年适龄残疾儿童少年(三类)入学率达到100%。
为了进一步做好我市的特殊教育工作,根据你们的建议,我们将采取以下措施:
一、特殊教育与普通教育协同发展。
近年来,市委、市政府始终高度重视特殊教育工作,将特殊教育作为基础教育的重要组成部分,纳入基础教育发展的总体规划,做到了与基础教育所有工作一样,统一规划、统一部署、统一实施、统一督导。2012年我市完成了惠阳区、惠东县、博罗县和龙门县特殊教育学校建设,2017年9月,惠城区新建成一所特殊学校,加上原有服务全市适龄特殊儿童的惠州市特殊学校和市护苗培智学校(民办),我市超额完成了全市30万人口以上县(区)各建设1所标准化特殊教育学校的
"""


def test_an_item_that_is_a_gap_gets_no_second_mark(tmp_path):
    """Drafted in 2026, part two's （二）推进融合教育发展。【待补充：具体举措】 was followed by 【待补充：建议所提开展随班就读结对
    帮扶…方面的下一步举措】, two marks in a row for one thing to write (hd16 DRAFT 6). An item that is a gap already names
    the points its plan does not say in that gap's comment."""
    ws = unit_workspace(tmp_path / "ws_hz", "惠州市教育局", "市教育局", "惠州市", "惠城区, 惠阳区, 博罗县, 惠东县, 龙门县")
    (tmp_path / "fagai.txt").write_text(HUIZHOU_FAGAI_HUIBAN, "utf-8")
    from click.testing import CliRunner

    from drafter.cli import cli

    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "fagai.txt")]).exit_code == 0
    _, document = page_draft(tmp_path, ws, HUIZHOU_2018, SPECIAL, "2025044", SPECIAL_TITLE, "--proposal",
                             "--date", "2026-04-20", "--type", "B")
    items = part_two_texts(document)
    assert not any("】【待补充" in t for t in items), items
    assert "（二）推进融合教育发展。【待补充：具体举措】" in items, items


# 宁波市农业农村局's reply to 第382号建议 of 2020 (nyncj.ningbo.gov.cn/art/2020/9/11/art_1229058290_57332914.html), as its page
# prints it (cut off where the pages search cut it), and the tester's suggestion on 竹林 (a probe of the bureau's reply form).
NINGBO_382 = """• 政务通知
  • 文字:
    保护视力色:
    宁波市农业农村局关于市十五届人大五次会议第382号建议的答复意见
  • 阅读:
  • 时间:2020-09-11 11:48
  • 来源:宁波市农业农村局
  • 作者:
  • 类别标记:A

    甬农函〔2020〕70号

    虞如坤代表:

    您在市十五届人大五次会议上提交的《关于加快林下经济发展的建议》(建议382号),由我局主办,市编委办、市自然资源和规划局协办,经综合协办单位意见,现提出答复意见如下:

    一、强化政策保障。林下经济是乡村产业重要产业之一,各级党委政府都非常重视。2012年国务院办公厅出台了《关于加快林下经济发展的意见》(国办发〔2012〕42号),宁波市政府于2013年出台了《关于加快林下经济发展的意见》(甬政办发〔2013〕154号),今年6月浙江省林业局等8部门联合出台了《关于加快推进竹产业高质量发展的意见》(浙林改〔2020〕38号)文件,提出要大力发展竹林林下经济,建设培育一批“一亩山万元钱”竹林复合经营示范基地。目前我市有关部门正在抓紧研究结合我市实际的竹产业发展扶持政策意见。各地各部门将发展林下经济作为乡村产业振兴新抓手,推进新的经济增长点,涌现出了很多“亩山万元”的高效益典型案例。

    二、强化模式试验推广。积极开展林下经济模式试验与示范。林特技术推广部门,积极试验,探索林下食用菌、中药材种植模式,成功引种了林下竹荪、大球盖菇、黑皮鸡枞、姬松茸等林菌品种和林下多花黄精、金线莲、三叶青、百合、铁皮石斛等中药材品种,取得了很好的经济效益。根据群众意愿,每年通过多种形式举办了农民实用技术培训班,推广林下经济种植技术。

    三、大力提升机械化水平。不断加大机具补贴范围和力度,种类范围每三年一轮,
"""
BAMBOO = """关于推进竹林复合经营促进山区农民增收的建议

领衔代表：王某某

我市竹林面积大，但竹林效益偏低，山区农民增收渠道窄。为此建议：

一、出台竹产业扶持政策。结合我市实际出台竹产业和竹林林下经济扶持政策，培育竹林复合经营示范基地。

二、推广竹林林下种植模式。开展竹林下食用菌、中药材种植试验示范，加强技术培训。

三、加大适用机具补贴。将竹林采伐、林下种植适用机具纳入农机购置补贴，提高山区生产机械化水平。
"""


def test_the_work_a_list_shares_is_no_part_of_its_last_thing(tmp_path):
    """Under 推广竹林林下种植模式 the comment asked for 【待补充：建议所提中药材种植试验示范方面的工作情况】 while the item right there
    says 探索林下食用菌、中药材种植模式…铁皮石斛等中药材品种 (hd17 D8): 开展竹林下食用菌、中药材种植试验示范 names 食用菌 and
    中药材, the 种植试验示范 done on both no part of the last."""
    from drafter.compose.asks import named_things

    assert named_things("开展竹林下食用菌、中药材种植试验示范") == ["竹林下食用菌", "中药材"]
    ws = unit_workspace(tmp_path / "ws_nb", "宁波市农业农村局", "市农业农村局", "宁波市", "海曙区, 江北区, 北仑区, 宁海县")
    _, document = page_draft(tmp_path, ws, NINGBO_382, BAMBOO, "56", "关于推进竹林复合经营促进山区农民增收的建议",
                             "--date", "2021-05-20", "--type", "B")
    # (382 is headed by its points and plans nothing on the page: the draft is per ask, hd18a)
    assert "探索林下食用菌、中药材种植模式" in _section([p.text for p in document.paragraphs], "推广竹林林下种植模式")
    assert not [c.text for c in document.comments if "中药材" in c.text and "【待补充" in c.text]


# 惠州市教育局's reply 惠市教案〔2024〕57号 (familybold.com/wanboguanwangmanbetx/zwgk/jytaxxgk/content/post_5314608.html), as the
# mirror prints it (开云(中国) for 关于), cut where the pages search cut it.
HUIZHOU_2024 = """[A]
惠市教案〔2024〕57号
对惠州市十三届人大四次会议代表建议第20240121号的答复
林振琼代表:
您提出的《开云(中国)鼓励和引导社会力量兴办特殊学校更好满足我市残疾儿童教育需求的建议》已收悉,现答复如下:
一、我市特殊教育工作情况
一是市政府和有关部门高度重视特殊教育工作。一直以来,惠州市委、市政府高度重视特殊教育,坚持政府主导、特教特办,把特殊教育发展列入政府工作议事日程,建立健全多部门协调联动的特殊教育推进机制,形成工作合力。我局也将办好特殊教育列入年度教育重点工作任务,作为我市教育系统的重点工作大力予以推进。近几年联合其他市直单位出台了《惠州市残疾儿童少年义务教育入学评估及转介安置工作实施方案(试行)》《惠州市促进特殊教育公平融合发展行动方案》《开云(中国)加强残疾儿童少年义务教育阶段随班就读工作的实施细则(试行)》《惠州市义务教育阶段适龄重度残疾儿童少年送教服务工作实施方案》等文件,同时,把特殊教育发展纳入《惠州市教育发展“十四五”规划》,为特殊教育高质量发展提供完善的政策保障。
《惠州市“十四五”特殊教育发展提升行动计划》2023年3月23日由市政府出台印发,“十四五”期间我市将在提高残疾儿童义务教育普及水平上持续用力,做到让更多残疾学生“有学上”。在推进融合教育发展上不断发力,做到让残疾学生“有适合的学上”。在完善特殊教育保障机制上形成合力,做到让残疾学生“上好学”。
二是进一步做好残疾儿童少年义务教育招生入学工作。近几年的义务教育招生工作通知,我市要求各县区按照“全覆盖、零拒绝”的要求,根据适龄残疾儿童少年的实际制订教育安置方案,逐一做好适龄残疾儿童少年的入学
"""


def test_a_slogan_is_no_result(tmp_path):
    """惠州's 2024 reply says 《…行动计划》2023年3月23日由市政府出台印发，“十四五”期间我市将在提高…水平上持续用力，做到… 在推进融合
    教育发展上不断发力，做到让残疾学生“有适合的学上”。; the 2025044 draft kept it as the only work on 推进融合教育发展 (hd16
    DRAFT 7). A clause of resolve (在…上不断发力, …持续用力) and what it is to achieve are no work done: the plan's issue is."""
    ws = unit_workspace(tmp_path / "ws_hz", "惠州市教育局", "市教育局", "惠州市", "惠城区, 惠阳区, 博罗县, 惠东县, 龙门县")
    _, document = page_draft(tmp_path, ws, HUIZHOU_2024, SPECIAL, "2025044", SPECIAL_TITLE, "--proposal",
                             "--date", "2025-06-25", "--type", "B")
    said = "".join(part_one(document))
    assert "由市政府出台印发" in said, said
    assert not any(w in said for w in ("持续用力", "不断发力", "形成合力，做到")), said


ROAD = """关于解决八寨镇夹马石村委会下寨小组至湾子寨村委会丫咪黑村小组交浪健油路公路硬化的建议

领衔代表：杨开顺

八寨镇夹马石村委会下寨小组至湾子寨村委会丫咪黑村小组，连接浪健油路的道路目前仍为土路，晴通雨阻，群众出行和农产品运输十分不便。建议县交通运输局将该路段纳入农村公路建设项目，争取资金尽快实施路面硬化，改善群众出行条件。
"""


def test_one_proposer_is_addressed_as_the_bureaus_own_replies_do(tmp_path):
    """马关's 124 opened 您提出的… (the template's word) and went on in the material of the bureau's reply to 64, whose
    every address is 你 (hd17 D9: 您/你 mixed in one letter). One proposer is addressed as the bureau's own replies in the
    base do, as several are (you_many): 你 where they say it and never 您."""
    ws = unit_workspace(tmp_path / "ws_mg", "马关县交通运输局", "县交通运输局", "马关县", "马白镇, 八寨镇, 坡脚镇")
    _, document = page_draft(tmp_path, ws, MAGUAN_64, ROAD, "124", ROAD.splitlines()[0], "--date", "2024-05-20", "--type", "C")
    said = "".join(p.text for p in document.paragraphs)
    assert "你提出的《关于解决八寨镇" in said and "感谢你" in said and "您" not in said, said
    # a base of no reply of its own saying 你: 您, as before
    (tmp_path / "nb").mkdir()
    other = unit_workspace(tmp_path / "nb" / "ws", "宁波市农业农村局", "市农业农村局", "宁波市", "海曙区")
    _, document = page_draft(tmp_path / "nb", other, NINGBO_JULY, GRAIN, "88", GRAIN_TITLE, "--date", "2026-05-20", "--type", "B")
    assert "您提出的《关于稳定粮食生产" in "".join(p.text for p in document.paragraphs)


def test_check_reports_a_flagged_sentences_old_figures_once(tmp_path):
    """石林's 122 was reported 8 times for one paragraph (hd16 COMMAND 1): its 【待更新：统计期】 finding named the figures
    to update, and each figure was reported again as stale. Drafted in 2027 from 宁波's bulletin, the sentence 2024年，累计办理
    包容审慎案件412起… carries 【待更新：2026年全年数据】: one finding, naming its figures."""
    import json

    from click.testing import CliRunner

    from drafter.cli import cli

    ws = unit_workspace(tmp_path / "ws_nb", "宁波市农业农村局", "市农业农村局", "宁波市", "海曙区, 江北区, 北仑区, 宁海县")
    page_draft(tmp_path, ws, NINGBO_BULLETIN, GRAIN, "88", GRAIN_TITLE, "--date", "2027-05-20", "--type", "B")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "check", str(tmp_path / "draft.docx"), "--json"])
    findings = json.loads(result.output)["findings"]
    there = [f for f in findings if "412起" in f["message"] or "412起" in f.get("excerpt", "")]
    assert len(there) == 1 and "【待更新：2026年全年数据】" in there[0]["message"], there
    assert "“412起”“183起”“73.57%”" in there[0]["message"], there


def test_a_sites_work_left_to_write_names_the_older_material(tmp_path):
    """With only the bureau's 2020 reply on 大哨村 (its work of 2017, and its account of 2017 to 2020, too old for a reply of
    2024), 122's part one was 近年来，我局【待补充：在该领域开展的工作和遵循的原则（注明年份）】 with no comment (hd16 DRAFT 2),
    though a section left empty for age names the old material. The site's placeholder names it too, each by the year it
    stands as of (2017年…以来 in a reply of 2020 is 2020's: a draft of 2022, hd16's, uses it, tests/test_span_age.py)."""
    ws = unit_workspace(tmp_path / "ws_sl", "石林彝族自治县卫生健康局", "县卫生健康局", "石林彝族自治县", "鹿阜街道, 石林街道")
    _, document = page_draft(tmp_path, ws, SHILIN_37, CLINIC, "122", "关于重建新建村卫生室的建议",
                             "--date", "2024-05-20", "--type", "B")
    assert "近年来，我局【待补充：在该领域开展的工作和遵循的原则（注明年份）】。" in part_one(document)
    assert any("已收集的材料中只有2017、2020年的相关情况" in c.text and "第37号建议" in c.text for c in document.comments), \
        [c.text for c in document.comments]


def test_a_part_of_one_section_has_no_heading_over_it(tmp_path):
    """马关's 124 asks one thing: part one's only section was headed （一）解决八寨镇夹马石村委会…公路硬化 (the title's 37
    characters, said again right after the lead-in 围绕解决八寨镇…积极开展工作), and part two's only item was （一）【待补充：…】
    (hd17 D7). As a section of one item has no 一是, a part of one section has no （一）: its items follow the lead-in, and
    ``check`` finds the numbering whole."""
    import json

    from click.testing import CliRunner

    from drafter.cli import cli

    ws = unit_workspace(tmp_path / "ws_mg", "马关县交通运输局", "县交通运输局", "马关县", "马白镇, 八寨镇, 坡脚镇")
    _, document = page_draft(tmp_path, ws, MAGUAN_64, ROAD, "124", ROAD.splitlines()[0], "--date", "2024-05-20", "--type", "C")
    one = part_one(document)
    assert "一个村小组至少有一条通村硬化路" in "".join(one) and not any(p.startswith("（一）") for p in one), one
    two = part_two_texts(document)  # its one item
    assert len(two) == 1 and not two[0].startswith("（一）"), two
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "check", str(tmp_path / "draft.docx"), "--json"])
    assert not [f for f in json.loads(result.output)["findings"] if f["code"] not in ("placeholder", "highlight")], result.output


def test_an_asks_heading_is_never_longer_than_a_heading_may_be(tmp_path):
    """马关's 124 (text of no numbered asks) was one ask named by its title's core, 解决八寨镇夹马石村委会…公路硬化 (37
    characters): part two asked 【待补充：解决八寨镇…公路硬化方面的下一步举措】 (hd17 D7, issue 8: at most MAX_PHRASE). A core
    too long is said shorter or not at all; then the sentence that asks (建议…) names it — by what is to be done, not by
    the unit that is to do it (县交通运输局将该路段纳入…)."""
    from drafter.compose.asks import MAX_PHRASE, parse_asks

    (ask,) = parse_asks(ROAD, ROAD.splitlines()[0])
    assert ask.phrase == "争取资金尽快实施路面硬化", ask.phrase
    ws = unit_workspace(tmp_path / "ws_mg", "马关县交通运输局", "县交通运输局", "马关县", "马白镇, 八寨镇, 坡脚镇")
    _, document = page_draft(tmp_path, ws, MAGUAN_64, ROAD, "124", ROAD.splitlines()[0], "--date", "2024-05-20", "--type", "C")
    (item,) = part_two_texts(document)
    assert "八寨镇" not in item and len(item.split("。")[0]) <= MAX_PHRASE + 2, item


def test_a_matter_too_long_for_a_heading_is_not_said_in_the_lead_in(tmp_path):
    """马关's 124 opened part one 近年来，我局立足工作职责，围绕解决八寨镇夹马石村委会下寨小组至湾子寨村委会丫咪黑村小组交浪健油路
    公路硬化积极开展工作 (hd17 D7): the title's 37 characters again, as the heading it no longer has. A matter longer than a
    heading may be is not said there: the bureau's plain lead-in."""
    ws = unit_workspace(tmp_path / "ws_mg", "马关县交通运输局", "县交通运输局", "马关县", "马白镇, 八寨镇, 坡脚镇")
    _, document = page_draft(tmp_path, ws, MAGUAN_64, ROAD, "124", ROAD.splitlines()[0], "--date", "2024-05-20", "--type", "C")
    assert part_one(document)[0] == "近年来，我局立足工作职责，积极开展工作，主要做法和成效如下：", part_one(document)


def test_part_two_items_of_asks_with_no_plan_are_in_one_form(tmp_path):
    """宁波's 56 (no plan in the base on any ask) listed （一）出台竹产业扶持政策。【待补充：具体举措】 and （二）【待补充：推广竹林
    林下种植模式方面的下一步举措】 (hd17 D11): 推广 is in no list of verbs of a step, so its ask's phrase was taken for no
    verb phrase. An ask's own phrase is what is asked done: each item leads with it."""
    ws = unit_workspace(tmp_path / "ws_nb", "宁波市农业农村局", "市农业农村局", "宁波市", "海曙区, 江北区, 北仑区, 宁海县")
    _, document = page_draft(tmp_path, ws, NINGBO_JULY, BAMBOO, "56", BAMBOO.splitlines()[0], "--date", "2026-05-20",
                             "--type", "B")
    items = part_two_texts(document)
    assert items == ["（一）出台竹产业扶持政策。【待补充：具体举措】", "（二）推广竹林林下种植模式。【待补充：具体举措】",
                     "（三）加大适用机具补贴。【待补充：具体举措】"], items


def test_a_plan_gaps_comment_is_said_in_full_once_then_referred_back(tmp_path):
    """56's three part-two items with no plan each carried 已收集的材料中没有该方面的工作计划… in full (hd23b fault 7),
    where other kinds of comment are said once and then 同前注: so is this one, what each ask proposes kept."""
    from drafter.compose.reply import ASKED_STEP_NOTE

    ws = unit_workspace(tmp_path / "ws_nb", "宁波市农业农村局", "市农业农村局", "宁波市", "海曙区, 江北区, 北仑区, 宁海县")
    _, document = page_draft(tmp_path, ws, NINGBO_JULY, BAMBOO, "56", BAMBOO.splitlines()[0], "--date", "2026-05-20",
                             "--type", "B")
    notes = [c.text for c in document.comments if "具体举措" in c.text]
    full = ASKED_STEP_NOTE.format(year=2026)  # (the items say the asks' words, nothing of them reported: hd30b)
    assert len(notes) == 3 and notes[0].startswith(full), notes
    assert all(n.startswith("同前注") and full not in n for n in notes[1:]), notes
    assert all("建议该条所提的做法为" in n for n in notes), notes  # (each ask's own, kept in the brief)


def test_every_part_one_gap_of_the_bureaus_own_has_a_comment(tmp_path):
    """维西's 79 (hd23d fault 8): part one's three 【待补充：…方面的工作情况及数据（注明年份）】 had no comment where the base
    held nothing to point to, though every gap is to say what to write; the first says it in full, the others 同前注."""
    from drafter.compose.gaps import WORK_GAP_NOTE

    ws = unit_workspace(tmp_path / "ws_nb", "宁波市农业农村局", "市农业农村局", "宁波市", "海曙区, 江北区, 北仑区, 宁海县")
    _, document = page_draft(tmp_path, ws, NINGBO_JULY, BAMBOO, "56", BAMBOO.splitlines()[0], "--date", "2026-05-20",
                             "--type", "B")
    gaps = [p for p in part_one(document) if p.startswith("【待补充：") and "工作情况及数据" in p]
    notes = [c.text for c in document.comments if c.text.startswith((WORK_GAP_NOTE, "同前注：请写明本单位此方面的工作情况"))]
    assert len(gaps) >= 2 and len(notes) == len(gaps) and notes[0] == WORK_GAP_NOTE, (gaps, notes)


def test_a_title_too_long_for_a_heading_is_not_asked_for_by_name(tmp_path):
    """Drafted from 124's title alone, part two asked 【待补充：解决八寨镇夹马石村委会…公路硬化方面的下一步举措】 (the title's
    37 characters as the matter of the plan, hd17 D7): a matter the lead-in does not say is not named here either."""
    ws = unit_workspace(tmp_path / "ws_mg", "马关县交通运输局", "县交通运输局", "马关县", "马白镇, 八寨镇, 坡脚镇")
    (tmp_path / "64.txt").write_text(MAGUAN_64, "utf-8")
    from click.testing import CliRunner

    from drafter.cli import cli

    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "64.txt")]).exit_code == 0
    document = draft_title(ws.root, tmp_path / "x.docx", "125", ROAD.splitlines()[0], "--date", "2024-05-20")
    said = [p.text for p in document.paragraphs]
    assert "【待补充：下一步工作计划】" in said and not any("交浪健油路公路硬化方面" in p for p in said), said
