"""h263: findings of the held-out test hd49b (衡水市生态环境局, 河北; five cut pages on water and the environment).

F4: a figure opening a line (5個縣(市)創建成為省級森林城市, 全市13个国省考…) was read as a sub-head's bare number and lost, or the
line as a heading: a digit before a counter counts things, and a line opening on a count is a statement.
F2: the built-up area's figures (建成区黑臭水体“长制久清”比例达到100%…) were drafted under the probe's rural ask 深入开展农村黑臭水体
排查整治: a sentence scoped to the town answers no ask scoped to the countryside, nor the other way round.
F5: clutter kept as facts — a news site's call to follow it (关注河北新闻网，了解河北最新新闻。), a photo report's credit
(摄影报道 | 河北日报记者 田明) as a section, a caption's verb of seeing taken into a place (鸟瞰衡水市).
F6: a mid-January news page reviewing the year before (its first dated sentence 2021年，衡水市…) dated its undated facts by its own
year.
F7: kinds — a slogan of changes felt (天空更蓝了、大地更绿了…) and a table's notes (省定任务指的是…; …由省生态环境厅认定) as done, an
official's quoted account of the place's work (“衡水市立足市域市情，…上半年开展了河湖水系连通整治，…”) as context.
F3: the tester's suggestion, one sentence read as one ask (建议：加强农村人居环境整治，加快推进农村生活污水治理和农村黑臭水体排查整治，…),
got a next step of its generic clause alone, its comment naming none of the matters it goes on to ask.
F1: a gap's comment quoted the fact's sentence with figures (上半年开展了河湖水系连通整治，共清理整治河渠801.5公里…, its 整治 alone)
though others said more of the ask (…向农村转移…; 推进饮用水水源环境安全隐患排查整治。).
"""

from __future__ import annotations

import docx
import pytest
from helpers import comments_on, distil, first_saying, part_one, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.select import GENERIC, Item, nearest_sentence
from drafter.compose.sentences import bigrams

from drafter.distill.structure import is_meta_line
from drafter.compose.select import in_settlement
from drafter.grammar import settlement
from drafter.read.clean import is_chrome

# The tester's page of 2022-08-24 (a photo report's captions), cut.
CAPTIONS = """2022年8月24日,鳥瞰衡水市區,綠樹繞城,林立的高樓與藍天白雲相映,勾勒出一幅怡人的優美畫卷。
2022年上半年
衡水市生态環境質量持續改善
衡水市堅持生态優先、綠色發展
{count}
13個國省考地表水斷面水質全部達标
衡水市緊盯四大污染源進行攻堅
區域大氣中PM2.5的排放大為減少
如今
衡水的霧霾天氣越來越少
藍天白雲越來越多
攝影報道 | 河北日報記者 田明
關注河北新聞網,了解河北最新新聞。
更多精彩资讯请关注tft每日頭條,我们将持续为您更新最新资讯!
"""

# The tester's page of 2022-01-14 (网易河北), its first paragraphs.
WATER_PAGE = """网易首页 > 网易河北 > 正文

衡水市持续改善水环境质量 打好碧水保卫战

0
分享至

衡水,伴水而生,因水而兴。让潺潺清水长流,是全市人民的心愿,也是绿色发展的需要。2021年,衡水市考核断面水质稳中向好,13个国家和河北省考核断面平均水质全部达到考核要求,地表水水质优良断面比例超额完成年度目标,达到76.9%。建成区黑臭水体“长制久清”比例达到100%,城市集中式地下水饮用水水源地水质达标率100%。

衡水市采取高位推动

落实水生态环境保护主体责任

衡水市委、市政府主要领导以及主管领导率先垂范,一线督办重点工作,各部门各司其职,密切配合,凝聚了强大的工作合力。通过完善制度机制,衡水市出台《衡水市2021年水生态环境保护工作方案》,提出8大类17项工作规划和要求,明确职责,细化任务。衡水市还通过制定《十四五国控断面“六个一”工作机制》,建立全方位断面保障体系。

对于重点河湖监管,衡水市地表水环境质量三级监管预警体系项目完成,通过建设水环境污染防治综合监管平台、19个水质自动监测站和11个重点河流智能视频监控点位,基本实现重点河湖断面实时监管、实时监测、分段定责、实时溯源。
"""
WATER_SEED = "2022-01-14_衡水市持续改善水环境质量.txt"
TITLE = "关于加强农村人居环境整治的建议"


