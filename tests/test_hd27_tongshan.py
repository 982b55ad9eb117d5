"""Found on held-out round hd27a (通山县林业局): its own undated news page (a traditional-character mirror, m.zzx7.cn) had its
one result, 现已完成油茶新造1.6万亩、低产低效林改造2.8万亩, filed as background and its slogans (抓实…“五篇文章”…确保…良好开局) as
done; the mirror's pinyin note standing for a lost character (质量?,F(xiàn)已完成) reached the draft, with 该局 for the bureau and a
doubled stop (…改造。,【待更新：统计期】，F（xiàn）已完成…); and the page, named with a date as distill's reminder asks, turned from
news into a work report, as did 咸宁市林业局's news of its inspection in 通山 (2025年4月9日，市林业局…带队赴通山县…).

Each test uses a few real lines of the pages (as the mirror prints them) in a workspace built here.
"""

from __future__ import annotations

from helpers import distil, fact_saying, page_draft, unit_workspace

from drafter.model import CONTEXT, DONE, NEWS
from drafter.read.clean import normalize_text

TONGSHAN_AREAS = "通羊镇, 南林桥镇, 黄沙铺镇, 厦铺镇, 九宫山镇, 闯王镇, 洪港镇, 大畈镇, 杨芳林乡, 燕厦乡, 大路乡, 慈口乡"

# 通山县林业局's news (m.zzx7.cn, undated, cut off mid-sentence as the mirror prints it): paragraphs 2, 3 and 5.
PAGE = """今年來,通山縣林業(yè)局立足部門職能職責(zé),以環(huán)境作風(fēng)優(yōu)化年活動為抓手,抓實(shí)國土綠化、項目建設(shè)、生態(tài)保護(hù)、產(chǎn)業(yè)發(fā)展、優(yōu)化環(huán)境“五篇文章”,推進(jìn)林業(yè)工作提質(zhì)量上水平,確保全縣林業(yè)工作實(shí)現(xiàn)良好開局。
該局突出一個主旨(以生態(tài)建設(shè)為中心),解決兩大難題(森林資源總量不足、質(zhì)量不高),實(shí)施三大工程(森林質(zhì)量精準(zhǔn)提升、油茶產(chǎn)業(yè)擴(kuò)面提質(zhì)增效行動、“雙重”項目建設(shè)),圍繞五綠重點(diǎn)(全民愛綠、守線護(hù)綠、提質(zhì)增綠、創(chuàng)新活綠、產(chǎn)業(yè)富綠),推深做實(shí)林長制改革,嚴(yán)格資源保護(hù)管理,推進(jìn)林草治理體系和治理能力現(xiàn)代化,為打造國家新型能源之都、國家全域旅游強(qiáng)縣提供生態(tài)支撐。
持續(xù)開展全域國土綠化。該局搶抓春季造林的黃金季節(jié),堅持規(guī)劃引領(lǐng)、因地制宜,積極開展油茶新造和低產(chǎn)低效林改造,提升林業(yè)資源總量和質(zhì)量?,F(xiàn)已完成油茶新造1.6萬畝、低產(chǎn)低效林改造2.8萬畝。
"""

# 咸宁市林业局's news (its site, 2025-04-10) of its inspection in 通山, to its first paragraph's end.
XIANNING = """今天是:
您当前的位置 : 首页 >>正文

市林业局调研督导松材线虫病疫木除治工作

来源:森防站 时间:2025-04-10

2025年4月9日,市林业局党组成员、副局长李雪梅带队赴通山县等地督导松材线虫病疫木除治工作,市森防站、通山县林业局主要负责同志陪同调研。

调研组一行实地先后查看了通羊镇泉港村、九宫山镇横石村、闯王镇苦竹林村疫木除治情况,在除治现场,按照“五个一”的标准对疫木运输与处理监管进行严格把关,详细检查除治疫木记录及疫木加工追踪流程。
"""

TITLE = "关于加快油茶产业发展的建议"
SUGGESTION = f"{TITLE}\n\n建议：一、扩大油茶新造面积；二、加快低产低效油茶林改造；三、加大油茶产业扶持资金投入。\n"


def _tongshan(tmp_path):
    return unit_workspace(tmp_path / "ws", "通山县林业局", "县林业局", "通山县", TONGSHAN_AREAS, "我县林业工作")


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
    ff = distil(tmp_path, _tongshan(tmp_path), PAGE, "tongshan_lyj_news.txt")
    assert ff.source.kind == NEWS
    result = fact_saying(ff, "油茶新造1.6万亩")
    assert result.kind == DONE and result.period.year is None
    assert fact_saying(ff, "五篇文章").kind == CONTEXT
    assert fact_saying(ff, "三大工程").kind == CONTEXT


def test_a_news_page_named_with_its_date_stays_news(tmp_path):
    """hd27a 6: named 2024-05-10_…, as distill's reminder asks, the page is dated, still news, its result done."""
    ff = distil(tmp_path, _tongshan(tmp_path), PAGE, "2024-05-10_tongshan_lyj_news.txt")
    assert ff.source.kind == NEWS and ff.source.date == "2024-05-10"
    assert fact_saying(ff, "油茶新造1.6万亩").kind == DONE


def test_a_city_bureaus_news_of_its_inspection_is_news(tmp_path):
    """hd27a 4: a page titled with the city bureau's inspection, its lede opening on the day with its year (2025年4月9日，
    市林业局…带队赴通山县…), is news, not a work report; its issuer the bureau its headline names, not its station."""
    ff = distil(tmp_path, _tongshan(tmp_path), XIANNING, "xianning_lyj_tongshan_2025-04-10.txt")
    assert ff.source.kind == NEWS
    assert ff.source.issuer == "市林业局"  # (the bureau its headline names, not 来源:森防站, its station)
    assert all(f.kind == CONTEXT for f in ff.facts)


def test_the_result_drafted_in_the_bureaus_words(tmp_path):
    """hd27a 2: drafted, the result says 我局 (the news item's 该局 is the bureau), its lost characters highlighted as such and
    commented, no pinyin nor doubled stop left, its year to check."""
    ws = _tongshan(tmp_path)
    _, document = page_draft(tmp_path, ws, PAGE, SUGGESTION, "9", TITLE, "--date", "2025-06-20", "--type", "B",
                             name="tongshan_lyj_news.txt")
    body = "\n".join(p.text for p in document.paragraphs)
    said = next(p.text for p in document.paragraphs if "1.6万亩" in p.text)
    assert "我局抢抓春季造林" in said and "该局" not in body
    assert "□" in said and "【待核实：年份】" in said
    assert "xiàn" not in body and "。," not in body and "，，" not in body
    xml = "".join(p.blob.decode("utf-8") for p in document.part.package.parts if p.partname.endswith("comments.xml"))
    assert "缺失（□）" in xml
