"""h314: findings of the held-out test hd57b (榆林市文化和旅游局, reply 榆政文旅函〔2022〕91号 to 张凌云's 第12号 议案 on a
边塞文化旅游走廊 along the 长城), each on its seeds' and suggestion's real lines.

1. The matter every ask says is the suggestion's subject though the title does not say it (长城, the title being
   关于建设榆林边塞文化旅游走廊的议案): a fact on an ask says it or the title's matter beyond the bureau's field — the 136号 reply's
   经过近年来的精心打造，陕北民歌已逐渐成为榆林文化节庆品牌的又一大亮点。 (打造, 品牌, 文化, 旅游) was drafted under
   打造榆林长城边塞文化旅游品牌.
2. Key words glue no verb of seizing (抓住) nor the bureau's own place (榆林) onto the matter: 抓住长城, 榆林长城 were keys.
3. A placeholder whose material is background alone names the bureau's work near it too: 抓住长城国家文化公园建设机遇's
   comment named the 陕北民歌 reply, never the bureau's 2019 work on 长城.
"""

from __future__ import annotations

import docx
from helpers import YULIN_SEEDS as SEEDS, YULIN_SUGGESTION as SUGGESTION
from helpers import YULIN_TITLE as TITLE, comments_on, sections, seeds_draft, yulin_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.select import GENERIC, ask_words, matter_phrase, on_ask, prime_asks, thing_words
from drafter.compose.sentences import bigrams
from drafter.facts.index import FactIndex

# (the asks' phrases, their place said in the bureau's own words as part two's items say them: one ask, one wording, hx59w; 榆林长城 a landmark's name, hx68d)
HEADINGS = ("统一规划建设我市边塞文化旅游走廊（长城文化旅游带）", "抓住长城国家文化公园建设机遇", "打造榆林长城边塞文化旅游品牌")


def _workspace(tmp_path):
    return yulin_workspace(tmp_path)


def _draft(tmp_path):
    ws = _workspace(tmp_path)
    _, out = seeds_draft(tmp_path, ws, SEEDS, "12", TITLE, SUGGESTION, "--deputy", "张凌云", "--session", "市五届人大一次会议",
                         "--type", "B", "--date", "2022-12-15")
    return ws, out


def _parts(out) -> list[str]:
    """Part one's three sections, each its paragraphs' text."""
    said = sections(docx.Document(str(out)))
    assert list(said) == list(HEADINGS), list(said)
    return ["\n".join(said[h]) for h in HEADINGS]


def _asks(ws):
    index = FactIndex.load(ws)
    asks = parse_asks(SUGGESTION, TITLE)
    titled = frozenset(bigrams(matter_phrase(TITLE)) - GENERIC)
    for ask in asks:
        ask.titled = titled
    words = ask_words(asks, ws, index)
    prime_asks(asks, index, ws)
    return index, asks, words


def test_a_fact_off_the_subject_every_ask_says_answers_none(tmp_path):
    ws, out = _draft(tmp_path)
    first, second, third = _parts(out)
    # (陕北民歌…榆林文化节庆品牌 shares 打造, 品牌, 文化, 旅游 with 打造榆林长城边塞文化旅游品牌, none of its 长城 or 边塞)
    assert "陕北民歌" not in first + second + third
    assert "【待补充：打造榆林长城边塞文化旅游品牌" in third  # (its place as its heading says it, au58r3; a landmark's name, hx68d)
    assert not any("第136号" in c.text for c in docx.Document(str(out)).comments)
    # (the title's matter stands beside the subject: the 2020 全域旅游发展规划, on 文化旅游 and 规划, still answers the first ask)
    assert "启动《榆林市全域旅游发展规划》编制工作" in first
    index, asks, words = _asks(ws)
    brand = next(f for f in index.facts.values() if "文化节庆品牌" in f.text)
    assert [on_ask(brand, ask, own) for ask, own in zip(asks, words)] == [False, False, False]
    assert all(ask.subject >= {"长城", "边塞"} for ask in asks) and not asks[0].subject & {"文化", "旅游", "榆林"}


def test_key_words_glue_no_verb_of_seizing_nor_the_bureaus_place(tmp_path):
    ws, _ = _draft(tmp_path)
    _, asks, _ = _asks(ws)
    keys = [k for ask in asks for k in ask.matter_keys]
    assert asks[1].matter_keys[0].endswith("国家文化公园") and asks[2].matter_keys[-1].endswith("边塞文化旅游品牌"), keys
    assert not any("抓住" in k or "榆林" in k for k in keys), keys
    # (the thing each names past them: 长城, not 抓住 nor 榆林, which every fact of the base says)
    assert thing_words(asks[1].phrase, ws)[0][0] == thing_words(asks[2].phrase, ws)[0][0] == "长城"


def test_a_placeholder_on_background_alone_names_the_bureaus_work_near_it(tmp_path):
    _, out = _draft(tmp_path)
    notes = comments_on(out, "【待补充：抓住长城国家文化公园建设机遇")
    # (the 审议意见 and 223号's opening say 长城 and the ask's words as background; the bureau's 2019 work on 长城 is near it)
    assert any("涉及该主题" in c and "榆林加强长城遗址保护（2019-12-07）" in c and "安排400余万元" in c for c in notes), notes
    assert not any("第136号" in c for c in notes), notes
