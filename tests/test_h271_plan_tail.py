"""h271: the held-out test hd49b (衡水市生态环境局) drafted under part one, as done,
«2021年上半年开展了河湖水系连通整治，…累计输水7.6217亿立方米【待更新：…】！推进饮用水水源环境安全隐患排查整治。» from the news page
of 2021-07-27, whose official turned, after a lost closing quote (”霍纪东 garbled as !被艏o东), to what the city will do:
«…累计输水7.6217亿立方米！被艏o东表示，衡水市将饮用水水源环境保护工作重点向农村转移，建立乡镇级水源地清单，…。推进饮用水水源环境
安全隐患排查整治。定期监测…。（完）».

F1: the speaker's words turning to what will be done (X表示，…将…) begin a plan, and the subjectless sentences after it go on with
that plan — never a done item; the page's end mark （完） is no text of a fact.
F2: a sentence drafted from a source ends on 。: a formal reply does not exclaim.
"""

from __future__ import annotations

import docx
import pytest
from helpers import distil, part_one, seeds_draft, unit_workspace

from drafter.distill.facts import announces, plan_split
from drafter.distill.figures import normalise
from drafter.compose.sentences import without_exclaiming
from drafter.read.clean import strip_inline_chrome

# The tester's page of 2021-07-27 (中新网河北新闻, as its mirror garbled it), its paragraphs of the city's work.
BRIEFING = """中新網(wǎng)河北新聞7月27日電 (崔志平 王鵬)“河北省衡水市持續(xù)改善水環(huán)境質(zhì)量,今年1-6月份,7個國控斷面平均水質(zhì)全部達到Ⅲ類,縣級市以上城市集中式地下水飲用水水源地水質(zhì)達標率100%!焙颖笔『馑猩鷳B(tài)環(huán)境局專職副書記霍紀東27日在衡水市政府新聞辦召開的新聞發(fā)布會上表示。
霍紀東說,上半年,衡水市開展城市排水管網(wǎng)雨污分流改造專項行動,排查小區(qū)475個、機關(guān)企事業(yè)單位323個、胡同街巷80條,新建管網(wǎng)長度136.23公里,改造老舊管網(wǎng)長度178.33公里,城區(qū)市政排水管網(wǎng)全部實現(xiàn)雨污分流。
“衡水市立足市域市情,充分發(fā)揮‘一湖九河’、水系發(fā)達的優(yōu)勢,大做蓄水、引水、治水文章。上半年開展了河湖水系連通整治,共清理整治河渠801.5公里,清淤土方1655.9萬立方米,引蓄地表水6.8億立方米,累計輸水7.6217億立方米!被艏o東表示,衡水市將飲用水水源環(huán)境保護工作重點向農(nóng)村轉(zhuǎn)移,建立鄉(xiāng)鎮(zhèn)級水源地清單,實施鄉(xiāng)鎮(zhèn)集中式飲用水水源保護工程。推進飲用水水源環(huán)境安全隱患排查整治。定期監(jiān)測並向社會公開飲水安全狀況信息,保障廣大民眾的飲水安全。(完)
"""
NAME = "2021-07-27_碧水保卫战新闻发布会.txt"
TITLE = "关于加强农村人居环境整治的建议"
SUGGESTION = f"{TITLE}\n\n提案人：刘鸿芝\n\n建议：加强农村人居环境整治，加快推进农村生活污水治理和农村黑臭水体排查整治，改善农村生态环境。\n"
OPTIONS = ("--deputy", "刘鸿芝", "--session", "市政协七届二次会议", "--type", "B", "--proposal", "--date", "2023-06-30")


def _hengshui(tmp_path):
    return unit_workspace(tmp_path / "ws", "衡水市生态环境局", "市生态环境局", "衡水市", "桃城区, 冀州区, 深州市")


# (the page as it was before its mirror garbled the closing quote: the quotation's last sentence, then who said it and the plan)
QUOTED = BRIEFING.replace("億立方米!被艏o東表示", "億立方米。”霍紀東表示")


@pytest.mark.parametrize("page", [BRIEFING, QUOTED])
def test_the_officials_plan_and_what_goes_on_with_it_are_a_plan_not_work_done(tmp_path, page):
    ff = distil(tmp_path, _hengshui(tmp_path), page, NAME)
    done = next(f for f in ff.facts if "801.5公里" in f.text)
    assert done.kind == "done" and "7.6217亿立方米" in done.text
    assert "向农村转移" not in done.text and "排查整治" not in done.text.split("7.6217亿立方米")[1]
    plan = next(f for f in ff.facts if "向农村转移" in f.text)
    assert plan.kind == "plan" and plan.text.startswith("衡水市将饮用水水源环境保护工作重点向农村转移")
    assert "推进饮用水水源环境安全隐患排查整治。" in plan.text and "定期监测" in plan.text
    # (what the official said was done this half-year stays done)
    assert next(f for f in ff.facts if "475个" in f.text).kind == "done"


