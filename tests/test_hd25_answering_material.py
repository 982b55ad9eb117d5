"""Held-out rounds hd25b (九江市教育局) and hd25d (淮南市交通运输局): what answers a title, and what a comment names as
the material on an ask.

Each test distils excerpts of the testers' real seeds (their lines as the pages print them) in a workspace of the bureau.
"""

from __future__ import annotations

import math
import zipfile

import docx

from click.testing import CliRunner
from helpers import unit_workspace

from drafter.cli import cli
from drafter.compose.select import on_matter
from drafter.workspace import load_workspace


def _draft(tmp_path, ws, number: str, title: str, text: str, *options: str) -> str:
    """``title`` drafted in ``ws`` from the suggestion ``text``: the draft's comments (its XML)."""
    (tmp_path / f"{number}.txt").write_text(text, "utf-8")
    out = tmp_path / f"{number}.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", number, title, "--deputy", "张某",
                                      "--text", str(tmp_path / f"{number}.txt"), "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as z:
        return z.read("word/comments.xml").decode("utf-8")


# 九江市教育局's 十四五 press conference (2025-12-12), its paragraphs on 党建, 五育 and 资源供给, as the page prints them.
JIUJIANG_1212 = """12月12日,“辉煌‘十四五’ 九江勇争先”系列新闻发布会市教育局专场举行。“十四五”以来,市教育局聚焦“走在前、勇争先、善作为”目标要求,全面贯彻党的教育方针,落实立德树人根本任务,补短板、强弱项,抓改革、求创新,扩资源、提质量,推动九江教育事业迈上新台阶,人民群众教育获得感、幸福感显著增强。
治教办学达到新高度。全面从严治党纵深推进,深入开展党史学习教育、学习贯彻习近平新时代中国特色社会主义思想主题教育、党纪学习教育、深入贯彻中央八项规定精神学习教育,全面开展“固本兴新勇争先”大学习大调研大讨论大提升活动,党风政风行风稳步向好。中小学党建工作持续强化,526所学校实现党组织领导的校长负责制全覆盖。在全省率先开展中小学校党务工作者队伍建设试点,21所中小学校有效落实。柴桑区特殊教育学校党支部获评“全国先进基层党组织”。
五育并举开创新局面。思政教育改革创新深化,建成思政名师工作室28个,26所中小学、幼儿园被评为省红色基因传承示范校。体美劳教育深入开展,创建国家级体育特色学校186所,13个县(市、区)普及游泳教育。在全省率先成立市级青少年心理健康和家庭教育指导服务中心。教育国际交流合作拓展深化,成功承办“体验九江庐山·知行中国:全球青少年模拟世界遗产大会”等活动,有力提升九江教育国际知名度和影响力。
资源供给持续扩大。“十四五”期间,全市财政性教育经费累计投入达704.97亿元。教育布局不断优化,新改扩建教育项目400个,改扩建面积220万平方米,新增学位4.8万个。
"""
AIRCON_ASKS = """近年来夏季高温天气频发，我市部分公办中小学教室尚未安装空调，影响师生正常教学和身体健康。为此建议：
一、将公办中小学教室安装空调纳入学校基础设施改善工程，新建学校教室同步配齐空调，现有学校逐步实现全覆盖。
二、多渠道筹措资金，对财政困难的县（市、区）给予支持。
三、协调电力部门，解决老旧学校安装空调所需的电力增容问题。
"""


