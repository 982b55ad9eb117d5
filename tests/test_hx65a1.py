"""hx65a1: findings of the held-out test hd65a (昆明市晋宁区教育体育局, 晋教体函〔2022〕12号, C类, to 第200号建议 on 六街's schools),
each on its seeds' real lines.

1. Another school's work answers no ask on this one: the reply to the 晋城二小 suggestion (为切实解决晋城第二小学场地狭窄问题，…
   争取省、市及上级部门的资金支持) was drafted under 争取上级资金支持 for 六街一小、二小 — a school said short (六街一小, 晋宁七中) is a
   named school, 晋城第二小学 and 晋城二小 the same one.
2. A kept sentence of grounds (根据…不符，无法调整规划用地性质…) keeps the sentence stating what followed (…达成一致，六街中学项目
   建设不再实施。): the draft had kept the grounds alone, its 项目用地 naming no project; that sentence's 基于目前财政状况 is the
   present the decision weighed, no as-of date (was 基于截至2019年10月，财政状况).
3. A C reply's reason placeholder names the bureau's own earlier statement, quoted in the draft, of the work halted on that site.
4. Part one's lead claims no 成效 where every item under it is old material to update and the rest placeholders.
"""

from __future__ import annotations

import docx
import pytest

from helpers import comments_on, part_one, seeds_draft, unit_workspace

from drafter.compose.select import aimed_elsewhere, works_named

# seeds/2019-10-20_晋宁区教育体育局对第3号建议六街中学项目的答复.txt of hd65a (晋教体复〔2019〕25号): its head, its 一、基本情况 to
# the 2009 merger, its 二、意见建议办理情况 whole; the page stops in 三、.
REPLY_25 = (
    "昆明市晋宁区教育体育局关于对昆明市晋宁区第一届人民代表大会第三次会议第3号建议的答复\n晋教体复〔2019〕25号 A\n尊敬的顾勇代表:\n"
    "您在晋宁区第一届人民代表大会第三次会议上提出的《关于明确六街中学项目建设相关事宜的建议》 ,已交我局研究办理,现答复如下:\n"
    "一、基本情况\n六街镇为晋宁区一山区乡镇,位于晋宁区东南部,辖区内原有一所中学。2009年9月,实施标准化学校建设后,六街中学并入上蒜中学,"
    "合并更名为晋宁七中。\n二、意见建议办理情况\n根据《中华人民共和国水污染防治法》(中华人民共和国主席令第八十七号)《饮用水水源保护区污染防治管理"
    "规定》(环管字第201号)《云南省滇池保护条例》及《昆明市河道管理条例》等政策性文件,项目用地与《昆明市河道管理条例》中“第六条 河道沟渠50米两侧"
    "区域内禁止下列行为:(一)新建、改建、扩建排污口、工业园区、陵园、墓葬”,水源地“二级保护区”项目地块用途与总体规划中(用地规划图)规划性质及"
    "布局不符,无法调整规划用地性质,项目用地选址调整后,用地不能保障生均用地标准。同时基于目前财政状况、师资配备等情况,六街镇政府与区教体局达成一致,"
    "六街中学项目建设不再实施。\n三、下一步工作方向\n一是积极创造条件,进一步加强对晋宁区第七中学的建设及\n")
# seeds/2019-10-20_晋宁区教育体育局对第87号建议晋城二小搬迁的答复.txt of hd65a (晋教体复〔2019〕26号), its site's clutter left out.
REPLY_26 = (
    "昆明市晋宁区教育体育局关于对晋宁区第一届人民代表大会第三次会议第87号建议的答复\n\n晋教体复〔2019〕26号    B\n\n"
    "尊敬的攀丽辉、宴朴莲、李应谦代表:\n\n你们晋宁区第一届人民代表大会第三次会议上提出的 《晋城二小的搬迁建议》,已交我局研究办理,现答复如下:\n\n"
    "一、 基本情况\n\n特别是晋城第二小学,学生总数有1300多人,生均占地、生均建筑面积不达标,周边是民房无法在原址上扩建,确实需要扩容新建。\n\n"
    "二、 意见建议办理情况\n\n为切实解决晋城第二小学场地狭窄问题,区教体局领导多次组织相关科室人员对晋城第二小学扩容新建及选址进行实地勘察和调研,"
    "并积极向省、市主管部门反映报告,争取省、市及上级部门的资金支持。截至目前,已完成项目建议书,正在报送薄弱环节和能力提升规划项目,待省厅审批后,"
    "立即开展相关工作,争取早日解决晋城第二小学场地不足问题。\n\n\n衷心感谢您对教育事业的关心和支持。\n\n联系人及电话:赵玮  张建凯 67892775\n\n\n"
    "昆明市晋宁区教育体育局  \n\n2019年10月20日\n")
