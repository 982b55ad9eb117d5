"""hx61d2: what is no work of the bureau, found by the held-out tests hd61a (大理州卫生健康委员会) and hd61b (霞浦县农业农村局),
each on its seeds' real lines.

C1. A 政协委员's words told to a reporter (…告诉记者，这次他带来了3个提案…。张建波说：“我作为…我还提案建议…”) are their own
    account: never done work under 主要做法和成效 (was 二是在现场，大理市政协委员张建波告诉记者…), and no paragraph keeps the
    closing ” of a quotation whose opening it left out (was …十二条措施。”).
C3. A 政协 session's news (…会议…召开, 委员…向大会报到, 领取代表证) and a 督办组's visit are that body's activity, no done work;
    a page whose words tell of its reporter at the scene (记者在报到现场看到, 告诉记者) is news (was a work report).
ED4. A target named in a clause (努力实现到2022年茶产业产值超8亿元的目标) is no figure of the statement's results.
ED5. A visiting group's headcount (摄影采风团成员三十多人) is no work figure.
"""

from __future__ import annotations

from helpers import distil, first_saying, part_one, seeds_draft, unit_workspace

import docx

from drafter.compose.sentences import split_sentences, without_cut_quotations
from drafter.distill.facts import fact_kind
from drafter.distill.figures import normalise
from drafter.distill.structure import Unit
from drafter.model import Block
from helpers import XIAPU

DALI = ("大理白族自治州卫生健康委员会", "州卫生健康委", "大理州",
        "大理市, 漾濞县, 祥云县, 宾川县, 弥渡县, 南涧县, 巍山县, 永平县, 云龙县, 洱源县, 剑川县, 鹤庆县")
# seeds/2020-05-27_大理市政协委员报到.txt of hd61a: its first five lines.
REGISTERED = ('市政协九届四次会议于5月27日至29日在下关召开。5月26日上午,来自全市各行各业的政协委员肩负全市人民的重托,带着认真履职的责任和参政议政的热情,陆续前来向大会报到,积极建言献策、服务发展。\n'
              '记者在报到现场看到,会前各项准备工作井井有条,市政协委员在有序领取代表证及相关会议资料。有的委员办完报到手续开始专心阅读手中的会议资料,有的委员则围绕准备提交大会的提案展开讨论,现场气氛十分热烈。\n'
              '在现场,市政协委员张建波告诉记者,这次他带来了3个提案,其中2个关于新冠肺炎疫情防控工作,另一个与关爱一线医务人员有关。张建波说:“我作为大理州援鄂医疗的副队长出征武汉,积累了丰富的防控经验。我市作为一个旅游城市如何采取常态化的防控方式,在综合医院‘平战结合’的理念非常重要。平时可为普通群众提供医疗卫生服务,疫情期间可快速成为战疫收治医院。通过这次疫情的考验,加强我市辖区医院感染科、感染科门诊建设尤为重要,要充分重视医疗机构的作用,我还提案建议落实省政府办公厅印发的关于切实保护关心爱护一线医务人员的十二条措施。”\n'
              '在报到现场,随处可见市政协委员就各种民生问题展开讨论,每一个话题代表着一个群体的声音。政协委员们表示,将以高度的责任感、使命感认真履行人民赋予的职责,把老百姓的心里话带到会上。\n'
              '记者 彭黎明 戴向晖 杨 雨\n')
# seeds/2020-10-14_大理市政协重点提案督办.txt of hd61a: its line 16.
SUPERVISED = '督办组及提案主办方结合提案办理实际,到市二医院、市一医院、市疾控中心,实地查看医疗卫生机构建设、传染病防控体系建设及应急物资储备等情况,随后召开面商会议。面商会上,提案主办单位市卫生健康局汇报了提案办理及落实情况。与会人员围绕强化重特大传染病防治能力、加强应急物资储备、建设传染病专科医院、加快综合医院感染性疾病科建设等方面深入开展研讨,提出意见建议。市政协保留副处级待遇领导贾劬作为提案人,对市卫生健康局承办提案办理和成果转化落实提出了建议和意见。'
# suggestion.txt of hd61a (its title real, its asks restated from the reply).
SUGGESTION = ('关于重视社区卫生服务人才建设的提案\n\n提案人:张金勇、赵茂盛委员\n\n社区卫生服务机构由社区卫生服务中心和社区卫生服务站组成，是为社区群众提供基本卫生和诊疗服务的网底。'
              '当前我州社区卫生服务人才不足、能力偏弱。为此建议：\n一、重视社区卫生服务人才建设，加强对基层、社区卫生工作人员的培养，提升其服务能力；\n'
              '二、充实社区卫生服务中心、服务站的人员力量，稳定社区卫生人才队伍。\n')
