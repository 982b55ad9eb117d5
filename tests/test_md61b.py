"""md61b: the sentence a placeholder's comment quotes from background material says something concrete, never the stance the
work is done in. Findings of the held-out tests hd67b (宜春市文化广电新闻出版旅游局, 关于加大市文旅大会项目长效运营和管护扶持力度的
建议) and hd72b (旺苍县文化旅游和体育局, 创新农旅深度融合), on their seeds' real lines.

hd67b's 宜府办发〔2022〕38号 says under 指导思想 聚焦“作示范、勇争先”目标要求，坚持以高质量发展为主题，加快推动…实施，深化推进…改革，
为建设文化旅游强市，助推社会经济高质量发展贡献力量 — each clause a frame, a push or an aim: the comment quoted it as what the base held
on 加强…跟踪指导，推动项目连线成片、形成旅游业态. It now names the source as touching the matter in general terms, quoting nothing and denying no work of the
bureau's (no 没有). hd72b's list of the county's rated spots (米仓山大峡谷、中国红军城、木门景区…) names things: still quoted.
"""

from __future__ import annotations

from helpers import WANGCANG_BUREAU as WANGCANG, WANGCANG_FARM_TOURISM as FARM_TOURISM, WANGCANG_TIANFU as TIANFU, comments_on, seeds_draft, unit_workspace

from drafter.compose.select import stance_only

YICHUN = ("宜春市文化广电新闻出版旅游局", "市文广新旅局", "宜春市",
          "袁州区, 樟树市, 丰城市, 高安市, 奉新县, 万载县, 上高县, 宜丰县, 靖安县, 铜鼓县")
GUIDING = ("聚焦“作示范、勇争先”目标要求,坚持以高质量发展为主题,加快推动双“一号工程”、乡村振兴战略实施,深化推进文化和旅游供给侧结构性改革,"
           "为建设文化旅游强市,助推社会经济高质量发展贡献力量。")
# hd67b's seeds/2022-09-27_宜府办发2022-38号推进旅游业高质量发展实施意见.txt: its first five lines.
OPINIONS = ('宜府办发〔2022〕38号 2022年9月27日\n'
            '宜春经济技术开发区管委会,各县(市、区)人民政府,宜阳新区管委会、明月山温泉风景名胜区管委会,市直有关单位:\n'
            '经第27次市政府常务会研究同意,现将《关于推进旅游业高质量发展的实施意见(2022—2025年)》印发给你们,请认真组织实施。\n'
            '为贯彻落实《江西省政府办公厅关于推进文化和旅游高质量发展若干措施》(赣府厅明〔2021〕65号)和《江西省人民政府办公厅关于推进'
            '旅游业高质量发展的实施意见》(赣府厅发〔2022〕8号)文件精神,推进文化旅游强市建设,结合我市实际,经市政府同意,提出如下意见。\n'
            '一、总体要求\n'
            '(一)指导思想。坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的十九大和十九届历次全会及习近平总书记视察江西时的'
            '重要讲话精神,深入贯彻落实市第五次党代会精神,' + GUIDING + '\n')
# hd67b's suggestion.txt, its title and asks.
FESTIVAL = ('关于加大市文旅大会项目长效运营和管护扶持力度的建议\n\n'
            '文化和旅游产业发展大会是一种带有现场会议性质的旅游资源推介，是展示城市形象的有效载体。但文旅大会结束之后，由于缺乏专业第三方公司'
            '运营管理，各地的参观点项目运营状况不太理想，部分文旅项目接管不到位，甚至搁置、停业。\n\n'
            '为此建议：\n'
            '一、建立文旅大会项目长效运营机制，引入专业第三方运营主体，对大会参观点项目实行市场化、专业化运营管理。\n'
            '二、加大对文旅大会项目后续运营和管护的扶持力度，在资金、政策上给予支持。\n'
            '三、加强对文旅大会项目会后运营情况的跟踪指导，推动项目连线成片，形成旅游业态，发挥长效作用。\n')
RATED = ("旺苍有国家级自然保护区——米仓山自然保护区，国家级风景名胜区——米仓山大峡谷，国家4A级旅游景区鼓城山---七里峡、米仓山大峡谷、"
         "中国红军城、木门景区，国家3A级旅游景区南阳山景区，省级森林公园——盐井河原始彩色森林公园，四川名泉——鹿亭温泉。")


def test_a_stance_is_told_from_what_names_things():
    assert stance_only(GUIDING.replace(",", "，"))
    assert not stance_only(RATED)
    # (one deed done among the frames says something: hd66c's 这五年，我们坚持项目为王，强化谋划招引落地… is no stance of frames alone)
    assert not stance_only("聚焦“作示范、勇争先”目标要求，坚持以高质量发展为主题，举办了第十六届月亮文化旅游节。")


def test_hd67b_a_stance_is_not_quoted_nor_any_work_denied(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *YICHUN)
    _, out = seeds_draft(tmp_path, ws, {"2022-09-27_宜府办发2022-38号推进旅游业高质量发展实施意见.txt": OPINIONS}, "122",
                         "关于加大市文旅大会项目长效运营和管护扶持力度的建议", FESTIVAL, "--deputy", "易某某", "--session",
                         "市五届人大三次会议", "--type", "A", "--date", "2023-06-15")
    notes = [n for n in comments_on(out, "【待补充：加强对文旅大会项目会后") if "宜府办发〔2022〕38号" in n]
    assert len(notes) == 1
    assert "作示范" not in notes[0] and "贡献力量" not in notes[0] and "“" not in notes[0]  # (was: 如“聚焦“作示范、勇争先”…”)
    assert "涉及该主题" in notes[0] and "总体表述" in notes[0] and "没有" not in notes[0]


def test_hd72b_named_spots_still_quoted(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *WANGCANG)
    _, out = seeds_draft(tmp_path, ws, {"2021-06-04_wangcang-tianfu-candidate.txt": TIANFU}, "32", "创新农旅深度融合 推动乡村振兴发展",
                         FARM_TOURISM, "--deputy", "李勇", "--session", "县政协第十届第四次会议", "--date", "2022-03-10", "--proposal")
    [note] = comments_on(out, "【待补充：打造提升红色旅游景区")
    assert "如“" + RATED + "”" in note