def _hengshui(tmp_path):
    return unit_workspace(tmp_path / "ws", "衡水市生态环境局", "市生态环境局", "衡水市", "桃城区, 冀州区, 深州市")


@pytest.mark.parametrize("count, figure", [
    ("5個縣(市)創建成為省級森林城市", "5个"),
    ("全市5個縣(市)創建成為省級森林城市", "5个"),
])
def test_a_line_opening_on_a_count_keeps_its_figure(tmp_path, count, figure):
    ff = distil(tmp_path, _hengshui(tmp_path), CAPTIONS.format(count=count), "2022-08-24_衡水上半年生态环境质量.txt")
    fact = first_saying(ff.facts, "创建成为省级森林城市")
    assert fact.text.startswith(("5个", "全市5个")), fact.text
    assert [f.raw for f in fact.figures] == [figure]
    sections = first_saying(ff.facts, "国省考地表水断面")
    assert sections.text.startswith("13个") and [f.raw for f in sections.figures] == ["13个"]


def test_a_bare_number_before_words_still_numbers_a_sub_head():
    """1提升科技… (no counter after the digit) is still a news sub-head's number."""
    from drafter.distill.structure import BARE_DIGIT, COUNT_OPENING

    assert BARE_DIGIT.match("1提升科技创新能力") and not BARE_DIGIT.match("5个县（市）创建成为省级森林城市")
    assert not COUNT_OPENING.match("提升科技创新能力")


@pytest.mark.parametrize("text, scope", [
    ("建成区黑臭水体“长制久清”比例达到100%，城市集中式地下水饮用水水源地水质达标率100%。", "urban"),
    ("城区市政排水管网全部实现雨污分流。", "urban"),
    ("深入开展农村黑臭水体排查整治，做到动态清零。", "rural"),
    ("衡水市将饮用水水源环境保护工作重点向农村转移，建立乡镇级水源地清单。", "rural"),
    ("5个县（市）创建成为省级森林城市", None),  # (a title's 城市, no scope)
    ("推进城乡供水一体化。", None),
    ("各县市区开展黑臭水体排查。", None),  # (the levels listed, no town)
    ("城市建成区和农村黑臭水体治理同步推进。", None),  # (both)
])
def test_a_texts_settlement(text, scope):
    assert settlement(text) == scope


def test_the_other_settlements_sentence_answers_no_ask():
    town = "建成区黑臭水体“长制久清”比例达到100%。"
    assert in_settlement(town, "深入开展农村黑臭水体排查整治") == "" and in_settlement(town, "加强黑臭水体治理") == town
    assert in_settlement("全市农村黑臭水体全部完成整治。", "推进城市建成区黑臭水体治理") == ""


def test_a_rural_ask_gets_no_figures_of_the_built_up_area(tmp_path):
    """The probe's split asks on the tester's page: (二) on rural black-and-smelly water is left for the clerk, not
    filled with the built-up area's 100% of 2021."""
    ws = _hengshui(tmp_path)
    text = (f"{TITLE}\n\n提案人：刘鸿芝\n\n建议：\n一、加快推进农村生活污水治理，扩大治理村庄覆盖面。\n"
            "二、深入开展农村黑臭水体排查整治，做到动态清零。\n三、强化责任落实和考核督导，建立长效管护机制。\n")
    _, out = seeds_draft(tmp_path, ws, {WATER_SEED: WATER_PAGE}, "305", TITLE, text, "--deputy", "刘鸿芝",
                         "--session", "市政协七届二次会议", "--type", "B", "--proposal", "--date", "2023-06-30")
    part = "".join(part_one(docx.Document(str(out))))
    assert "农村黑臭水体排查整治" in part
    assert "建成区" not in part and "长制久清" not in part, part


@pytest.mark.parametrize("line", [
    "关注河北新闻网，了解河北最新新闻。",
    "更多精彩资讯请关注tft每日头条，我们将持续为您更新最新资讯！",
    "關注河北新聞網,了解河北最新新聞。",
])
def test_a_call_to_follow_a_news_channel_is_clutter(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", [
    "关注农村留守儿童，了解最新情况。",  # (no channel followed)
    "持续关注农村饮水安全，定期监测并向社会公开饮水安全状况信息。",
    "密切关注国家政策，及时了解最新动态。",
])
def test_work_on_what_is_followed_stays(line):
    assert not is_chrome(line)


