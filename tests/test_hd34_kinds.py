"""Held-out round hd34c (龙南市交通运输局, 江西): its replies on the bureau's roads, read from a mirror in traditional
characters — a reply's result on the very road asked, and its work placed at named road stretches, left out of drafts.

Each test distils a few real lines of the replies the tester saved (as the page prints them) in a workspace of the
bureau, through the public path a clerk's ``drafter distill`` and ``drafter draft`` take.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner

from drafter.cli import cli
from drafter.model import DONE, PLAN
from helpers import distil, fact_saying, part_one, part_two_texts, seeds_draft, unit_workspace

LONGNAN_AREAS = "龙南镇, 东江乡, 程龙镇, 汶龙镇, 渡江镇, 桃江乡, 杨村镇, 里仁镇, 关西镇, 临塘乡, 南亨乡, 夹湖乡, 九连山镇"

# 市二届人大三次会议第11号建议答复 (page folder 202312), its address and body.
LONGNAN_11 = """吳石、廖立勇、蔡翠清、王鋒鋒代表:

你們好,你們提出的《關于新華村石咀至新嶺村道路改擴的建議》收悉。首先感謝您們對我市農村公路建設的關心,提出寶貴建議,現就建議答復如下:

建議中所提及的新華村石咀至新嶺村道路為鄉道歐都至新嶺公路,線路編碼Y344360727,線路全長5.448公里,路基寬6.5米,水泥路面寬5米,該道路2005年實施完成硬化改造,按照農村公路分級管理的原則,由東江鄉人民政府負責管理養護。隨著公路使用壽命的增長,加上前幾年重型車輛行駛較為頻繁,目前該公路部分路段出現路面破損現象,已影響沿線群眾出行。該公路升級改造項目東江鄉歐都至新嶺道路路面改造工程,我局已積極爭取列入我市2023-2024年大交通攻堅行動建設項目清單,現正征求意見待印發。今后將配合東江鄉人民政府,推動該項目按照市委、市政府計劃安排啟動項目前期工作,盡快落地建設。
"""

# 《关于加强G535和旅游公路汶龙路段日常管理的建议》的答复 (undated in the store), its address and body.
LONGNAN_G535 = """賴東林、蔡林清、王志凌代表:
您提出的《關于加強G535和旅游公路汶龍路段日常管理的建議》收悉,現答復如下:
黃竹逕至新圩、東坑至巷口兩條旅游公路我局已安排養護人員負責公路日常養護管理,定時開展養護巡查及路面清掃、路肩雜草清理、排水溝和橋涵疏通等養護作業。G535汶龍至渡江段按照PPP模式建設,現為九年運營期內,由社會資本方負責落實日常養護管理。以上三條公路我局作為交通主管部門和項目建設單位將進一步督促養護單位加強落實公路日常養護工作,確保人員車輛安全順暢通行。
為有效治理建議提及的運輸車輛拋灑問題,我局在巷口至榕寨公路位于臨塘東坑謝屋路段、G535羅壩路段分別設置了不停車治超點,對于自動檢測為超載的運輸車輛予以處罰,一定程度上減少了超載拋灑的情況。
"""


# 市二届人大四次会议第24号建议答复 (page folder 202409): its body's last paragraph, which the page left without its 。, and
# the closing all three replies share, a blank line apart.
LONGNAN_24 = """鐘紅燕代表:

您提出的《關于硬化程龍鎮林中村中坪自然村道路的建議》收悉。現答復如下:

建議中提及上中坪至石灰石風電上坪坳道路,經實地踏看,為上中坪連接風電項目的施工便道,實施硬化施工難度較大,道路各項指標也難以滿足公路技術標準,工程造價也較高。據與市林業局對接,該局正謀劃推進我市森林防火應急道路建設項目,其中包括上左坑至下中坪、輋營分場上中坪至下中坪道路建設項目,將對該兩條防火應急通道實施硬化改造,項目完成后可解決中坪小組群眾通行難問題,我局將密切關注該項目建設,積極提供道路建設的各項必要支持,推進項目早日完成建設

