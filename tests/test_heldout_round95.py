"""Facts and drafts found on held-out round 95 (hd21a: 高平市卫生健康和体育局, a county-level city under 晋城市), read by a
tester as the bureau's clerk.

Each test distils a real page (its words as the page prints them; the page is named in the test) in a workspace of the
bureau, drafts as a clerk's ``drafter draft`` does, and asserts on the written draft.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import distil, page_draft, unit_workspace

from drafter.cli import cli
from drafter.docx.ooxml import comments

GAOPING = ("高平市卫生健康和体育局", "市卫体局", "高平市", "")

# The bureau's reply 高卫体发〔2023〕148号 to 市七届人大五次会议第71号建议 (2023-06-29), as the page prints it.
REPLY_71 = """高平市卫生健康和体育局
关于对市七届人大五次会议第71号建议的
答 复
高卫体发〔2023〕148号
尊敬的王爱珍代表:
您好!您所提的“关于改善神农卫生院就医环境的建议”已收悉,我局高度重视,召开会议专题讨论研究,并确定专人负责答复落实。现答复如下:
一、您这一提案提得很好,表明您对我市基层医疗卫生事业的高度关注。
二、需要向您说明的是:目前北京阜外医院心血管神农分院项目场地平整已完成,现场办公区和生活区以及东侧场地外协队伍生活彩钢房搭设完成,水电开始安装,土方已开挖,同步加快土地手续办理。
以上答复您是否满意,如有意见,敬请反馈。
此致
敬礼
领导签字:
高平市卫生健康和体育局
2023年6月29日
"""
REPLY_71_NAME = "高平_市七届人大五次会议第71号建议答复_2023-06-29.txt"
FUWAI_TITLE = "关于加快阜外医院心血管神农分院建设的建议"
FUWAI_TEXT = "关于加快阜外医院心血管神农分院建设的建议\n领衔代表：王爱珍\n建议加快北京阜外医院心血管神农分院项目建设进度，早日投用，改善神农镇群众就医环境。\n"
PROGRESS = "北京阜外医院心血管神农分院项目场地平整已完成"


def _body(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def test_the_bureaus_progress_said_to_its_reader_is_used_without_the_address(tmp_path):
    """需要向您说明的是：目前…场地平整已完成… was never used (the draft cited 0 facts and said the base had nothing on the
    matter): the 您 of its lead-in read the whole fact as said to that one deputy. The lead-in only turns to the reader;
    the progress after it is the bureau's own, used in another reply without the lead-in."""
    ws = unit_workspace(tmp_path / "ws", *GAOPING)
    runner = CliRunner()
    (tmp_path / REPLY_71_NAME).write_text(REPLY_71, "utf-8")
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / REPLY_71_NAME)]).exit_code == 0
    out = tmp_path / "35.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "35", FUWAI_TITLE, "--date", "2024-06-20", "-o", str(out)])
    assert result.exit_code == 0, result.output
    body = _body(docx.Document(out))
    assert PROGRESS in body, body
    assert "说明的是" not in body, body
    assert "没有与该主题相关的本地区工作事实" not in result.output, result.output


def test_an_ask_the_matters_result_answers_has_no_placeholder_nor_a_warning_of_none(tmp_path):
    """From the suggestion's text, the progress opened part one as its overview while the ask's own section kept
    【待补充：…建设方面的工作情况及数据】 under it, and the warning said the base had no work on the ask: the result on the
    ask's matter is that ask's item, and nothing says it is missing."""
    ws = unit_workspace(tmp_path / "ws", *GAOPING)
    result, document = page_draft(tmp_path, ws, REPLY_71, FUWAI_TEXT, "35", FUWAI_TITLE, "--date", "2024-06-20",
                                  name=REPLY_71_NAME)
    body = _body(document)
    assert PROGRESS in body, body
    assert "建设方面的工作情况及数据" not in body, body
    assert "没有以下建议事项的近年工作事实" not in result.output, result.output


def test_the_comment_on_old_progress_asks_for_the_progress_since_not_for_values(tmp_path):
    """The comment on 截至2023年6月 (目前 of a June reply, in a draft of 2024) asked to replace 所述数据 with 2023年全年或2024年的
    最新数值 in a sentence reporting progress with no figure: it asks for the progress since."""
    ws = unit_workspace(tmp_path / "ws", *GAOPING)
    _, document = page_draft(tmp_path, ws, REPLY_71, FUWAI_TEXT, "35", FUWAI_TITLE, "--date", "2024-06-20",
                             name=REPLY_71_NAME)
    dated = [text for _, text in comments(document).values() if "截至2023年6月" in text]
    assert dated, comments(document)
    assert not any("数值" in text or "所述数据" in text for text in dated), dated
    assert all("进展" in text for text in dated), dated