def test_a_photo_reports_credit_is_no_heading():
    assert is_meta_line("摄影报道 | 河北日报记者 田明") and is_meta_line("攝影報道 | 河北日報記者 田明")
    assert not is_meta_line("摄影报道")


def test_the_captions_page_keeps_neither_clutter_nor_a_seeing_verbs_place(tmp_path):
    ff = distil(tmp_path, _hengshui(tmp_path), CAPTIONS.format(count="5個縣(市)創建成為省級森林城市"),
                "2022-08-24_衡水上半年生态环境质量.txt")
    texts = [f.text for f in ff.facts]
    assert not any("关注" in t or "资讯" in t for t in texts), texts
    assert not any("摄影报道" in s for f in ff.facts for s in f.section)
    # (the dated caption of the scene seen is no fact at all, h277: hd49b's re-score; its seeing verb names no place)
    assert not any("鸟瞰" in t for t in texts) and ff.source.jurisdiction == "衡水市", (texts, ff.source)


def test_a_mid_january_review_of_the_year_before_dates_its_facts_by_that_year(tmp_path):
    ff = distil(tmp_path, _hengshui(tmp_path), WATER_PAGE, WATER_SEED)
    assert ff.source.period == 2021
    for words in ("出台《衡水市2021年水生态环境保护工作方案》", "19个水质自动监测站"):
        assert first_saying(ff.facts, words).period.year == 2021, words


def test_a_news_items_lede_of_its_present_keeps_its_date(tmp_path):
    """A lede telling of the news's present (近日，…) before a sentence opening on a year past: that year is the item's
    history, not the year it reviews."""
    page = WATER_PAGE.replace("衡水,伴水而生,因水而兴。", "近日,衡水市召开水生态环境保护工作会议。")
    ff = distil(tmp_path, _hengshui(tmp_path), page, WATER_SEED)
    assert ff.source.period != 2021


# The tester's pages of 2022-05-27 and 2022-06-02, cut, and of 2021-07-27, its last paragraph (the mirror garbled the quote's
# closing mark and the speaker's name).
REVIEW = """這是衡水交出的一份優美環境答卷——


2021年,全市PM2.5和達標天目標均超額完成省定目標,PM10濃度首次達到國家二級標準;優良水體斷面達到10個,超額完成年度目標任務,累計獲得700萬元獎勵資金。


天空更藍了、大地更綠了、河流更清了……一個天藍水秀的美麗衡水向我們走來。


強化頂層設計。出臺《衡水市縣市區空氣質量通報排名和獎懲問責辦法》《衡水市地表水環境質量達標情況通報排名和獎懲問責辦法》等,對大氣、水環境質量進行定期通報排名和嚴格獎懲問責,切實壓實各級各有關部門生態環境保護責任。
"""
PLAN_NOTES = """衡水市生态环境保护“十四五”规划

一、“十三五”时期主要成就

(一)规划目标、指标完成情况

“十三五”时期,我市全面完成《衡水市生态环境保护“十三五”规划》中的各项任务指标,具体情况见表1。

①省定任务指的是河北省大气污染防治工作小组关于印发《河北省2020年大气污染综合治理工作

方案》(冀气领组〔2020〕3号)要求的优良天数和细颗粒物浓度下降要求。

②主要污染物排放减排总量由省生态环境厅认定,各地级市总量减排完成情况只认定减排比例。
"""
BRIEFING = """中新網(wǎng)河北新聞7月27日電 (崔志平 王鵬)“河北省衡水市持續(xù)改善水環(huán)境質(zhì)量,今年1-6月份,7個國控斷面平均水質(zhì)全部達到Ⅲ類!”河北省衡水市生態(tài)環(huán)境局專職副書記霍紀東27日在衡水市政府新聞辦召開的新聞發(fā)布會上表示。
霍紀東說,上半年,衡水市開展城市排水管網(wǎng)雨污分流改造專項行動,排查小區(qū)475個、機關(guān)企事業(yè)單位323個、胡同街巷80條,城區(qū)市政排水管網(wǎng)全部實現(xiàn)雨污分流。
“衡水市立足市域市情,充分發(fā)揮‘一湖九河’、水系發(fā)達的優(yōu)勢,大做蓄水、引水、治水文章。上半年開展了河湖水系連通整治,共清理整治河渠801.5公里,清淤土方1655.9萬立方米,引蓄地表水6.8億立方米,累計輸水7.6217億立方米!被艏o東表示,衡水市將飲用水水源環(huán)境保護工作重點向農(nóng)村轉(zhuǎn)移,建立鄉(xiāng)鎮(zhèn)級水源地清單,實施鄉(xiāng)鎮(zhèn)集中式飲用水水源保護工程。推進飲用水水源環(huán)境安全隱患排查整治。(完)
"""


