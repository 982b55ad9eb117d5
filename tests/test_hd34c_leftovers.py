"""Held-out round hd34c (龙南市交通运输局, 江西), what its first fixes left: the closing its replies share offered as a next
step, background stored as done, another unit's plan drafted as the bureau's, a plan after a long subject kept as done,
a range figure read as its low end.

Each test distils a few real lines of the replies the tester saved (as the mirror prints them, in traditional
characters) in a workspace of the bureau, through the public path a clerk's ``drafter distill`` and ``drafter draft`` take.
"""

from __future__ import annotations

import docx

from drafter.model import CONTEXT, DONE, PLAN
from helpers import comments_on, distil, fact_saying, part_two_of, part_two_texts, seeds_draft, unit_workspace

LONGNAN_AREAS = "龙南镇, 东江乡, 程龙镇, 汶龙镇, 渡江镇, 桃江乡, 杨村镇, 里仁镇, 关西镇, 临塘乡, 南亨乡, 夹湖乡, 九连山镇"

# The closing 11号 and 24号 end on; the G535 reply's has a clause more (扎实推进农村公路管理养护工作).
CLOSING = ("我局繼續加大對我市農村公路建設改造力度,完善農村公路路網結構,加強與上級交通部門溝通協調,積極爭取建設計劃,為廣大群眾營造一個快速、"
           "便捷的交通環境,為我市打造贛深高鐵沿線“強、旺、美、福”明珠市提供堅強的交通運輸保障。")
G535_CLOSING = CLOSING.replace("路網結構,", "路網結構,扎實推進農村公路管理養護工作,")

# 市二届人大三次会议第11号建议答复 (page folder 202312): its address, body and closing.
LONGNAN_11 = f"""吳石、廖立勇、蔡翠清、王鋒鋒代表:

你們好,你們提出的《關于新華村石咀至新嶺村道路改擴的建議》收悉。首先感謝您們對我市農村公路建設的關心,提出寶貴建議,現就建議答復如下:

建議中所提及的新華村石咀至新嶺村道路為鄉道歐都至新嶺公路,線路編碼Y344360727,線路全長5.448公里,路基寬6.5米,水泥路面寬5米,該道路2005年實施完成硬化改造,按照農村公路分級管理的原則,由東江鄉人民政府負責管理養護。隨著公路使用壽命的增長,加上前幾年重型車輛行駛較為頻繁,目前該公路部分路段出現路面破損現象,已影響沿線群眾出行。該公路升級改造項目東江鄉歐都至新嶺道路路面改造工程,我局已積極爭取列入我市2023-2024年大交通攻堅行動建設項目清單,現正征求意見待印發。今后將配合東江鄉人民政府,推動該項目按照市委、市政府計劃安排啟動項目前期工作,盡快落地建設。

    {CLOSING}
"""

# 《关于加强G535和旅游公路汶龙路段日常管理的建议》的答复 (undated in the store): its address, body and closing.
LONGNAN_G535 = f"""賴東林、蔡林清、王志凌代表:
您提出的《關于加強G535和旅游公路汶龍路段日常管理的建議》收悉,現答復如下:
黃竹逕至新圩、東坑至巷口兩條旅游公路我局已安排養護人員負責公路日常養護管理,定時開展養護巡查及路面清掃、路肩雜草清理、排水溝和橋涵疏通等養護作業。G535汶龍至渡江段按照PPP模式建設,現為九年運營期內,由社會資本方負責落實日常養護管理。
為有效治理建議提及的運輸車輛拋灑問題,我局在巷口至榕寨公路位于臨塘東坑謝屋路段、G535羅壩路段分別設置了不停車治超點,對于自動檢測為超載的運輸車輛予以處罰,一定程度上減少了超載拋灑的情況。同時,我局交通綜合執法大隊將加強公路路政執法,嚴厲打擊運輸車輛拋灑、污染路面等違法行為,以保障我市農村公路良好的路域環境,服務人民群眾安全順暢通行和當地經濟社會發展。
{G535_CLOSING}
"""

