"""What two testers found drafting as clerks of bureaus drafter had never seen (/work/wt/hd17: 宁波市农业农村局,
马关县交通运输局; /work/wt/hd16: 惠州市教育局, 石林彝族自治县卫生健康局): the draft is to pick and word what the base holds.

- a result on the ask (完成第三次全国土壤普查外业调查…) left a placeholder, and a title of two words (道路硬化) found
  nothing in a base saying 通村硬化路;
- figures kept without the sentence naming what they count (种植面积42.61万亩… of 全市夏粮), read as all the grain's;
- an item's dated results cut (2024年，累计办理包容审慎案件412起…) while what a standard covers (13项违法行为的行政处罚标准)
  was flagged 【待更新：统计期】 mid-sentence, and the flag wedged after 研究决定：.

The pages are as the testers saved them (traditional characters and site clutter kept)."""

from __future__ import annotations

from helpers import draft_title, page_draft, part_one, unit_workspace

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


# 马关县交通运输局's reply to 第64号建议 of 2023 (ynmg.gov.cn/info/2400/101196.htm), its page's chrome kept.
MAGUAN_64 = """马关县交通运输局关于马关县第十八届人大二次会议第64号建议的答复函

来源: 更新时间:2024/01/03

陈万惠代表:

你提出的“关于维修坡脚镇桐子林至上弯腰树道路的建议”,已交我局研究办理,现答复如下:

加大农村公路建设力度和改善道路通行条件是我局义不容辞的责任,近年来,我们按照一个村小组至少有一条通村硬化路的目标和原则,大力解决群众出行难问题,目前主要是解决全县未通硬化路的进村路。你建议中提及的维修坡脚镇桐子林至上弯腰树道路,属于乡级管护道路,按照农村公路管养的原则“谁使用谁管养”,我局暂时解决不了。目前只能纳入项目库,待国家有这方面的投资计划,我局将及时申报,争取早日解决。

感谢你对交通运输工作的关心和支持,希望以后多提宝贵意见,以利于我们改进交通运输工作。

马关县交通运输局

2023年8月8日
"""


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
    on what its figure counts, no subject before it, gets back the sentence its numbered item opened on."""
    _, document = _ningbo(tmp_path)
    said = _section(part_one(document), "稳定粮食播种面积")
    assert said.startswith("全市夏粮再获丰收，面积、单产、总产实现“三增”，种植面积"), said


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
