"""Found on held-out round hd27a (通山县林业局): its own undated news page (a traditional-character mirror, m.zzx7.cn) had its
one result, 现已完成油茶新造1.6万亩、低产低效林改造2.8万亩, filed as background and its slogans (抓实…“五篇文章”…确保…良好开局) as
done; the mirror's pinyin note standing for a lost character (质量?,F(xiàn)已完成) reached the draft, with 该局 for the bureau and a
doubled stop (…改造。,【待更新：统计期】，F（xiàn）已完成…); and the page, named with a date as distill's reminder asks, turned from
news into a work report, as did 咸宁市林业局's news of its inspection in 通山 (2025年4月9日，市林业局…带队赴通山县…).

Each test uses a few real lines of the pages (as the mirror prints them) in a workspace built here.
"""

from __future__ import annotations

from helpers import TONGSHAN_NEWS, TONGSHAN_SUGGESTION, TONGSHAN_TITLE, distil, fact_saying, page_draft, tongshan

from drafter.model import CONTEXT, DONE, NEWS
from drafter.read.clean import normalize_text


# 咸宁市林业局's news (its site, 2025-04-10) of its inspection in 通山, to its first paragraph's end.
XIANNING = """今天是:
您当前的位置 : 首页 >>正文

市林业局调研督导松材线虫病疫木除治工作

来源:森防站 时间:2025-04-10

2025年4月9日,市林业局党组成员、副局长李雪梅带队赴通山县等地督导松材线虫病疫木除治工作,市森防站、通山县林业局主要负责同志陪同调研。

调研组一行实地先后查看了通羊镇泉港村、九宫山镇横石村、闯王镇苦竹林村疫木除治情况,在除治现场,按照“五个一”的标准对疫木运输与处理监管进行严格把关,详细检查除治疫木记录及疫木加工追踪流程。
"""



def test_a_pinyin_note_standing_for_a_lost_character_is_garbled():
    """hd27a 2: F(xiàn) is a Latin letter and the pinyin of the 現 the mirror lost, ?, the stop before it: lost characters
    (□), no letter nor note left, no doubled stop."""
    line = normalize_text("提升林業資源總量和質量?,F(xiàn)已完成油茶新造1.6萬畝")
    assert "□已完成油茶新造" in line
    assert "F" not in line and "xiàn" not in line and "," not in line and "，" not in line


def test_the_bureaus_own_undated_result_is_done_its_slogans_are_not(tmp_path):
    """hd27a 1: a paragraph of its news opening on its theme, then the bureau (该局) and what it completed, is its result; the
    statements naming its work by counted slogans and the end they pledge (“五篇文章”…确保…良好开局, 一个主旨…三大工程…提供生态
    支撑), no act nor figure, are background."""
    ff = distil(tmp_path, tongshan(tmp_path), TONGSHAN_NEWS, "tongshan_lyj_news.txt")
    assert ff.source.kind == NEWS
    result = fact_saying(ff, "油茶新造1.6万亩")
    assert result.kind == DONE and result.period.year is None
    assert fact_saying(ff, "五篇文章").kind == CONTEXT
    assert fact_saying(ff, "三大工程").kind == CONTEXT


def test_a_news_page_named_with_its_date_stays_news(tmp_path):
    """hd27a 6: named 2024-05-10_…, as distill's reminder asks, the page is dated, still news, its result done."""
    ff = distil(tmp_path, tongshan(tmp_path), TONGSHAN_NEWS, "2024-05-10_tongshan_lyj_news.txt")
    assert ff.source.kind == NEWS and ff.source.date == "2024-05-10"
    assert fact_saying(ff, "油茶新造1.6万亩").kind == DONE


def test_a_city_bureaus_news_of_its_inspection_is_news(tmp_path):
    """hd27a 4: a page titled with the city bureau's inspection, its lede opening on the day with its year (2025年4月9日，
    市林业局…带队赴通山县…), is news, not a work report; its issuer the bureau its headline names, not its station."""
    ff = distil(tmp_path, tongshan(tmp_path), XIANNING, "xianning_lyj_tongshan_2025-04-10.txt")
    assert ff.source.kind == NEWS
    assert ff.source.issuer == "市林业局"  # (the bureau its headline names, not 来源:森防站, its station)
    assert all(f.kind == CONTEXT for f in ff.facts)


def test_the_result_drafted_in_the_bureaus_words(tmp_path):
    """hd27a 2: drafted, the result says 我局 (the news item's 该局 is the bureau), its lost characters highlighted as such and
    commented, no pinyin nor doubled stop left, its year to check."""
    ws = tongshan(tmp_path)
    _, document = page_draft(tmp_path, ws, TONGSHAN_NEWS, TONGSHAN_SUGGESTION, "9", TONGSHAN_TITLE, "--date", "2025-06-20", "--type", "B",
                             name="tongshan_lyj_news.txt")
    body = "\n".join(p.text for p in document.paragraphs)
    said = next(p.text for p in document.paragraphs if "1.6万亩" in p.text)
    assert "我局抢抓春季造林" in said and "该局" not in body
    assert "□" in said and "【待核实：年份】" in said
    assert "xiàn" not in body and "。," not in body and "，，" not in body
    xml = "".join(p.blob.decode("utf-8") for p in document.part.package.parts if p.partname.endswith("comments.xml"))
    assert "缺失（□）" in xml