def test_the_pages_end_mark_is_no_text_of_a_fact(tmp_path):
    ff = distil(tmp_path, _hengshui(tmp_path), BRIEFING, NAME)
    assert not [f.text for f in ff.facts if "完）" in f.text or "完)" in f.text]
    assert next(f for f in ff.facts if "定期监测" in f.text).text.endswith("保障广大民众的饮水安全。")


@pytest.mark.parametrize("line, kept", [
    ("保障广大民众的饮水安全。(完)", "保障广大民众的饮水安全。"),
    ("保障广大民众的饮水安全。（完）", "保障广大民众的饮水安全。"),
    ("全年任务已全部完成。【完】", "全年任务已全部完成。"),
    ("“…饮水安全。”（全文完）", "“…饮水安全。”"),
    ("该项目年底完成（完）", "该项目年底完成（完）"),  # (no sentence's stop before it: no end mark)
])
def test_an_end_mark_after_the_last_sentence_goes(line, kept):
    assert strip_inline_chrome(line) == kept


@pytest.mark.parametrize("sentence, said", [
    ("被艏o东表示，衡水市将饮用水水源环境保护工作重点向农村转移，建立乡镇级水源地清单。", True),
    ("姚冠华表示，厦门将积极争取将中药饮片加成恢复到25%。", True),
    ("张伟指出，下一步，全市计划新建污水处理站12座。", True),
    # (what was done, said by someone: no plan — nor 将 as 把 of a deed done, nor a plan only in a later clause)
    ("霍纪东说，上半年，衡水市开展城市排水管网雨污分流改造专项行动。", False),
    ("李明表示，我市已将农村生活污水治理纳入年度考核。", False),
    ("李明表示，今年以来全市完成改厕3200户，下一步将继续推进。", False),
    ("衡水市将饮用水水源环境保护工作重点向农村转移。", False),  # (no one's words: read as before)
])
def test_a_speakers_first_clause_of_what_will_be_done_announces_a_plan(sentence, said):
    assert announces(normalise(sentence)) is said


def test_a_quotations_own_sentence_stays_with_who_said_it():
    """hd30a: a quotation of its own sentence, then who said it and the next step, is one plan (its frame dropped later)."""
    text = ("据悉，本次活动共向群众发放各类宣传资料1.8万余份。“本次集中法治宣传活动旨在进一步提高群众的法治素养。”"
            "市司法局相关负责人表示，下一步，市司法局还将联合各相关部门开展宪法进乡村活动。")
    assert plan_split(text)[0] == "据悉，本次活动共向群众发放各类宣传资料1.8万余份。"


def test_a_plan_announced_takes_the_subjectless_sentences_after_it():
    text = ("上半年开展了河湖水系连通整治，共清理整治河渠801.5公里！被艏o东表示，衡水市将饮用水水源环境保护工作重点向农村转移，"
            "建立乡镇级水源地清单。推进饮用水水源环境安全隐患排查整治。")
    assert plan_split(text) == ["上半年开展了河湖水系连通整治，共清理整治河渠801.5公里！",
                                "被艏o东表示，衡水市将饮用水水源环境保护工作重点向农村转移，建立乡镇级水源地清单。"
                                "推进饮用水水源环境安全隐患排查整治。"]


def test_the_rural_ask_drafts_no_plan_as_work_done(tmp_path):
    _, out = seeds_draft(tmp_path, _hengshui(tmp_path), {NAME: BRIEFING}, "305", TITLE, SUGGESTION, *OPTIONS)
    said = "".join(part_one(docx.Document(str(out))))
    assert "推进饮用水水源环境安全隐患排查整治" not in said and "向农村转移" not in said, said


RIVERS = "关于加强河湖水系连通的建议"
RIVERS_TEXT = f"{RIVERS}\n\n提案人：刘鸿芝\n\n建议：加强河湖水系连通整治，清理整治河渠，增加引蓄地表水。\n"


def test_a_drafted_sentence_the_source_exclaimed_ends_on_a_stop(tmp_path):
    _, out = seeds_draft(tmp_path, _hengshui(tmp_path), {NAME: BRIEFING}, "306", RIVERS, RIVERS_TEXT, *OPTIONS)
    said = next(p for p in part_one(docx.Document(str(out))) if "801.5公里" in p)
    assert "！" not in said and "!" not in said and said.endswith("。"), said


@pytest.mark.parametrize("sentence, said", [
    ("累计输水7.6217亿立方米！", "累计输水7.6217亿立方米。"),
    ("全部达到Ⅲ类!!", "全部达到Ⅲ类。"),
    ("群众纷纷点赞：“环境变美了！”", "群众纷纷点赞：“环境变美了！”"),  # (the words quoted, as they were said)
    # (a title's and a slogan's own, inside the sentence: rv16)
    ("组织观看《加油！向未来》科普节目，开展“奋进新时代！建功新征程”主题宣传活动3场。",
     "组织观看《加油！向未来》科普节目，开展“奋进新时代！建功新征程”主题宣传活动3场。"),
    ("开展“奋进新时代！建功新征程”主题宣传活动3场！", "开展“奋进新时代！建功新征程”主题宣传活动3场。"),
])
def test_a_sentence_says_without_exclaiming(sentence, said):
    assert without_exclaiming([sentence]) == [said]