# 市二届人大四次会议第24号建议答复 (page folder 202409): its address and body, which the page left without its last 。.
LONGNAN_24 = """鐘紅燕代表:

您提出的《關于硬化程龍鎮林中村中坪自然村道路的建議》收悉。現答復如下:

程龍鎮林中村中坪小組分為下中坪和上中坪兩個自然村,通往該兩個自然村道路仍為砂石路面,路面寬3-4米,道路崎嶇坡陡,沿線群眾出行較為困難,中坪小組具有豐富的旅游資源,也處于我市重點打造的安基山景區遠期規劃范圍內,道路通行問題是當地群眾致富發展和旅游開發建設的制約之一。建議中提及上中坪至石灰石風電上坪坳道路,經實地踏看,為上中坪連接風電項目的施工便道,實施硬化施工難度較大,道路各項指標也難以滿足公路技術標準,工程造價也較高。據與市林業局對接,該局正謀劃推進我市森林防火應急道路建設項目,其中包括上左坑至下中坪、輋營分場上中坪至下中坪道路建設項目,將對該兩條防火應急通道實施硬化改造,項目完成后可解決中坪小組群眾通行難問題,我局將密切關注該項目建設,積極提供道路建設的各項必要支持,推進項目早日完成建設
"""

MAINT_TITLE = "关于加强汶龙至渡江沿线农村公路养护和治超的建议"
MAINT_TEXT = "建议：一、加强旅游公路和G535沿线的日常养护；二、治理运输车辆超载抛洒问题。"


def _longnan(tmp_path):
    return unit_workspace(tmp_path / "ws", "龙南市交通运输局", "市交通运输局", "龙南市", LONGNAN_AREAS, "我市交通运输工作")


def _draft(tmp_path, seeds: dict[str, str], number: str, title: str, text: str, date: str) -> docx.document.Document:
    _, out = seeds_draft(tmp_path, _longnan(tmp_path), seeds, number, title, text, "--deputy", "赖东林", "--date", date)
    return docx.Document(out)


def test_a_closing_the_bureaus_replies_share_is_no_next_step(tmp_path):
    """我局继续加大对我市农村公路建设改造力度，…为我市打造…“强、旺、美、福”明珠市提供坚强的交通运输保障。 closes every reply of the
    bureau, whatever its item: drafted as part two's item on 日常养护, its slogan with it (hd34c). A closing two replies to
    different items share (the same first and last clause) is a formula, no plan on a new reply's matter."""
    seeds = {"2023-12-20_龙南交通_第11号建议答复.txt": LONGNAN_11, "2024-06-28_龙南交通_G535日常管理建议答复.txt": LONGNAN_G535}
    said = "".join(part_two_texts(_draft(tmp_path, seeds, "30", MAINT_TITLE, MAINT_TEXT, "2024-07-10")))
    assert "日常养护" in said, said
    assert "明珠市" not in said and "继续加大对我市农村公路建设改造力度" not in said, said


def test_one_replys_own_closing_may_still_be_its_plan(tmp_path):
    """The rule needs the closing said alike by two replies to different items: one reply's closing pledge, the base's
    only word on the matter, stays a plan to offer (marked to confirm)."""
    seeds = {"2024-06-28_龙南交通_G535日常管理建议答复.txt": LONGNAN_G535}
    said = "".join(part_two_texts(_draft(tmp_path, seeds, "30", MAINT_TITLE, MAINT_TEXT, "2024-07-10")))
    assert "扎实推进农村公路管理养护工作" in said, said


def test_a_road_as_it_stands_and_why_it_cannot_be_done_is_background(tmp_path):
    """24号 opens on the road as it is (道路仍为砂石路面，路面宽3-4米，道路崎岖坡陡…出行较为困难) and why the road asked cannot be
    hardened (实施硬化施工难度较大，…难以满足公路技术标准): stored as the bureau's done, it was drafted as a result (hd34c F5). A
    statement of how a site stands or why it cannot be otherwise, nothing in it done and no clause opening on a doer, is
    background."""
    ff = distil(tmp_path, _longnan(tmp_path), LONGNAN_24, "2024-09-10_龙南交通_第24号建议答复.txt")
    assert fact_saying(ff, "仍为砂石路面").kind == CONTEXT
    assert fact_saying(ff, "难以满足公路技术标准").kind == CONTEXT
    assert fact_saying(ff, "该局正谋划推进").kind == PLAN


