"""hx59c1: findings 1–3 of the held-out test hd59c (信阳市工业和信息化局, 市政协六届二次会议第2024488号提案), on its seed's real lines.

1. A fact whose sentences answer different asks is not one ask's whole: a sentence the item's selection leaves out as off its
   ask (信阳市系统梳理全市产业链群…六大产业集群…62.8%、66.6%, under 加强科技创新和人才支撑) goes to the ask it answers
   (推动产业链式集群发展, a placeholder before), its source comment with it; each sentence is said once.
2. An item's lead phrase (聚焦产业绿色崛起。) goes where the sentences it headed went elsewhere or were left out: the item opens
   on its first kept sentence (科创动能不断增强，…).
3. A word of the title one ask's text says beyond its phrase (新质生产力, in 把科技创新作为发展新质生产力的核心要素) is the
   suggestion's matter, no word telling that ask apart: it no longer pulls 新质生产力加快培育…产业不断壮大 under 科技创新和人才支撑.
"""

from __future__ import annotations

from pathlib import Path

import docx
from helpers import comments_on, part_one, seeds_draft, unit_workspace
from helpers import XINYANG

TITLE = "关于推进信阳现代化产业体系建设，加快发展新质生产力的提案"
# suggestion.txt of hd59c (the asks restated from the real reply)
SUGGESTION = (f"{TITLE}\n提案人：港澳台侨民族和宗教委员会\n\n"
              "当前，我市正处于加快产业绿色崛起的关键时期，构建现代化产业体系、加快发展新质生产力是推动老区高质量发展的必由之路。为此建议：\n"
              "一、推动产业链式集群发展。围绕主导产业梳理重点产业链，完善链式培育的政策体系，打造县域特色产业集群，提升产业集群发展效应。\n"
              "二、加强科技创新和人才支撑。把科技创新作为发展新质生产力的核心要素，推进创新联合体建设，围绕制约产业发展的关键核心技术开展攻关，"
              "积极争取各级科技项目，加强人才引育。\n")
# seeds/2024-09-24_河南信阳老区聚力新赛道.txt of hd59c: its head and first three paragraphs (the third one fact).
SEED = "2024-09-24_河南信阳老区聚力新赛道.txt"
PAGE = ("http://hkcd.com/content_p/2024-09/24/content_177268.html\n香港商报官网 > 河南 > 中华大地\n\n"
        "河南信陽:老區聚力新賽道 書寫「兩個更好」答卷\n\n2024-09-24\n来源:香港商報網\n\n"
        "    9月24日上午,中共河南省委宣傳部召開「推進中國式現代化建設河南實踐」系列主題信陽專場新聞發佈會。\n\n"
        "    發佈會上,信陽市委書記蔡松濤介紹,近年來,信陽市加快老區振興,加速綠色崛起,各項事業取得新成效。公路、航空、高鐵、內河航運等"
        "一批結構性項目加快建設,豫東南高新區全面拉開,各項改革深入推進,老區信陽正在發生有目共睹的變化。\n\n"
        "    聚焦產業綠色崛起。信陽市系統梳理全市產業鏈群,做優做大做強裝備製造、綠色家居、電子信息、綠色食品、時尚紡織、生物醫藥六大"
        "產業集群,主導產業增加值、主營業務收入分別占規上工業的62.8%、66.6%。新質生產力加快培育,以明陽新能源為代表的新能源裝備製造"
        "產業、以萬華生態板材為代表的綠色家居產業不斷壯大。科創動能不斷增強,建成14家國家級科技創新平台載體,落地4個院士工作站,"
        "大別山實驗室正式掛牌運營。蘇信對口合作走深走實,中億豐蘇信合作綠色智能製造產業園等20個項目落地開工。豫東南高新區32.7平方公里"
        "啟動區骨架路網建成通車,第一批標誌性產業項目建設順利,綠色集聚發展的核心競爭力正在加速形成。\n")


def _draft(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """The proposal drafted from the page alone, as hd59c's clerk did: the draft and part one's paragraphs after each heading."""
    ws = unit_workspace(tmp_path / "ws", *XINYANG)
    _, out = seeds_draft(tmp_path, ws, {SEED: PAGE}, "2024488", TITLE, SUGGESTION, "--deputy", "港澳台侨民族和宗教委员会",
                         "--session", "市政协六届二次会议", "--proposal", "--date", "2024-10-04")
    text = part_one(docx.Document(str(out)))
    first = next(n for n, p in enumerate(text) if "推动产业链式集群发展" in p)
    second = next(n for n, p in enumerate(text) if "加强科技创新和人才支撑" in p)
    return out, {"chains": "\n".join(text[first + 1:second]), "science": "\n".join(text[second + 1:])}


def test_a_sentence_left_out_as_off_its_ask_goes_to_the_ask_it_answers_once(tmp_path):
    out, said = _draft(tmp_path)
    chains, science = said["chains"], said["science"]
    assert "六大产业集群" in chains and "62.8%" in chains and "66.6%" in chains, chains  # (was 【待补充：…】 alone)
    assert "14家国家级科技创新平台载体" in science and "【待补充" not in chains + science, said
    assert "六大产业集群" not in science and "14家" not in chains  # (each said once)
    paragraph = next(p.text for p in docx.Document(str(out)).paragraphs if "六大产业集群" in p.text)
    assert any("河南信阳老区聚力新赛道" in c and "第" in c for c in comments_on(out, paragraph[:10]))  # (its source named)


def test_a_lead_over_sentences_gone_elsewhere_is_dropped(tmp_path):
    _, said = _draft(tmp_path)
    # (its first sentence after the period flag, said as the city's since hx59n: 【待更新：统计期】，我市科创动能不断增强，…)
    opening = said["science"].removeprefix("【待更新：统计期】，").removeprefix("我市")
    assert "聚焦产业绿色崛起" not in said["science"] and opening.startswith("科创动能不断增强"), said["science"]


def test_a_title_word_one_asks_text_says_pulls_no_sentence_under_it(tmp_path):
    _, said = _draft(tmp_path)
    assert "新质生产力加快培育" not in said["science"], said["science"]
