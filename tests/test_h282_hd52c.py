"""hd52c's findings (河南省应急管理厅, its own 2022 replies to proposals, each page cut after ~2,000 characters): a reply's
transmittal naming its matter (将提案答复内容如下) read as a plan's lead, a document revised (修订完善了) no deed, asks whose
shared matter (应急预案) left them words no reply says, and a founding's year taken for the year of the work told after it."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from drafter.compose.sentences import under_way_at
from drafter.distill.facts import deeds_split
from drafter.distill.figures import normalise
from drafter.distill.periods import time_mentions

from helpers import distil, fact_saying, seeds_draft, unit_workspace

# The bureau's own pages as its site gives them (seeds of hd52c's workspace), whole: each cut after ~2,000 characters.
P1250537 = '您当前所在位置:首页 > 政务公开 > 信息公开目录 > 人大政协提案公开\n\n【打印】\n\n【字体:\n\n河南省应急管理厅\n关于对省政协第十二届五次会议\n第1250537号提案的答复意见\n\n时间:2022-12-29 来源:办公室 分享:\n\n李发军委员:\n\n  您提出的《关于提高应急处突能力有效应对重大自然灾害的提案》(第1250537号提案)收悉。我厅立即会同省纪委监委进行研究办理,现对您提出的相关建议答复如下:\n\n  一、关于进一步建立健全应急处突领导体制和工作机制的建议。\n\n  2019年以来,我厅提请省政府出台了《河南省政府关于改革完善应急管理体系的通知》,指导市县建立健全应急管理指挥机构,初步形成了应急管理破与立、防与救、统与分、上与下的工作机制。建立“党委领导、政府负责、行业监管、社会协同”的应急指挥体系,健全省、市、县、乡、村五级指挥机构。与省军区有关部门联合制定印发了《关于加强抢险救灾“四联”工作的意见》《关于建立行政村(社区)民兵连和村级应急救援队伍联动机制的通知》,会同有关部门制定了《河南省应急救援力量快速投送办法》,协同9省区签订“黄河流域九省区应急救援协同联动协议”。与各指挥部成员单位在信息沟通、行动协调、指挥、授权与职责、通信等方面加强会商研判,经常性开展桌面推演和实战演练。\n\n  二、关于建立重大突发自然灾害会商研判机制的建议。\n\n  建立灾情会商研判机制,在极端天气等重点时段或重大突发自然灾害期间,定期综合评估和分析潜在风险,各指挥部成员单位采取线上线下相结合的方式在信息沟通、行动协调、指挥、授权与职责、通信等方面加强会商研判,通过汇总分析,提出相应的会商分析意见,掌握各行业灾情,为灾后恢复重建提供科学依据。与省粮\n'
P1250891 = '河南省应急管理厅\n关于省政协十二届五次会议\n第1250891号提案的答复\n农工党河南省委会:\n“关于科学有效推进灾后重建”的提案收悉,非常感谢贵单位对我省应急管理工作的关心和支持。根据我厅职能,经研究,现答复如下:\n省应急厅于2018年11月29日整合9个部门和6个议事机构有关职责挂牌成立后,积极做好安全生产、综合防灾减灾、应急救援救助等各项工作。但全省应急管理机构组建时间短、体制机制不健全、物资配备不充分、救援力量较薄弱等问题仍比较突出,并在郑州“7·20”特大暴雨洪涝灾害应急处置过程中进一步暴露出来。针对我省应急管理工作的短板弱项,我们认真吸纳提案建议,深刻剖析问题成因,深入开展以案促改,全力推进灾后重建规划的编制与实施,加快推动应急能力提升项目建设,抓紧落实应急预案体系构建、应急救援物资装备配备、自然灾害救助制度完善、全民应急素养提升等重点工作,科学有效推进灾后重建,全面提升防灾减灾救灾能力。\n一、吸纳意见建议,科学编制规划\n我厅在编制灾后恢复重建应急能力提升专项规划时,认真吸纳提案意见建议,深入谋划我省应急能力提升的发展思路,明确提出了全面提升应急指挥、应急响应、应急救援、应急保障、灾害防范、智慧应急、全民应急等七项能力的主要任务和应急装备能力提升、应急指挥通信能力提升、灾害监测预警信息系统建设、消防综合救援装备能力提升、区域性综合应急救援保障基地(物资储备中心)建设、气象防灾减灾能力提升、基层应急能力提升等七项重点工程项目。同时,积极与《“十四五”国家应急体系规划》《河南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》《河南省“十四五”应急管理体系和本\n'
P1250905 = '河南省应急管理厅\n对政协第十二届河南省委员会第五次会议\n第1250905号(关于树牢安全发展理念 提升我省防灾减灾能力建设)提案的答复\n尊敬的王著委员:\n非常感谢您对应急管理工作的关心与支持。党中央国务院历来高度重视应急管理工作,在2018年实施机构改革后,整合相关职责组建应急管理部门,对进一步完善我国应急管理体制、集中管理应急救援力量、相对集中应急救援指挥权和提升我国应急管理水平具有重要意义。现根据我厅工作职能,将提案答复内容如下:\n一、关于提升防灾减灾应急组织协调能力。一是2019年,我省出台了《河南省人民政府关于改革完善应急管理体系的通知》(豫政〔2019〕11号),明确了“统”与“分”、“防”与“救”、“上”与“下”等原则,完善应急管理标准、组织、责任、预案、服务五个体系,提高应急基础、救援、协同、保障等四种能力,健全应急预警、会商、联动、协调、调查评估制度,建立“1+11”应急指挥体系。2021年,我省印发了《河南省人民政府关于印发<河南省突发事件总体应急预案(试行)>的通知》(豫政〔2021〕23号)。2022年,我省以省防汛应急指挥部名义修订完善了《河南省防汛专项应急预案》明确书记、省长为总指挥长。二是印发《河南省减灾委员会2022年工作要点》,明确了2022年全省防灾减灾救灾工作总体目标和要求,对2022年防灾减灾救灾重点工作作出安排部署结,针对郑州“7.20”特大暴雨救灾救助实际情况,围绕省减灾委各成员单位职责分工,修订了《河南省减灾委员会成员单位工作职责》,已征求各成员单位意见建议,并进一步修改完善,待省减灾委全体会议通过后印发实施。三是根据2021年度防灾减灾救灾工作考核情况,进一步整合乡镇(街道)安委会、减灾委等议事协\n'
# The proposal drafted (its whole text).
PROPOSAL = "关于推动河南省覆盖全行业全过程应急预案体系的提案\n\n提案人：民盟河南省委会\n\n建议：\n一、推动建立覆盖全行业、全过程的应急预案体系，完善各级各类应急预案。\n二、加强应急预案演练，强化预案的运用和检验。\n"
TITLE = "关于推动河南省覆盖全行业全过程应急预案体系的提案"


@pytest.fixture
def ws(tmp_path: Path):
    return unit_workspace(tmp_path / "ws", "河南省应急管理厅", "省应急管理厅", "河南省")


def test_a_transmittal_naming_its_matter_leads_no_plan(tmp_path, ws):
    # 现根据我厅工作职能，将提案答复内容如下： is the reply's transmittal, not 将 of what will be done: the items after it,
    # 2019年…出台了…。2021年…印发了…。2022年…修订完善了…, were plans (the 2022 one alone, the others cut out as deeds done)
    ff = distil(tmp_path, ws, P1250905, "2022-12-29_1250905王著提案答复.txt")
    revised = fact_saying(ff, "修订完善了《河南省防汛专项应急预案》")
    assert revised.kind == "done"
    assert fact_saying(ff, "豫政〔2021〕23号").kind == "done"
    # (the item after it did 印发, 修订了 and 征求意见, its rules then waiting on a meeting: done, its pending step the clerk's to check)
    assert fact_saying(ff, "待省减灾委全体会议通过后印发实施").kind == "done"


def test_a_step_waited_on_is_progress_to_check():
    # a 2022 reply's 待省减灾委全体会议通过后印发实施, drafted in 2023: its progress then, marked for the clerk as 正在…, 即将… are
    sentence = "修订了《河南省减灾委员会成员单位工作职责》，已征求各成员单位意见建议，并进一步修改完善，待省减灾委全体会议通过后印发实施。"
    assert under_way_at(sentence) == (len(sentence) - 1, "待省减灾委全体会议通过")
    assert under_way_at("2022年，我省以省防汛应急指挥部名义修订完善了《河南省防汛专项应急预案》。") is None


@pytest.mark.parametrize(("text", "done"), [
    # a document revised, its verb doubled, told done under a plan's heading: a deed cut out of the plan
    ("2022年，我省以省防汛应急指挥部名义修订完善了《河南省防汛专项应急预案》明确书记、省长为总指挥长。", True),
    ("2021年，我省修订了《河南省突发事件总体应急预案》。", True),
    # what is to be revised stays the plan's
    ("我省将修订完善《河南省防汛专项应急预案》。", False),
    ("适时修订完善《河南省防汛专项应急预案》。", False),
])
def test_a_document_revised_is_a_deed_done(text, done):
    assert any(d for _, d in deeds_split(text)) is done


def test_a_founding_year_starts_a_run_to_the_reply(tmp_path, ws):
    # 省应急厅于2018年11月29日…挂牌成立后，积极做好…各项工作。…抓紧落实应急预案体系构建… of a reply of 2022-12: 2018 to 2022, the
    # founding's own counts (整合9个部门和6个议事机构) of 2018
    norm = normalise("省应急厅于2018年11月29日整合9个部门和6个议事机构有关职责挂牌成立后，积极做好安全生产、综合防灾减灾、应急救援救助等各项工作。")
    assert [(a, b) for _, a, b, _ in time_mentions(norm, 2022, 12)] == [(2018, 2022)]
    assert [(a, b) for _, a, b, _ in time_mentions(normalise("该中心2019年组建以来，累计培训队员1200人次。"), 2022, 12)] == [(2019, 2022)]
    # (a year of a thing founded in passing, no clause going on after it, stays its own)
    assert [(a, b) for _, a, b, _ in time_mentions(normalise("2019年成立了专班，查处案件12件。"), 2022, 12)] == [(2019, 2019)]
    founded = fact_saying(distil(tmp_path, ws, P1250891, "2022-12-29_1250891农工党提案答复.txt"), "挂牌成立后")
    assert (founded.period.year, founded.period.until) == (2018, 2022)
    assert [(f.raw, f.year, f.until) for f in founded.figures] == [("9个", 2018, None), ("6个", 2018, None)]


def test_asks_sharing_the_titles_matter_find_the_work_on_it(tmp_path, ws):
    # 推动建立覆盖全行业、全过程的应急预案体系 beside 加强应急预案演练: 应急预案 said by both, each ask was left its qualifiers
    # (覆盖全行业, 全过程; 运用, 检验) and no fact answered either — the base's 2021 总体应急预案 and 2022 防汛专项应急预案 under the
    # first, its …经常性开展桌面推演和实战演练 under the second
    pages = {"2022-12-29_1250905王著提案答复.txt": P1250905, "2022-12-29_1250891农工党提案答复.txt": P1250891,
             "2022-12-29_1250537李发军提案答复.txt": P1250537}
    result, out = seeds_draft(tmp_path, ws, pages, "1310566", TITLE, PROPOSAL, "--deputy", "民盟河南省委会", "--proposal",
                              "--session", "省政协十三届一次会议", "--date", "2023-06-20")
    body = "\n".join(p.text for p in docx.Document(out).paragraphs)
    first, second = body.split("\n一、", 1)[1].split("\n二、", 1)
    assert "豫政〔2021〕23号" in first and "修订完善了《河南省防汛专项应急预案》" in first
    assert "实战演练" in second
    assert "2018年的相关情况" not in result.output


def test_each_asks_step_without_a_plan_is_highlighted_and_a_partner_opening_gets_its_subject(tmp_path, ws):
    # rs8 hd52c: section 1 reports 预案 work, so its step carried it on (下一步，我厅将持续推动建立…应急预案体系。) and was left
    # plain while section 2's (下一步，我厅将加强应急预案演练。) was highlighted: neither has a plan behind it; and section 2's fact,
    # cut from 1250537's paragraph after its 我厅提请…, opened on 与各指挥部成员单位… with no subject
    pages = {"2022-12-29_1250905王著提案答复.txt": P1250905, "2022-12-29_1250537李发军提案答复.txt": P1250537}
    _, out = seeds_draft(tmp_path, ws, pages, "1310566", TITLE, PROPOSAL, "--deputy", "民盟河南省委会", "--proposal",
                         "--session", "省政协十三届一次会议", "--date", "2023-06-20")
    paragraphs = docx.Document(out).paragraphs
    steps = [p for p in paragraphs if p.text.startswith("下一步，我厅将")]
    assert len(steps) == 2, [p.text for p in paragraphs]
    for step in steps:  # the ask's words, the step itself highlighted, not only the placeholder after it
        lit = "".join(r.text for r in step.runs if r.font.highlight_color is not None)
        assert lit.startswith(step.text.removeprefix("下一步，我厅将").split("【")[0]), (step.text, lit)
    assert "持续推动建立覆盖全行业、全过程的应急预案体系。" in steps[0].text
    drilled = next(p.text for p in paragraphs if "经常性开展桌面推演和实战演练" in p.text)
    assert drilled.startswith("我厅与各指挥部成员单位在信息沟通"), drilled
