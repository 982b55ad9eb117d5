"""hx65a2: findings of the held-out test hd65a (昆明市晋宁区教育体育局, 晋教体函〔2022〕12号), on its seeds' real lines.

F4. A background paragraph telling a place as it is now (六街镇…辖9个行政村，常住人口13529人…) and then its story (2009年9月…。2014年，…)
    speaks of its document's time (2019), not its story's last year (2014): the draft no longer refuses the 九年一贯制 ask
    as 只有2014年的相关情况…已8年. A reply's account of the year before its own (2026's 。2025年围绕…) stays that year's.
F6. A distance in a law's article quoted (《昆明市河道管理条例》中“第六条 河道沟渠50米两侧区域内禁止…”) is the law's term, no figure:
    distill labels none and ``check`` reports no stale number for it.
26号. A statement under 一、基本情况 closing on the need it affirms (…无法在原址上扩建，确实需要扩容新建。) is background, no work done;
    its 小学办学规模 names no unit (办学 is no office).
"""

from __future__ import annotations

import docx
import pytest

from helpers import distil, fact_saying, seeds_draft, unit_workspace

from drafter.check import check_draft, figure_tokens
from drafter.distill.figures import find_figures
from drafter.docx.ooxml import comments

JINNING = ("昆明市晋宁区教育体育局", "区教育体育局", "晋宁区", "昆阳街道, 宝峰街道, 晋城镇, 二街镇, 上蒜镇, 六街镇, 双河彝族乡, 夕阳彝族乡")
# seeds/2019-10-20_晋宁区教育体育局对第3号建议六街中学项目的答复.txt of hd65a (晋教体复〔2019〕25号), to its part two.
REPLY_25 = ("昆明市晋宁区教育体育局关于对昆明市晋宁区第一届人民代表大会第三次会议第3号建议的答复\n"
            "晋教体复〔2019〕25号 A\n"
            "尊敬的顾勇代表:\n"
            "您在晋宁区第一届人民代表大会第三次会议上提出的《关于明确六街中学项目建设相关事宜的建议》 ,已交我局研究办理,现答复如下:\n"
            "一、基本情况\n"
            "六街镇为晋宁区一山区乡镇,位于晋宁区东南部,与江川县、玉溪红塔区接壤,属三县交界,总面积108.6平方千米,辖9个行政村,"
            "常住人口13529人,辖区内原有一所中学。2009年9月,实施标准化学校建设后,六街中学并入上蒜中学,合并更名为晋宁七中。"
            "六街中学原校舍改建为六街第二小学(2010年标准化项目)。2014年,六街镇户籍在晋宁七中就读学生共660人。由于路途较远(25公里),"
            "尽管已开通周末学生接送专线,六街群众意见仍然较大。为此,六街镇在2014年启动恢复新建六街中学项目后,六街镇政府及晋宁区教育体育局"
            "开展了相关的前期工作。\n"
            "二、意见建议办理情况\n"
            "根据《中华人民共和国水污染防治法》(中华人民共和国主席令第八十七号)《饮用水水源保护区污染防治管理规定》(环管字第201号)"
            "《云南省滇池保护条例》及《昆明市河道管理条例》等政策性文件,项目用地与《昆明市河道管理条例》中“第六条 河道沟渠50米两侧区域内禁止"
            "下列行为:(一)新建、改建、扩建排污口、工业园区、陵园、墓葬”,水源地“二级保护区”项目地块用途与总体规划中(用地规划图)规划性质及布局"
            "不符,无法调整规划用地性质,项目用地选址调整后,用地不能保障生均用地标准。同时基于目前财政状况、师资配备等情况,六街镇政府与区教体局"
            "达成一致,六街中学项目建设不再实施。\n")
