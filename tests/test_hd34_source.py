"""A source's place, title and proposers, found on held-out round hd34 (龙南市交通运输局, its replies on a mirror that turned
them into traditional characters and put a spam line over each page): the bureau's slogan (打造…明珠市) was read as the
replies' place, so none of their facts was the bureau's; the spam line was the source's title.

Each test distils real lines of the round's pages (as the search store gave them) through the public path a clerk's
``drafter distill`` takes, in a workspace of the bureau.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import distil, edit_docx, paragraph_with, unit_workspace

from drafter.cli import cli

LONGNAN_AREAS = "龙南镇, 东江乡, 程龙镇, 汶龙镇, 渡江镇, 桃江乡, 杨村镇, 里仁镇, 关西镇, 临塘乡, 南亨乡, 夹湖乡, 九连山镇"

SPAM = "国产一在线精品一区在线观看,免费A级毛片,三年片在线观看免费观看高清电影,国产精品自在线拍国产手机版"

# The closing paragraph all the bureau's replies share.
CLOSING = ("我局繼續加大對我市農村公路建設改造力度,完善農村公路路網結構,加強與上級交通部門溝通協調,積極爭取建設計劃,為廣大群眾營造"
           "一個快速、便捷的交通環境,為我市打造贛深高鐵沿線“強、旺、美、福”明珠市提供堅強的交通運輸保障。")

# The reply to 市二届人大三次会议第11号建议, as the mirror gave it.
REPLY_11 = f"""http://bgl66.com/lnxxxgk/c114791/202312/5512bf7d2df7407ca94f8bf29740c749.shtml

{SPAM}

關懷版 無障礙 無障礙

您當前所在位置: 首頁>部門信息公開目錄>市交通運輸局>回應關切

【人大建議】關于對市二屆人大三次會議第11號建議的答復

訪問量:

關于對市二屆人大三次會議第11號建議的

吳石、廖立勇、蔡翠清、王鋒鋒代表:

你們好,你們提出的《關于新華村石咀至新嶺村道路改擴的建議》收悉。首先感謝您們對我市農村公路建設的關心,提出寶貴建議,現就建議答復如下:

建議中所提及的新華村石咀至新嶺村道路為鄉道歐都至新嶺公路,線路編碼Y344360727,線路全長5.448公里,路基寬6.5米,水泥路面寬5米,該道路2005年實施完成硬化改造,按照農村公路分級管理的原則,由東江鄉人民政府負責管理養護。隨著公路使用壽命的增長,加上前幾年重型車輛行駛較為頻繁,目前該公路部分路段出現路面破損現象,已影響沿線群眾出行。該公路升級改造項目東江鄉歐都至新嶺道路路面改造工程,我局已積極爭取列入我市2023-2024年大交通攻堅行動建設項目清單,現正征求意見待印發。今后將配合東江鄉人民政府,推動該項目按照市委、市政府計劃安排啟動項目前期工作,盡快落地建設。

    {CLOSING}

相關文章
"""

# The reply on G535 (no address, no date in the store), from its first line.
REPLY_G535 = f"""賴東林、蔡林清、王志凌代表:
您提出的《關于加強G535和旅游公路汶龍路段日常管理的建議》收悉,現答復如下:
為有效治理建議提及的運輸車輛拋灑問題,我局在巷口至榕寨公路位于臨塘東坑謝屋路段、G535羅壩路段分別設置了不停車治超點,對于自動檢測為超載的運輸車輛予以處罰,一定程度上減少了超載拋灑的情況。
{CLOSING}
"""


def _bureau(root):
    return unit_workspace(root, "龙南市交通运输局", "市交通运输局", "龙南市", LONGNAN_AREAS, "我市交通运输工作")


def test_a_slogans_city_is_no_place(tmp_path):
    """F1: the closing 为我市打造赣深高铁沿线“强、旺、美、福”明珠市提供… made 明珠市 the reply's place and every fact's, all
    another place's (external): what an aim (打造…) ends in is the city's epithet, no place; the reply is the bureau's."""
    ws = _bureau(tmp_path / "ws")
    for name, page in (("龙南交通_二届人大三次会议第11号建议答复_202312.txt", REPLY_11),
                       ("龙南交通_G535和旅游公路汶龙路段日常管理建议答复.txt", REPLY_G535)):
        ff = distil(tmp_path, ws, page, name)
        assert ff.source.jurisdiction != "明珠市"
        assert ff.facts and not any(f.external or f.jurisdiction == "明珠市" for f in ff.facts)
    assert distil(tmp_path, ws, REPLY_11, "reply_11.txt").source.jurisdiction == "龙南市"


def test_a_city_named_elsewhere_stays_a_place_in_an_aim(tmp_path):
    """F1's bound: a place the text names as a place is one in an aim too (…，为打造“幸福”赣州市提供保障 of a text on 赣州市)."""
    from drafter.distill.places import places_in

    text = "赣州市交通运输局印发方案，为打造“幸福”赣州市提供保障。"
    assert [name for _, _, name in places_in(text)] == ["赣州市", "赣州市"]
    assert places_in("为我市打造“强、旺、美、福”明珠市提供保障。") == []