# seeds/2018-01-19_霞浦县推进绿色发展质量兴茶对策.txt of hd61b: its title and date lines and line 13.
TEA_TARGET = ('霞浦縣推進綠色發展質量興茶對策之淺見\n\n2018-01-19 04:44:40鐘新菊\n\n'
              '茶業是霞浦縣傳統的農業支柱產業,霞浦產茶歷史悠久,是福建省20個重點產業縣之一,全省綠茶主產區。全縣涉茶人口達13萬余人,占全縣總人口的四分之一。近年來,縣委、縣政府高度重視茶產業工作,在上級有關部門的大力支持和關心下,2017年全縣茶園面積10.5萬畝,完成毛茶產量8206噸,產值4.6億元,為實施鄉村振興戰略,加快轉變茶產業發展方式,全面推進綠色發展,實現質量興茶,品牌強茶,努力實現到2022年茶產業產值超8億元的目標,筆者提出膚淺之對策,以期拋磚引鈺,共同提升茶產業綠色發展水平。\n')
# seeds/2014-03-11_寻找福建最美茶乡采风霞浦.txt of hd61b: its first three lines.
PHOTO_TOUR = ('“美丽中国·寻找福建最美茶乡”摄影采风团深入\n发布:2014-03-11 13:28:24来源:霞浦摄影网\n'
              '六月二十一日,“美丽中国·寻找福建最美茶乡”摄影采风团成员三十多人在霞浦生态茶园采访拍摄。两天来,采风团摄影记者、摄影家深入霞浦水门、柏洋、崇儒、长春、沙江等乡镇茶山村落,用镜头捕捉茶乡生态之美。(李民雄 夏斌 摄)\n')


def _kind_in_a_report(text: str) -> str:
    """The kind distill gives ``text`` (a seed's line as a paragraph reads it) as a work report's paragraph of no heading."""
    norm = normalise(text)
    return fact_kind(Unit(norm, Block(norm, text, 1), "para", [], "done"), norm, [], "done")


def test_c1_c3_a_members_words_and_a_session_are_no_work_of_the_bureau(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *DALI)
    _, out = seeds_draft(tmp_path, ws, {"2020-05-27_大理市政协委员报到.txt": REGISTERED}, "12", "关于重视社区卫生服务人才建设的提案",
                         SUGGESTION, "--deputy", "张金勇", "--session", "州政协十三届四次会议", "--date", "2022-02-14", "--proposal")
    paragraphs = [p.text for p in docx.Document(out).paragraphs]
    said = "".join(part_one(docx.Document(out)))
    for words in ("张建波", "提案", "报到", "代表证", "下关召开"):
        assert words not in said
    assert all(p.count("“") == p.count("”") for p in paragraphs)


def test_c1_c3_kinds_of_a_members_words_a_session_and_a_supervising_visit():
    lines = REGISTERED.splitlines()
    assert _kind_in_a_report(lines[0]) == "context"  # (the session held, its members registering)
    assert _kind_in_a_report(lines[1].removeprefix("记者在报到现场看到,")) == "context"  # (members taking their passes)
    assert _kind_in_a_report(lines[2]) == "context"  # (a member's words, told to the reporter)
    quoted = lines[2][lines[2].index("张建波说"):]
    assert _kind_in_a_report(quoted) == "context"  # (his words in the first person)
    assert _kind_in_a_report(lines[2][lines[2].index("这次"):]) == "context"  # (the proposals he brought)
    assert _kind_in_a_report(SUPERVISED) == "context"  # (the 督办组's visit)


def test_c3_a_page_telling_of_its_reporter_at_the_scene_is_news(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *DALI), REGISTERED, "2020-05-27_大理市政协委员报到.txt")
    assert ff.source.kind == "news"
    assert all(f.kind != "done" for f in ff.facts)


def test_c1_a_quotations_tail_is_not_kept_without_its_opening():
    text = normalise(REGISTERED.splitlines()[2])
    sentences = split_sentences(text)
    kept = [sentences[0], sentences[-1]]  # (what the draft kept: the first sentence, and the last, 通过这次疫情的考验…。”)
    assert without_cut_quotations(kept, text) == [sentences[0]]
    assert without_cut_quotations(sentences, text) == sentences  # (the whole quotation stays)
    assert without_cut_quotations(sentences[:3], text) == sentences[:1]  # (opened, its close not kept)


def test_ed4_a_named_target_is_no_figure_of_the_results(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *XIAPU[:3]), TEA_TARGET, "2018-01-19_霞浦县推进绿色发展质量兴茶对策.txt")
    fact = first_saying(ff.facts, "努力实现到2022年")
    raws = [g.raw for g in fact.figures]
    assert "4.6亿元" in raws and "10.5万亩" in raws  # (2017's results stay)
    assert not any("8亿元" in r and "4.6" not in r for r in raws)


def test_ed5_a_visiting_groups_headcount_is_no_figure(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *XIAPU[:3]), PHOTO_TOUR, "2014-03-11_寻找福建最美茶乡采风霞浦.txt")
    fact = first_saying(ff.facts, "摄影采风团成员")
    assert "三十多人" not in [g.raw for g in fact.figures]