NAME_25 = "2019-10-20_晋宁区教育体育局对第3号建议六街中学项目的答复.txt"
# seeds/2019-10-20_晋宁区教育体育局对第87号建议晋城二小搬迁的答复.txt of hd65a (晋教体复〔2019〕26号), its header and 一、基本情况.
REPLY_26 = ("昆明市晋宁区教育体育局关于对晋宁区第一届人民代表大会第三次会议第87号建议的答复\n\n"
            "晋教体复〔2019〕26号                                                                    B\n\n"
            "尊敬的攀丽辉、宴朴莲、李应谦代表:\n\n"
            "你们晋宁区第一届人民代表大会第三次会议上提出的 《晋城二小的搬迁建议》,已交我局研究办理,现答复如下:\n\n"
            "一、 基本情况\n\n"
            "随着现代新昆明“一湖四环,一湖四片”的启动实施,昆明南城建设步伐的加快,未来几年,晋城几所小学办学规模将跟不上城镇化的发展需求。"
            "特别是晋城第二小学,学生总数有1300多人,生均占地、生均建筑面积不达标,周边是民房无法在原址上扩建,确实需要扩容新建。\n\n"
            "二、 意见建议办理情况\n\n"
            "为切实解决晋城第二小学场地狭窄问题,区教体局领导多次组织相关科室人员对晋城第二小学扩容新建及选址进行实地勘察和调研,"
            "并积极向省、市主管部门反映报告,争取省、市及上级部门的资金支持。截至目前,已完成项目建议书,正在报送薄弱环节和能力提升规划项目,"
            "待省厅审批后,立即开展相关工作,争取早日解决晋城第二小学场地不足问题。\n\n"
            "衷心感谢您对教育事业的关心和支持。\n\n"
            "昆明市晋宁区教育体育局  \n\n2019年10月20日\n")
NAME_26 = "2019-10-20_晋宁区教育体育局对第87号建议晋城二小搬迁的答复.txt"
# hd65a's suggestion.txt (第200号, its asks restated from the real reply 晋教体函〔2022〕12号).
SUGGESTION_200 = ("关于整合六街教育资源，充分利用教育规划用地的建议\n\n领衔代表：王强等代表\n\n"
                  "六街镇原有六街中学，2009年实施标准化学校建设后并入上蒜中学（晋宁七中），六街中学原校舍改为六街第二小学。此后恢复新建六街中学的"
                  "项目因用地涉及水源地保护和河道退让而取消，六街一小旁边规划的教育用地一直闲置，六街一小、二小两所小学规模小、办学条件差。为此建议：\n\n"
                  "一、整合六街镇教育资源，将六街一小、六街二小合并办学，改善办学条件。\n\n"
                  "二、充分利用六街一小旁边的教育规划用地，尽快办理用地手续，建设综合楼、食堂、学生宿舍等校舍。\n\n"
                  "三、合并后在六街举办九年一贯制学校，让六街学生就近读完初中。\n\n"
                  "四、争取上级资金支持，将项目纳入义务教育薄弱环节改善与能力提升项目，明确建设时限。\n")
ARTICLE = ("项目用地与《昆明市河道管理条例》中“第六条 河道沟渠50米两侧区域内禁止下列行为：（一）新建、改建、扩建排污口、工业园区、陵园、墓葬”，"
           "水源地“二级保护区”项目地块用途与总体规划中（用地规划图）规划性质及布局不符，无法调整规划用地性质。")


def test_f4_a_profile_of_now_telling_its_story_after_is_of_its_documents_time(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *JINNING), REPLY_25, NAME_25)
    fact = fact_saying(ff, "辖9个行政村")
    assert (fact.period.year, fact.period.basis) == (2019, "document date"), fact.period  # (was 2014, text)
    years = {g.raw: g.year for g in fact.figures}
    assert years["660人"] == 2014 and years["13529人"] is None, fact.figures  # (its story's count keeps its year)


def _period_saying(tmp_path, unit: tuple, page: str, name: str, words: str):
    """The period of the fact saying ``words`` when ``page`` (file ``name``) is distilled by the ``unit`` (name, short, place)."""
    return fact_saying(distil(tmp_path, unit_workspace(tmp_path / "ws", *unit), page, name), words).period


def test_f4_a_replys_account_of_the_year_before_stays_that_years(tmp_path):
    """泉州市科学技术局's 1288 reply (2026): 一是全市共引建大院大所30家…。2025年围绕…引进… is 2025's account, its first figures
    the stock before it — the year a reply reports on is no story told in passing."""
    page = ("泉州市科学技术局关于市十七届人大五次会议第1288号建议的答复\n泉科函〔2026〕15号\n林永红代表：\n"
            "您提出的《关于推动科技创新与产业创新深度融合的建议》收悉。现答复如下：\n一、基本情况\n"
            "一是全市共引建大院大所30家，其中涉及装备制造产业大院大所共有13家。2025年围绕智能制造与高端装备产业，引进国家级人形机器人创新平台"
            "“国家地方共建人形机器人创新中心”，依托福建（泉州）先进制造技术研究院建设福建首个具身智能服务机器人创新平台。\n")
    period = _period_saying(tmp_path, ("泉州市科学技术局", "市科技局", "泉州市"), page, "2026-05-20_1288.txt", "大院大所30家")
    assert period.year == 2025, period