SEEDS = {"2019-10-20_晋宁区教育体育局对第3号建议六街中学项目的答复.txt": REPLY_25,
         "2019-10-20_晋宁区教育体育局对第87号建议晋城二小搬迁的答复.txt": REPLY_26}
TITLE = "关于整合六街教育资源，充分利用教育规划用地的建议"
# hd65a's suggestion.txt (its asks as the real reply answers them), its background cut to its first sentence.
TEXT = (f"{TITLE}\n\n领衔代表：王强等代表\n\n六街镇原有六街中学，2009年实施标准化学校建设后并入上蒜中学（晋宁七中），六街中学原校舍改为"
        "六街第二小学。为此建议：\n\n一、整合六街镇教育资源，将六街一小、六街二小合并办学，改善办学条件。\n\n"
        "二、充分利用六街一小旁边的教育规划用地，尽快办理用地手续，建设综合楼、食堂、学生宿舍等校舍。\n\n"
        "三、合并后在六街举办九年一贯制学校，让六街学生就近读完初中。\n\n"
        "四、争取上级资金支持，将项目纳入义务教育薄弱环节改善与能力提升项目，明确建设时限。\n")
AREAS = "昆阳街道, 宝峰街道, 晋城镇, 二街镇, 上蒜镇, 六街镇, 双河彝族乡, 夕阳彝族乡"


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hd65a")
    ws = unit_workspace(tmp / "ws", "昆明市晋宁区教育体育局", "区教育体育局", "晋宁区", AREAS)
    _, out = seeds_draft(tmp, ws, SEEDS, "200", TITLE, TEXT, "--deputy", "王强", "--type", "C", "--date", "2022-06-20",
                         "--force")
    return out


def test_a_school_said_short_is_a_named_school_and_another_schools_work_answers_no_ask_on_it(draft):
    asked = works_named(TEXT)
    assert {"六街一小", "六街二小", "六街中学", "晋宁七中"} <= asked.keys()  # (六街一小 was no named school)
    done = REPLY_26[REPLY_26.index("为切实解决"):REPLY_26.index("衷心感谢")]
    assert aimed_elsewhere(done, asked)
    assert not aimed_elsewhere(done, works_named("晋城二小的搬迁建议"))  # (the same school, said short)
    body = "\n".join(part_one(docx.Document(draft)))
    assert "晋城第二小学" not in body, body
    funds = part_one(docx.Document(draft))
    assert funds[funds.index("（四）争取上级资金支持") + 1].startswith("【待补充：争取上级资金支持"), funds


def test_grounds_kept_keep_the_outcome_they_led_to(draft):
    grounds = next(p for p in part_one(docx.Document(draft)) if "无法调整规划用地性质" in p)
    assert "用地不能保障生均用地标准。同时基于目前财政状况、师资配备等情况，六街镇政府与区教体局达成一致，六街中学项目建设不再实施。" in grounds


def test_a_c_replys_reason_names_the_bureaus_own_statement_of_the_work_halted(draft):
    notes = comments_on(draft, "【待补充：你们所提建议暂难落实的具体原因")
    assert any("晋教体复〔2019〕25号（2019-10-20）" in n and "六街中学项目建设不再实施。”" in n for n in notes), notes


def test_a_lead_over_old_material_and_placeholders_claims_no_results(draft):
    lead = part_one(docx.Document(draft))[0]
    assert lead.startswith("近年来，我局立足工作职责") and lead.endswith("积极开展工作，主要做法如下："), lead