def test_a_mirrors_spam_is_no_title(tmp_path):
    """F7: the mirror's spam line over the page was joined to the reply's title (国产一在线精品…【人大建议】关于对…第11号建议的答复)
    and shown in distill, sources, reminders and a Word comment: the line under a column label (【人大建议】) opening on 关于 is
    the title's start, the label itself no part of the title."""
    ff = distil(tmp_path, _bureau(tmp_path / "ws"), REPLY_11, "龙南交通_二届人大三次会议第11号建议答复_202312.txt")
    assert ff.source.title == "关于对市二届人大三次会议第11号建议的答复"


def test_a_list_of_phrases_is_no_headline(tmp_path):
    """F7, a page whose title has no title's shape (a news headline): the spam line, a list of phrases parted by commas, was the
    first line standing over the text and so its title."""
    page = f"""{SPAM}

龍南市交通運輸局開展農村公路養護巡查

近日，我局組織養護人員對黃竹逕至新圩、東坑至巷口兩條旅游公路開展養護巡查及路面清掃。
"""
    ff = distil(tmp_path, _bureau(tmp_path / "ws"), page, "龙南交通_养护巡查.txt")
    assert ff.source.title == "龙南市交通运输局开展农村公路养护巡查"


# The held-out suggestion as the tester typed it from the page: its 领衔代表 line lists the co-signers in brackets.
SUGGESTION_18 = """关于开通龙南县城到汶龙圩镇沿线公交车的建议

领衔代表：廖俊（廖俊、许胜力、赖东林、黄德优、蔡林清、王志凌、梁芳、王爱群等8位代表）

汶龙镇距龙南县城较远，目前县城至汶龙沿线没有公交线路，群众和学生往返县城只能乘坐客运班车，票价较高，出行不便。为此建议：开通龙南县城到汶龙圩镇沿线公交车，将汶龙沿线纳入城乡公交一体化，方便沿线群众出行。
"""


def _draft_18(tmp_path, suggestion: str):
    ws = _bureau(tmp_path / "ws")
    (tmp_path / "suggestion.txt").write_text(suggestion, "utf-8")
    out = tmp_path / "18.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "18", "关于开通龙南县城到汶龙圩镇沿线公交车的建议",
                                      "--deputy", "廖俊", "--session", "市二届人大四次会议", "--type", "B", "--date",
                                      "2024-09-10", "--text", str(tmp_path / "suggestion.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return ws, out


def test_cosigners_in_brackets_are_counted(tmp_path):
    """F4: 领衔代表：廖俊（廖俊、…、梁芳、王爱群等8位代表） gave the addressee 廖俊（廖俊、…梁芳、王代表：, cut mid-name and the
    bracket never closed: the bracket lists the co-signers, the reply is addressed to 廖俊等8位代表 as with 附议代表 lines; so
    with a bracket labelled 附议：."""
    _, out = _draft_18(tmp_path, SUGGESTION_18)
    assert paragraph_with(docx.Document(out), "代表：").text == "廖俊等8位代表："
    labelled = SUGGESTION_18.replace("（廖俊、", "（附议：").replace("等8位代表）", "）")
    (tmp_path / "labelled").mkdir()
    _, out = _draft_18(tmp_path / "labelled", labelled)
    assert paragraph_with(docx.Document(out), "代表：").text == "廖俊等8位代表："


def test_check_flags_an_addressee_cut_mid_name(tmp_path):
    """F4: ``drafter check`` passed the cut addressee 廖俊（廖俊、…梁芳、王代表：; it names the cut name, and passes a whole one."""
    from drafter.check import check_draft

    ws, out = _draft_18(tmp_path, SUGGESTION_18)
    assert "addressee-cut" not in [f.code for f in check_draft(ws, out).findings]
    edit_docx(out, lambda d: setattr(paragraph_with(d, "代表："), "text",
                                     "廖俊（廖俊、许胜力、赖东林、黄德优、蔡林清、王志凌、梁芳、王代表："))
    cut = [f for f in check_draft(ws, out).findings if f.code == "addressee-cut"]
    assert len(cut) == 1 and "“王”" in cut[0].message


def test_a_name_opening_on_a_year_month_gets_its_day(tmp_path):
    """F9: the seed renamed 2023-12_龙南交通_…, its day unknown, was told to be renamed 2023-06-30_2023-12_龙南交通_…: a name
    opening on a year and month is completed with the day (2023-12-DD_…), never given a second date; so is one opening on
    a year alone (2022-MM-DD_…)."""
    ws = _bureau(tmp_path / "ws")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "2023-12_龙南交通_二届人大三次会议第11号建议答复.txt").write_text(REPLY_11, "utf-8")
    (seeds / "2022_龙南交通_G535日常管理建议答复.txt").write_text(REPLY_G535, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(seeds)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    said = result.output.replace("\n", "")
    assert "2023-12-DD_龙南交通_二届人大三次会议第11号建议答复.txt" in said
    assert "2022-MM-DD_龙南交通_G535日常管理建议答复.txt" in said
    assert "_2023-12_" not in said and "_2022_" not in said
