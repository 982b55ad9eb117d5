"""h306: findings of the held-out test hd56c (珠海市市场监督管理局, reply 珠市监函〔2025〕15号 to 第20250079号建议), each on
its seeds' and suggestion's real lines.

1. An item answers an ask on the ask's matter, not on the bureau's own name: 强化市场监管执法 shared with the 3·15 page only
   市场监管 (市场, 场监, 监管 — one word, the field every fact of a 市场监管局 says) and drafted its 启动仪式上…局长石学斌总结了…
   as the ask's work; now its placeholder. Likewise 营商环境 alone is no answer to 加强营商环境立法工作.
2. A cut sentence keeps the clause closing what its verb of telling waits for (总结了…卡点，…的主要做法和取得成效).
3. The aim said with an ask's first clause (防止内卷式恶性竞争) stays in its heading, never offered as its measure.
"""

from __future__ import annotations

import docx
from helpers import comments_on, part_two_texts, sections, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.select import _one_word, ask_words
from drafter.compose.sentences import on_topic_clauses

# seeds/2024-03-15_珠海市场监管局315宣传活动.txt of hd56c: its first five lines, as stored.
CONSUMER_DAY = """3月15日,珠海市市场监管局、珠海市消委会联合澳门消委会举办2024年“3·15国际消费者权益日”现场宣传暨诚信教育活动,珠澳携手共进,激发消费活力。
活动现场 受访者供图珠海市副市长李翀指出,珠海消费者权益保护工作从萌芽、发展到逐步深入人心,各行政部门更加“贴心”、消费者权益保护组织更加“热心”、生产经营主体更加“用心”,共筑依法维权的铜墙铁壁,履行珠澳合作新使命,全力激发消费活力,不断提升人民群众获得感、幸福感和安全感。
活动现场,珠海市市场监管局、澳门消委会、市消委会、市住房城乡建设局等行政职能部门,珠海市二手车行业协会、美容化妆行业协会等社会团体,格力、盐业公司等企业共计48个单位在现场设置60多个展位开展现场宣传活动,发放宣传资料、小礼品、开展现场答题活动,接受消费者现场咨询、受理消费者投诉。
活动现场 受访者供图
启动仪式上,珠海市市场监管局局长石学斌总结了2023年全市市场监管部门聚焦消费领域痛点难点卡点,回应关切、解决纠纷、化解矛盾的主要做法和取得成效,倡议全市各职能部门、社会组织和社会团体、生产经营者和消费者协同共治,同频共振,共同保护消费者合法权益,让消费者真正敢消费、愿消费、乐享高品质消费,让宜居宜游成为珠海的金字招牌。
"""
# seeds/2024-03-04_珠海民营经济主体超40万户.txt of hd56c: its headline and the paragraph saying 营商环境.
PRIVATE_FIRMS = """珠海民营经济主体已超40万户 拟设立“民营企业服务日”

  要让民营企业“唱好主角”,不仅要靠内生动力,也需要良好的营商环境。大会现场还举行了珠海市工商联“护企警务服务站”及“助企法律服务工作站”揭牌仪式。至此,珠海市工商联全面实现与“公检法司”四个机关单位联动,推动深化涉企法律服务。
"""
TITLE = "关于进一步规范珠海市的市场竞争环境的建议"
# hd56c's suggestion.txt (the asks as the real reply's headings restate them).
SUGGESTION = f"{TITLE}\n\n领衔代表：蒋钢\n\n建议：\n一、进一步加强珠海市的营商环境立法工作。\n二、强化市场监管执法，防止内卷式恶性竞争。\n"
ENFORCEMENT = "强化市场监管执法，防止内卷式恶性竞争"


def _draft(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "珠海市市场监督管理局", "市市场监管局", "珠海市", "香洲区, 斗门区, 金湾区")
    _, out = seeds_draft(tmp_path, ws, {"2024-03-15_珠海市场监管局315宣传活动.txt": CONSUMER_DAY,
                                         "2024-03-04_珠海民营经济主体超40万户.txt": PRIVATE_FIRMS},
                         "20250079", TITLE, SUGGESTION, "--deputy", "蒋钢", "--type", "B", "--date", "2025-06-10")
    return out