def _jiujiang(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "九江市教育局", "市教育局", "九江市", "浔阳区, 柴桑区")
    page = tmp_path / "2025-12-12_十四五新闻发布会市教育局专场.txt"
    page.write_text(JIUJIANG_1212, "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(page)]).exit_code == 0
    return load_workspace(ws.root)


def test_a_paragraph_on_party_building_answers_no_title_on_school_places(tmp_path):
    """「21所中小学校有效落实」 ending a paragraph on 党建 names whose work it is, not 新改扩建 or 学位: in the tester's base
    (18 facts, 中小学 in 3 of them, each other word of the title in 1) the paragraph is not on the title's matter, nor
    does the draft on 扩大学位供给 report it or head its next step by it (hd25b: 治教办学达到新高度方面的下一步举措)."""
    title = "关于加快中小学校新改扩建扩大学位供给的建议"
    party = JIUJIANG_1212.split("\n")[1].replace(",", "，")
    rare, common = -math.log(1 / 18), -math.log(3 / 18)  # (the weights title_matter gave there: a word's −log share)
    words = {g: common for g in ("中小", "小学")} | {g: rare for g in ("新改", "改扩", "扩建", "扩大", "大学", "学位", "供给")}
    assert not on_matter(party, [("加快中小学校新改扩建扩大学位供给", words)])
    assert on_matter(JIUJIANG_1212.split("\n")[3].replace(",", "，"), [("加快中小学校新改扩建扩大学位供给", words)])
    ws = _jiujiang(tmp_path)
    out = tmp_path / "9001.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "9001", title, "--deputy", "张某", "--date", "2026-01-20",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    body = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "526所" not in body and "治教办学" not in body


def test_a_comment_names_no_paragraph_sharing_one_word_with_the_ask(tmp_path):
    """The 党建 paragraph shares 中小学校 (three bigrams, one word) with an ask on 中小学教室安装空调: no comment offers its
    526所 sentence as material on the ask (hd25b)."""
    ws = _jiujiang(tmp_path)
    notes = _draft(tmp_path, ws, "250302", "关于为全市公办中小学教室逐步安装空调的提案", AIRCON_ASKS, "--proposal")
    assert "526所" not in notes and "十四五新闻发布会" not in notes


# 淮南市交通运输局's reply to 第182号建议 (乡镇快递, 2023-05-05): its paragraph on 四好农村路, as the page prints it.
HUAINAN_182 = """关于市十七届人大三次会议第182号代表建议的答复函
尊敬的朱杰代表:
您在市十七届人大三次会议期间提出的第182号《关于乡镇快递存在二次收费问题的建议》收悉,经研究办理,现答复如下:
“十四五”以来,按照《淮南市“十四五”交通运输发展规划》,我市“四好农村路”建设进入高质量发展阶段,交通运输部门重点提质改造县乡公路,建设不低于4.5米宽度村道,全力服务农村基础物流建设,2021-2022年完成农村公路提质改造工程283公里,不断提升农村公路网络体系、通达能力和安全保障水平。
淮南市交通运输局
2023年5月5日
"""


def test_an_old_reply_is_named_only_under_an_ask_on_its_matter(tmp_path):
    """The 182 reply shares only 淮南市 (the bureau's own place) and 发展 with 以寿毛快速通道建设助推淮南市文化和旅游融合发展:
    no comment names it there (hd25d), nor is its “十四五”以来 account, 2023's and fresh in 2025, drafted there (the bureau's
    own place is none of an ask's words); under 加大农村公路提质改造力度, in 2027, it is the material the comment names."""
    ws = unit_workspace(tmp_path / "ws", "淮南市交通运输局", "市交通运输局", "淮南市", "田家庵区, 寿县")
    page = tmp_path / "hn_182_2023.txt"
    page.write_text(HUAINAN_182, "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(page)]).exit_code == 0
    ws = load_workspace(ws.root)
    tourism = "寿县与毛集之间隔淮河相望。为此建议：\n一、加快推进寿毛快速通道（何台大桥）项目前期工作。\n二、以寿毛快速通道建设助推淮南市文化和旅游融合发展。\n"
    notes = _draft(tmp_path, ws, "0252", "关于推进寿毛快速通道（何台大桥）建设、助推淮南市文化和旅游融合发展的建议",
                         tourism, "--date", "2025-05-30")
    assert "182号" not in notes
    roads = "建议：\n一、加大农村公路提质改造力度，拓宽窄路。\n二、加快老旧公交站亭改造，增设候车座椅。\n"
    notes = _draft(tmp_path, ws, "901", "关于加快农村公路提质改造和完善城乡公交站亭的建议", roads, "--date", "2027-05-20")
    assert "“加大农村公路提质改造力度”方面，已收集的材料中只有2023年的相关情况" in notes  # (“十四五”以来 of 2023: 2023's)


def test_a_paragraph_naming_the_classrooms_is_the_ask_s_item(tmp_path):
    """Beside the 党建 paragraph, one saying 中小学教室 (the whole of the subject the title and the ask share, not its
    leading 中小学) and 空调 is drafted under 将公办中小学教室安装空调纳入学校基础设施改善工程 (hd25b's rule keeps it)."""
    ws = _jiujiang(tmp_path)
    page = tmp_path / "2025-09-01_教室空调.txt"
    page.write_text("2025年，市教育局推进中小学教室空调安装，全市公办中小学教室已安装空调1.2万台，实现全覆盖。\n", "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(page)]).exit_code == 0
    ws = load_workspace(ws.root)
    _draft(tmp_path, ws, "250303", "关于为全市公办中小学教室逐步安装空调的提案", AIRCON_ASKS, "--proposal")
    body = "\n".join(p.text for p in docx.Document(tmp_path / "250303.docx").paragraphs)
    part = body.split("（一）将公办中小学教室安装空调纳入学校基础设施改善工程", 1)[1].split("（二）", 1)[0]
    assert "1.2万台" in part and "526所" not in part, part