def test_a_slogan_of_changes_felt_is_no_work(tmp_path):
    ff = distil(tmp_path, _hengshui(tmp_path), REVIEW, "2022-05-27_衡水优美环境答卷.txt")
    assert not any("天空更蓝了" in f.text for f in ff.facts)  # (no statement at all, h277: hd49b's re-score)
    assert first_saying(ff.facts, "强化顶层设计").kind == "done"


def test_a_tables_notes_are_no_work(tmp_path):
    ff = distil(tmp_path, _hengshui(tmp_path), PLAN_NOTES, "2022-06-02_衡水市生态环境保护十四五规划.txt")
    assert first_saying(ff.facts, "省定任务指的是").kind == "context"
    assert first_saying(ff.facts, "由省生态环境厅认定").kind == "context"
    assert first_saying(ff.facts, "我市全面完成").kind == "done"


def test_an_officials_quoted_account_of_the_places_work_is_done(tmp_path):
    ff = distil(tmp_path, _hengshui(tmp_path), BRIEFING, "2021-07-27_碧水保卫战新闻发布会.txt")
    fact = first_saying(ff.facts, "上半年开展了河湖水系连通整治")
    assert fact.kind == "done" and "801.5公里" in [f.raw for f in fact.figures]


SUGGESTION = f"{TITLE}\n\n提案人：刘鸿芝\n\n建议：加强农村人居环境整治，加快推进农村生活污水治理和农村黑臭水体排查整治，改善农村生态环境。\n"
MATTERS = "加快推进农村生活污水治理和农村黑臭水体排查整治"


def test_one_sentence_read_as_one_ask_proposes_the_matters_it_names():
    (ask,) = parse_asks(SUGGESTION, TITLE)
    assert not ask.listed and ask.phrase == "加强农村人居环境整治"
    assert ask.measures.startswith(MATTERS)


def test_a_whole_text_of_prose_read_as_one_ask_proposes_only_its_asking_sentence():
    text = (f"{TITLE}\n\n提案人：刘鸿芝\n\n当前，我市农村生活污水直排现象仍较普遍，部分村庄黑臭水体反弹。建议：加强农村人居环境整治，"
            f"{MATTERS}。各县市区要把整治工作纳入年度考核。\n")
    (ask,) = parse_asks(text, TITLE)
    assert ask.measures == f"{MATTERS}。"


def test_the_next_step_of_one_ask_names_its_matters_for_the_clerk(tmp_path):
    _, out = seeds_draft(tmp_path, _hengshui(tmp_path), {WATER_SEED: WATER_PAGE}, "305", TITLE, SUGGESTION, "--deputy", "刘鸿芝",
                         "--session", "市政协七届二次会议", "--type", "B", "--proposal", "--date", "2023-06-30")
    # (the one ask is the title's matter: its item is the placeholder of what the bureau will do, no words of the ask's as its
    # step, hd52b)
    step = next(p.text for p in docx.Document(str(out)).paragraphs if "【待补充：加强农村人居环境整治方面的下一步举措】" in p.text)
    notes = comments_on(out, step)
    assert any(f"建议该条所提的做法为：“{MATTERS}" in n for n in notes), notes


def test_a_gaps_comment_quotes_the_sentence_saying_most_of_the_ask(tmp_path):
    ff = distil(tmp_path, _hengshui(tmp_path), BRIEFING, "2021-07-27_碧水保卫战新闻发布会.txt")
    # (the official's plan after the figures is a fact of its own since h271: both of the paragraph's facts are looked through)
    done, plan = (Item(first_saying(ff.facts, said), ff.source, 1.0, 2021) for said in ("上半年开展了河湖水系连通整治", "向农村转移"))
    quoted, of = nearest_sentence([done, plan], bigrams(SUGGESTION.split("建议：")[1]) - GENERIC)
    assert of is plan and quoted == "推进饮用水水源环境安全隐患排查整治。", quoted
    # (saying as many, a sentence stating a figure first)
    quoted, _ = nearest_sentence([done, plan], frozenset({"水源", "整治"}))
    assert "801.5公里" in quoted