def test_the_bureaus_own_field_and_one_word_answer_no_ask(tmp_path):
    """The 3·15 page says 市场监管 as the bureau's name and field (市场, 场监, 监管: one word) and nothing of 执法 or 竞争:
    the enforcement ask keeps its placeholder; the page on 民营企业 saying only 营商环境 is named as material of no ask."""
    out = _draft(tmp_path)
    body = sections(docx.Document(str(out)))
    enforcement = next(ps for heading, ps in body.items() if heading.startswith("强化市场监管执法"))
    assert len(enforcement) == 1 and enforcement[0].startswith("【待补充：强化市场监管执法"), body
    assert not any("石学斌" in p or "48个单位" in p for ps in body.values() for p in ps), body
    notes = comments_on(out, "【待补充：加强我市的营商环境立法工作")  # (as its heading words it, au58r3)
    assert notes and not any("民营企业服务日" in n for n in notes), notes


def test_a_cut_sentence_keeps_what_its_verb_of_telling_waits_for():
    """Cut after the clause on 市场监管, 总结了…卡点 waited for its object, …的主要做法和取得成效: it goes with it; the
    倡议… after it, on nothing asked, still goes."""
    sentence = CONSUMER_DAY.splitlines()[4].replace(",", "，")
    kept = on_topic_clauses(sentence, frozenset({"市场", "场监", "监管", "执法"}))
    assert kept == ("启动仪式上，珠海市市场监管局局长石学斌总结了2023年全市市场监管部门聚焦消费领域痛点难点卡点，"
                    "回应关切、解决纠纷、化解矛盾的主要做法和取得成效。")


def test_an_aim_said_with_the_ask_stays_in_its_heading_and_is_no_measure(tmp_path):
    """二、强化市场监管执法，防止内卷式恶性竞争。 is headed as the real reply heads it, and part two's comment offers no
    防止内卷式恶性竞争 as the deputy's measure; said as a sentence of its own, the aim is no measure either."""
    asks = parse_asks(SUGGESTION, TITLE)
    assert [a.phrase for a in asks] == ["加强珠海市的营商环境立法工作", ENFORCEMENT]
    assert asks[1].measures == "" and asks[1].points == []
    alone = parse_asks(SUGGESTION.replace("执法，", "执法。"), TITLE)[1]
    assert (alone.phrase, alone.measures) == ("强化市场监管执法", "")
    out = _draft(tmp_path)
    item = next(t for t in part_two_texts(docx.Document(str(out))) if "市场监管执法" in t)
    assert item.startswith(f"（二）{ENFORCEMENT}"), item
    assert not any("防止内卷式恶性竞争。”" in n for n in comments_on(out, item[:12]))


def test_the_bureaus_field_is_one_word_however_long(tmp_path):
    """The field of 珠海市市场监督管理局 (its name's 市场监督管理, six characters, and 市场监管) is one word wherever an ask says it:
    a page naming the bureau in full says one word of an ask on 市场监督管理执法, not five (its bigrams) — and one more word
    of the ask (执法) makes two."""
    ws = unit_workspace(tmp_path / "ws", "珠海市市场监督管理局", "市市场监管局", "珠海市", "香洲区, 斗门区, 金湾区")
    assert ws.own_fields == {"市场监督管理", "市场监管"}
    asks = parse_asks(SUGGESTION.replace("市场监管执法", "市场监督管理执法"), TITLE)
    ask_words(asks, ws)
    ask = asks[1]
    assert ask.own_field == ("市场监督管理",)
    opening = CONSUMER_DAY.splitlines()[0].replace("珠海市市场监管局", "珠海市市场监督管理局")
    said = frozenset({"市场", "场监", "监督", "督管", "管理"})
    assert _one_word(opening, said, ask)
    assert not _one_word(opening + "依法开展执法检查。", said | {"执法"}, ask)