# 晋城市卫健委's news of 2025-01-26 on its site (the city above 高平市), its opening as the page prints it.
JINCHENG_MEETING = """欢迎访问晋城市卫生健康委员会网站! 收藏本站 | 设为首页 | 无障碍

当前位置:首页 >> 工作动态 >> 市级动态
2025年全市卫生健康工作会议召开
发布时间:2025/01/26     字体显示:

1月24日上午,2025年全市卫生健康工作会议召开,会议深入学习贯彻习近平总书记关于健康中国建设的重要论述精神,全面贯彻落实全国、全省卫生健康工作会议精神和市委市政府各项决策部署,传达学习邓志蓉副市长对全市卫生健康工作的批示精神,总结2024年全市卫生健康工作,安排部署2025年卫生健康重点任务。

市卫生健康委党组书记、主任赵军出席会议并作《2025年全市卫生健康工作报告》。工作报告中,赵军从八个方面全面回顾总结了过去一年全市卫生健康工作取得的成绩,明确了2025年各项目标任务,提出了“11359”的工作思路,即围绕“健康晋城”一个目标,优化全生命周期健康服务,推进三大工程,强化五大支撑,办好九件实事。
"""


def test_a_page_on_the_site_of_the_city_above_speaking_as_that_city_is_that_citys(tmp_path):
    """The meeting page, 全市 throughout, was filed with no place (and no reminder), and a draft's comment then called it the
    bureau's own material: its site's header, 欢迎访问晋城市卫生健康委员会网站, names whose site it is, and a page speaking of
    that level as its own (全市, 市委市政府) on it is that place's, as a footer naming the site's owner already told."""
    ws = unit_workspace(tmp_path / "ws", *GAOPING)
    ff = distil(tmp_path, ws, JINCHENG_MEETING, "晋城市卫健委_2025年全市卫生健康工作会议召开_2025-01-26.txt")
    assert ff.source.jurisdiction == "晋城市", ff.source
    assert all(f.jurisdiction == "晋城市" for f in ff.facts), [(f.jurisdiction, f.text[:20]) for f in ff.facts]


# 晋城市卫健委's news of its visits on 春节 2023, saved by the tester with the page's date at the end of the file's name.
NEW_YEAR_VISITS = """1月22日,农历大年初一上午,市卫健委党组书记张俊威,党组成员、副主任赵锦会,党组成员、副主任李琳,先后到晋城市中心血站、晋城市妇幼保健院、晋城市第三人民医院、120急救指挥中心,看望春节期间一线值班值守人员,并为他们送上新春祝福。
"""


def test_a_date_ending_a_files_name_dates_a_page_that_prints_none(tmp_path):
    """…_春节慰问一线_2023-01-28.txt, its page printing no date, gave every fact no year (and a reminder to rename the file
    2025-06-30_…_2023-01-28.txt): a date ending the name is the clerk's as one opening it is."""
    ws = unit_workspace(tmp_path / "ws", *GAOPING)
    ff = distil(tmp_path, ws, NEW_YEAR_VISITS, "晋城市卫健委_春节慰问一线_2023-01-28.txt")
    assert ff.source.date == "2023-01-28", ff.source
    assert all(f.period.year == 2023 for f in ff.facts), [(f.period, f.text[:20]) for f in ff.facts]


def test_init_names_a_bureau_of_two_joined_fields_by_both(tmp_path):
    """init --name 高平市卫生健康和体育局 wrote short_name 市卫健局, its 体育 lost; the bureau writes itself 卫体局 (its numbers
    高卫体发): a field joined by 和 to one its short name says only is said too, by its first character (市科工局 likewise)."""
    from drafter.grammar import place_and_short_name
    from drafter.workspace import load_workspace

    result = CliRunner().invoke(cli, ["init", str(tmp_path / "gp"), "--name", "高平市卫生健康和体育局"])
    assert result.exit_code == 0, result.output
    assert load_workspace(tmp_path / "gp").short_name == "市卫体局"
    assert [place_and_short_name(n)[1] for n in ("本溪市科学技术和工业信息化局", "本溪市住房和城乡建设局", "本溪市文化广电和旅游局")] == [
        "市科工局", "市住建局", "市文旅局"]


def test_a_quote_inside_a_quoted_ask_is_single_in_the_comment(tmp_path):
    """The comment quoting the ask's measure read “完成“十四五”规划目标任务。”, one kind of quote mark inside itself: the
    inner pair is ‘ ’."""
    ws = unit_workspace(tmp_path / "ws", *GAOPING)
    text = ("关于推进卫生健康事业高质量发展的建议\n领衔代表：李某某\n一、强基层，推动资源下沉和能力提升。\n"
            "二、落实全市卫生健康工作会议部署，完成“十四五”规划目标任务。\n")
    _, document = page_draft(tmp_path, ws, JINCHENG_MEETING, text, "9072", "关于推进卫生健康事业高质量发展的建议",
                             "--date", "2026-03-20", "--type", "B", name="晋城市卫健委_2025年全市卫生健康工作会议召开_2025-01-26.txt")
    quoting = [said for _, said in comments(document).values() if "十四五" in said]
    assert quoting, comments(document)
    assert all("‘十四五’" in said and "“十四五”" not in said for said in quoting), quoting