def test_a_problem_the_work_solves_is_no_state_of_things(tmp_path):
    """h196: 积极推进农村公路提质改造，…，着力解决群众出行难以保障的问题。 (no done word, no doer) was background by its 难以: a
    difficulty inside the problem the work solves (解决…难以…的问题) tells the work, not how things stand."""
    page = ("钟红燕代表：\n\n您提出的《关于硬化程龙镇林中村中坪自然村道路的建议》收悉。现答复如下：\n\n"
            "积极推进农村公路提质改造，加快实施自然村通硬化路工程，着力解决群众出行难以保障的问题。\n\n"
            "下一步，我局将结合实际，积极争取上级资金支持。\n\n龙南市交通运输局\n2024年9月10日\n")
    ff = distil(tmp_path, _longnan(tmp_path), page, "2024-09-10_龙南交通_第25号建议答复.txt")
    assert fact_saying(ff, "着力解决群众出行难以保障的问题").kind == DONE


def test_a_plan_after_a_long_subject_is_a_plan(tmp_path):
    """同时，我局交通综合执法大队将加强公路路政执法… followed the result it closes (…设置了不停车治超点…减少了超载抛洒的情况。) and stayed
    in it, drafted in 基本情况 (hd34c): the bureau's part (…大队, …支队) after its name is its subject, 将 then says what it will
    do."""
    ff = distil(tmp_path, _longnan(tmp_path), LONGNAN_G535, "2024-06-28_龙南交通_G535日常管理建议答复.txt")
    assert fact_saying(ff, "不停车治超点").kind == DONE and "执法大队" not in fact_saying(ff, "不停车治超点").text
    assert fact_saying(ff, "我局交通综合执法大队将加强公路路政执法").kind == PLAN


def test_another_units_project_the_bureau_supports_is_offered_as_that_units(tmp_path):
    """据与市林业局对接，该局正谋划推进我市森林防火应急道路建设项目…，我局将密切关注该项目建设，积极提供…支持: 市林业局's project, the
    bureau's part its support. Its lead-in read as the plan's doer, it was never offered, and nothing in a draft said whose it
    was (hd34c). A plan the bureau heard of from another unit, 该局 pointing back to it, with the bureau's own part in it, is
    offered whole, the unit named in its text and its comment saying the project is that unit's."""
    seeds = {"2024-09-10_龙南交通_第24号建议答复.txt": LONGNAN_24}
    _, out = seeds_draft(tmp_path, _longnan(tmp_path), seeds, "40", "关于加快森林防火应急道路建设的建议",
                         "建议：加快森林防火应急道路建设，解决山区群众通行难问题。", "--deputy", "钟红燕", "--date", "2024-10-10")
    said = [p.text for p in part_two_of(docx.Document(out).paragraphs)]
    step = next((t for t in said if "该局正谋划推进我市森林防火应急道路建设项目" in t), None)
    assert step and "据与市林业局对接" in step and "我局将密切关注该项目建设" in step, said
    notes = comments_on(out, step)
    assert any("是市林业局的计划" in n for n in notes), notes
    closing = next(p.text for p in docx.Document(out).paragraphs if "再次感谢" in p.text)
    assert "列入我局工作计划" not in closing, closing  # (another unit's project is no plan the bureau has listed)


def test_a_range_keeps_both_ends(tmp_path):
    """路面宽3-4米 was stored as {value: 3, raw: 3-4米}: the range's high end lost to what compares and updates figures
    (hd34c). A range figure keeps its high end (upto) beside its low one, through the fact file and back."""
    from drafter.facts.store import load_fact_files, save_fact_file

    ws = _longnan(tmp_path)
    ff = distil(tmp_path, ws, LONGNAN_24, "2024-09-10_龙南交通_第24号建议答复.txt")
    width = next(g for g in fact_saying(ff, "路面宽3-4米").figures if g.raw == "3-4米")
    assert (width.value, width.upto, width.unit) == (3, 4, "米")
    save_fact_file(ff, ws)
    again = next(f for f in load_fact_files(ws)[0].facts if "路面宽3-4米" in f.text)
    assert next(g for g in again.figures if g.raw == "3-4米").upto == 4