def test_f4_a_cut_off_named_after_the_counts_dates_them(tmp_path):
    """巴中市“十四五”医疗卫生服务体系规划 (2023-09-27, hd56a's seed): …编制床位数19474张…分别较2015年增加…。截至2020年底，全市共有三级
    医院9家 — the cut-off its counts stand as of, no history in passing: of 2020, not the plan's 2023."""
    page = ("各县(区)人民政府,巴中经开区、文旅新区管委会,市政府各部门、直属事业单位,有关单位:\n"
            "经市政府同意,现将《巴中市“十四五”医疗卫生服务体系规划》印发给你们,请认真组织实施。\n巴中市人民政府办公室\n2023年9月27日\n"
            "巴中市“十四五”医疗卫生服务体系规划\n一、发展基础\n"
            "“十三五”期间,全市医药卫生体制改革不断深化,医疗卫生服务体系不断完善,医疗服务可及性、服务质量、服务效率和群众满意度显著提升。"
            "一是医疗卫生体系更加完善。2020年底,全市医疗机构3344个,比2015年增加180个。二是医疗卫生资源更加丰富。全市医疗卫生机构编制床位数"
            "19474张、实有床位数22687张,分别较2015年增加5099张、7141张。全市每千人口卫生技术人员5.47人、每千人口执业(助理)医师2.14人、"
            "每千人口注册护士2.25人,分别较2015年增长30.55%、11.46%、56.25%。截至2020年底,全市共有三级医院9家。\n")
    period = _period_saying(tmp_path, ("巴中市卫生健康委员会", "市卫生健康委", "巴中市"), page,
                            "2023-09-27_巴中市十四五医疗卫生服务体系规划.txt", "19474张")
    assert period.year == 2020, period


@pytest.fixture(scope="module")
def draft_200(tmp_path_factory):
    """hd65a's draft of 第200号 from the two replies' lines, as of 2022-06-20, class C: (workspace, the draft's path)."""
    tmp_path = tmp_path_factory.mktemp("hd65a")
    ws = unit_workspace(tmp_path / "ws", *JINNING)
    _, out = seeds_draft(tmp_path, ws, {NAME_25: REPLY_25, NAME_26: REPLY_26}, "200",
                         "关于整合六街教育资源，充分利用教育规划用地的建议", SUGGESTION_200, "--deputy", "王强",
                         "--session", "区第二届人大一次会议", "--date", "2022-06-20", "--type", "C")
    return ws, out


def test_f4_the_nine_year_school_ask_is_not_refused_as_eight_years_old(draft_200):
    notes = "\n".join(text for _, text in comments(docx.Document(draft_200[1])).values())
    assert "只有2014年的相关情况" not in notes and "已8年" not in notes, notes


def test_f6_check_finds_no_stale_number_in_the_laws_article_the_draft_quotes(draft_200):
    ws, out = draft_200
    assert "50米两侧区域内禁止" in "\n".join(p.text for p in docx.Document(out).paragraphs)
    found = [f for f in check_draft(ws, out).findings if f.code.startswith("number")]
    assert not [f for f in found if "50米" in f.message], found  # (was number-stale: 只见于2019年的事实…)


def test_f6_a_distance_in_a_laws_article_quoted_is_no_figure(tmp_path):
    assert find_figures(ARTICLE) == [] and figure_tokens(ARTICLE) == []
    fact = fact_saying(distil(tmp_path, unit_workspace(tmp_path / "ws", *JINNING), REPLY_25, NAME_25), "第六条")
    assert fact.figures == []  # (was 50米 counting 两侧区域内禁止下列行为)
    # (a figure outside the quote is still one: the rule is the article's words, not the law's name in the sentence)
    assert [g.raw for g in find_figures("按照《昆明市河道管理条例》要求，共清理河道沟渠12公里。")] == ["12公里"]


def test_26_a_need_affirmed_under_basic_situation_is_background(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *JINNING), REPLY_26, NAME_26)
    assert fact_saying(ff, "确实需要扩容新建").kind == "context"  # (was done)
    assert fact_saying(ff, "区教体局领导多次组织").kind == "done"  # (the work of part two stays done)