我局繼續加大對我市農村公路建設改造力度,完善農村公路路網結構,加強與上級交通部門溝通協調,積極爭取建設計劃,為廣大群眾營造一個快速、便捷的交通環境,為我市打造贛深高鐵沿線“強、旺、美、福”明珠市提供堅強的交通運輸保障。
"""


def _longnan(tmp_path):
    return unit_workspace(tmp_path / "ws", "龙南市交通运输局", "市交通运输局", "龙南市", LONGNAN_AREAS, "我市交通运输工作")


def _draft(tmp_path, number: str, title: str, text: str, date: str) -> docx.document.Document:
    seeds = {"2023-12-20_龙南交通_第11号建议答复.txt": LONGNAN_11, "2024-06-28_龙南交通_G535日常管理建议答复.txt": LONGNAN_G535}
    _, out = seeds_draft(tmp_path, _longnan(tmp_path), seeds, number, title, text, "--deputy", "吴石", "--date", date)
    return docx.Document(out)


def _part_one(tmp_path, number: str, title: str, text: str, date: str) -> str:
    return "".join(part_one(_draft(tmp_path, number, title, text, date)))


MAINT_TITLE = "关于加强汶龙至渡江沿线农村公路养护和治超的建议"
MAINT_TEXT = "建议：一、加强旅游公路和G535沿线的日常养护；二、治理运输车辆超载抛洒问题。"


def _part_two(tmp_path) -> str:
    return "".join(part_two_texts(_draft(tmp_path, "30", MAINT_TITLE, MAINT_TEXT, "2024-07-10")))


def test_a_share_of_a_roads_stretches_names_no_other_site(tmp_path):
    """The reply on 欧都至新岭公路 says 该公路部分路段出现路面破损: 部分路段 was read as a named road (部分路) the ask does not
    name, so the reply's result on the very road asked (列入…大交通攻坚行动建设项目清单) was left out, another road's upkeep
    drafted in its place (hd34c F2)."""
    said = _part_one(tmp_path, "12", "关于加快东江乡欧都至新岭道路路面改造的建议",
                     "欧都至新岭公路路面破损严重，建议尽快实施路面改造，加大农村公路建设改造力度。", "2024-06-30")
    assert "东江乡欧都至新岭道路路面改造工程，我局已积极争取列入我市2023-2024年大交通攻坚行动建设项目清单" in said, said
    assert "黄竹径至新圩" not in said


def test_work_placed_at_named_stretches_answers_an_ask_naming_no_site(tmp_path):
    """我局在…谢屋路段、G535罗坝路段分别设置了不停车治超点 was taken for a reply about other deputies' road stretches and
    left out; 治理运输车辆超载抛洒问题 was left 【待补充】 (hd34c F3). Where the work was placed is no site it was for."""
    said = _part_one(tmp_path, "30", MAINT_TITLE, MAINT_TEXT, "2024-07-10")
    assert "G535罗坝路段分别设置了不停车治超点" in said, said
    assert "治理运输车辆超载抛洒问题方面的工作情况" not in said


def test_a_long_paragraph_without_its_stop_ends_where_the_next_opens_on_its_doer(tmp_path):
    """The page left 24号's body without its 。 (…推进项目早日完成建设), and every line of it has a blank line after it: the
    closing 我局继续加大… was glued onto it, one fact of both (…早日完成建设我局继续加大…, hd34c F5). A line longer than any wrap
    is no wrap: the next line opening on its doer starts a paragraph of its own."""
    ff = distil(tmp_path, _longnan(tmp_path), LONGNAN_24, "2024-09-10_龙南交通_第24号建议答复.txt")
    assert not any("建设我局" in f.text for f in ff.facts), [f.text for f in ff.facts]
    assert fact_saying(ff, "我局继续加大").text.startswith("我局继续加大")
    assert fact_saying(ff, "早日完成建设").text.endswith("早日完成建设")


def test_a_pledge_to_go_on_or_further_with_no_result_is_a_plan(tmp_path):
    """The closing all three replies share, 我局继续加大对我市农村公路建设改造力度…, was filed as done and drafted as a result
    (二是我局继续加大…); 以上三条公路我局…将进一步督促养护单位… was drafted in 基本情况; 据与市林业局对接，该局正谋划推进… (another
    unit's project sought) was part of a done fact (hd34c F5, F6). A pledge that reports nothing done is a plan."""
    ff = distil(tmp_path, _longnan(tmp_path), LONGNAN_G535 + LONGNAN_24.split("\n\n", 2)[2],
                "2024-09-10_龙南交通_G535日常管理建议答复.txt")
    assert fact_saying(ff, "我局继续加大").kind == PLAN
    assert fact_saying(ff, "将进一步督促养护单位").kind == PLAN
    assert fact_saying(ff, "该局正谋划推进").kind == PLAN
    assert fact_saying(ff, "我局已安排养护人员").kind == DONE and "督促" not in fact_saying(ff, "我局已安排养护人员").text
    assert fact_saying(ff, "不停车治超点").kind == DONE


def test_a_step_on_an_ask_opening_on_its_own_verb_takes_no_other(tmp_path):
    """（二）着力解决治理运输车辆超载抛洒问题。: the ask opens on its verb (治理), the lead verb doubled it (hd34c F8)."""
    said = _part_two(tmp_path)
    assert "着力解决治理" not in said and "治理运输车辆超载抛洒" in said, said


def test_the_places_bare_name_before_its_own_part_is_dropped_not_said_as_we(tmp_path):
    """围绕开通我市县城到汶龙圩镇沿线公交车: 龙南县城 said 我市县城 (hd34c F8); 县城 names the place's seat by itself."""
    ws = _longnan(tmp_path)
    assert ws.in_own_words("开通龙南县城到汶龙圩镇沿线公交车") == "开通县城到汶龙圩镇沿线公交车"
    assert ws.in_own_words("加快龙南城区道路改造") == "加快城区道路改造"
    assert ws.in_own_words("加快龙南交通发展") == "加快我市交通发展"


def test_a_page_saved_twice_is_no_copy_of_its_own_copy(tmp_path):
    """hd34c's seeds folder held 11号 and 24号 each twice (the store's name, and renamed by date): 24号's closing, the same
    as 11号's, repeats 11号's fact, and 11号's second copy (the same source) then took 24号's fact as the older statement
    and was linked to itself (repeats: its own id), so its fact file was refused. A fact is no copy of its own copy."""
    from drafter.facts.store import load_fact_files

    ws = _longnan(tmp_path)
    closing = LONGNAN_24.rsplit("\n\n", 1)[1]
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, page in (("龙南交通_二届人大三次会议第11号建议答复_202312.txt", LONGNAN_11 + "\n" + closing),
                       ("龙南交通_二届人大四次会议第24号建议答复_202409.txt", LONGNAN_24),
                       ("2023-12_龙南交通_二届人大三次会议第11号建议答复.txt", LONGNAN_11 + "\n" + closing),
                       ("2024-09_龙南交通_二届人大四次会议第24号建议答复.txt", LONGNAN_24)):
        (folder / name).write_text(page, "utf-8")
    runner = CliRunner()
    for _ in range(2):  # distilled, then again over its own fact base
        result = runner.invoke(cli, ["-w", str(ws.root), "distill", str(folder)])
        assert result.exit_code == 0 and "失败 0 份" in result.output, result.output
    facts = {f.id: f for ff in load_fact_files(ws) for f in ff.facts}
    closings = [f for f in facts.values() if f.text.startswith("我局继续加大对我市农村公路建设改造力度")]
    assert len(closings) == 2 and {f.kind for f in closings} == {PLAN}
    assert [f.repeats for f in closings if f.repeats] == [next(f.id for f in closings if not f.repeats)]
    for f in facts.values():
        links = {f.repeats, f.superseded_by} | {g.same_as for g in f.figures} | {g.superseded_by for g in f.figures}
        assert f.id not in links
