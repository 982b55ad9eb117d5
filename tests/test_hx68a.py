"""hx68a: fresh dated results are not measured against a stale or undated item; an ask's frame words are not its matter
(held-out hd66d, 温州市瓯海区卫生健康局, and hd67a, 开封市公安局).

hd66d. Under an ask on 托育 (扩大普惠托育服务供给), 2024's news of the bureau's results (托位总数达4496个，普惠性托位占比达94.8%,
    累计补助1700万元: news, its score halved) lost to an undated journal abstract (its period 2022, so stale) saying the ask's
    words as written: the stale item, let in because it scored higher, raised the bar (ASK_THRESHOLD of the best) the fresh
    one had to clear. A dated fresh item is measured against its like only, and the newest dated results come first.
hd67a. 加大金明西街交通治理力度 keyed on its frame's 治理 (and 通治, 街交 across its words): the 2021 parking meeting (为做好…机动车
    停车管理工作，保障道路交通畅通…召开会议) was none of it. A frame's nouns (力度, 治理…) are no key words where it holds a
    matter (交通), and the words it opens on that are none of the ask's own (金明西街, both asks' street) go with the bigram
    across their end. The title's two asks joined by 和 stay said by their matter in part two's lead-in with work reported.
"""

from __future__ import annotations

import docx
import pytest
from helpers import part_one, seeds_draft, unit_workspace

from drafter.compose.asks import carried_on, framed_matter, short_topic
from drafter.compose.select import _own_run, _phrase_key
from drafter.workspace import load_workspace
from helpers import KAIFENG

OUHAI = ("温州市瓯海区卫生健康局", "区卫生健康局", "瓯海区", "景山街道, 新桥街道, 娄桥街道, 梧田街道, 南白象街道, 茶山街道, 三垟街道")
OUHAI_TITLE = "关于做大“瓯有善育”品牌，加快瓯海生育友好型城区建设的建议案"
# hd66d's invented second ask (suggestion_variant_experiment.txt): the real suggestion's one ask is on 婚恋.
OUHAI_TEXT = (f"{OUHAI_TITLE}\n\n提案人：区党外知识分子联谊会、民进瓯海区基层委员会、妇联界\n\n当前我区人口形势严峻，生育友好领域工作有待加强。"
              "为此建议：\n\n一、“婚”领航，做好青年“婚”的引导。\n二、扩大普惠托育服务供给，减轻家庭养育负担。\n")
# hd66d's seeds/2024-07-01_7年来户籍当年出生人口首次回升.txt (a traditional-character mirror), its page chrome left out: from its
# headline to its paragraph of results.
NEWS = ("7年來戶籍當年出生人口首次回升,甌海做了什么?\n\n2024\n\n07/01\n\n來源\n\n分享\n\n"
        "“祝你生日快樂,我們寶貝今天一歲啦!”這幾天,市民張哲的二胎孩子迎來了一周歲生日,親朋好友齊聚家中,屋內不斷回響著祝福的話語——"
        "由于去年甌海戶籍人口出生數回升,今年,這樣溫馨的畫面將層出疊現。\n\n"
        "近日,記者從甌海區衛健局獲悉,2023年甌海區戶籍出生率增幅為3.17%,是甌海自2016年“二胎潮”后首次實現戶籍當年出生數正增長,"
        "為我市主城區唯一實現正增長的區。在這驚喜背后,甌海又做了什么\n\n托育養老一體化,讓家庭省心省力\n\n"
        "“我們一直有生二孩的想法,但自己工作忙,多一個孩子也代表多一份壓力,所以考慮了很久。這幾年甌海在托育上推出許多優秀舉措,"
        "讓我們能夠放心生、輕松養了。”張哲說。\n\n"
        "生娃之后,如何實現工作與家庭的平衡,給予孩子更多的關心關愛?近5年來,甌海連續把“普惠托育”納入區民生實事項目,累計補助1700萬元。"
        "截至目前,全區已備案托育服務機構100家,其中純托育機構19家、托幼一體園所81家,托位總數達4496個,普惠性托位占比達94.8%,"
        "每千人口擁有3歲以下嬰幼兒托位數4.49個。甌海還打造了全省首家示范型區級托育綜合服務中心,年均惠及5000組家庭。\n")
# hd66d's seeds/undated_瓯海区普惠托育服务供给模式.txt, as harvested (a journal abstract of no date).
ABSTRACT = ("https://scholarmate.com/S/HK6ZSx\n摘要\n"
            "<正>自2022年10月入选浙江省普惠托育基本公共服务试点区县以来,温州市瓯海区积极探索建立普惠托育服务供给模式,并相继出台"
            "《瓯海区普惠托育基本公共服务先行试点方案》《瓯海区推广3岁以下婴幼儿家庭养育照护小组活动实施方案》,全面建立普惠托育服务指导网络,"
            "以区妇幼保健中心为主阵地,以社区卫生服务中心、婴幼儿成长驿站、托育机构等为点位,以“养育照护”为主要内容,以“医育结合”为重要方式,"
            "织密15分钟的托育服务圈,扩大普惠托育服务供给,加快打造托育事业发展的生动范例,发挥瓯海托育示范引领、辐射推广的作用。\n")

KAIFENG_TITLE = "关于加大金明西街交通治理力度和增设公交车停车点和停车次数的提案"
# hd67a's suggestion.txt.
KAIFENG_TEXT = (f"{KAIFENG_TITLE}\n\n提案人：陶璟\n\n目前，我市机动车辆的停车位置比较紧张，机动车无序停放阻塞交通的现象较为突出，金明西街尤为明显。"
                "为此建议：\n一、加大金明西街交通治理力度，整治机动车无序停放、阻塞交通的现象。\n"
                "二、在金明西街沿线增设公交车停车点，并增加公交车停靠的次数。")
# hd67a's seeds/2021-04-28_五一假期增设临时停车位.txt (映象网): its head and first paragraph.
PARKING = ("五一假期期间 开封市将增设3200多个临时停车位\n2021-04-28 11:09:43 来源:映象网\n\n"
           "为做好五一假期期间主要景区机动车停车管理工作,保障道路交通畅通,4月27日上午,开封市就五一假期期间主要景区机动车停车管理工作召开会议。"
           "开封市政府办公室副主任刘杰,开封市公安局党委委员、交警支队长徐桢以及市区相关部门负责人参加了当天的会议。\n")


def _draft(tmp_path_factory, unit, seeds, number, title, text, *options):
    tmp_path = tmp_path_factory.mktemp(number)
    ws = unit_workspace(tmp_path / "ws", *unit)
    result, path = seeds_draft(tmp_path, load_workspace(ws.root), seeds, number, title, text, *options)
    return result.output, part_one(docx.Document(str(path))), [p.text for p in docx.Document(str(path)).paragraphs]


@pytest.fixture(scope="module")
def ouhai(tmp_path_factory):
    return _draft(tmp_path_factory, OUHAI, {"2024-07-01_7年来户籍当年出生人口首次回升.txt": NEWS,
                                           "undated_瓯海区普惠托育服务供给模式.txt": ABSTRACT},
                  "001", OUHAI_TITLE, OUHAI_TEXT, "--deputy", "区党外知识分子联谊会", "--session", "区政协十届四次会议",
                  "--proposal", "--date", "2025-06-24")


def test_hd66d_the_dated_results_answer_the_ask_first(ouhai):
    _, one, _ = ouhai
    section = one[one.index("（二）扩大普惠托育服务供给") + 1:]
    results = next((k for k, p in enumerate(section) if "托位总数达4496个" in p), None)
    assert results is not None, section  # (was left out: only the abstract's paragraph stood there)
    assert "累计补助1700万元" in section[results] and "普惠性托位占比达94.8%" in section[results]
    abstract = next(k for k, p in enumerate(section) if "入选浙江省普惠托育基本公共服务试点区县" in p)
    assert results < abstract, section


@pytest.fixture(scope="module")
def kaifeng(tmp_path_factory):
    return _draft(tmp_path_factory, KAIFENG, {"2021-04-28_五一假期增设临时停车位.txt": PARKING}, "193", KAIFENG_TITLE,
                  KAIFENG_TEXT, "--deputy", "陶璟", "--session", "市政协十二届四次会议", "--proposal", "--date", "2021-12-07")


def test_hd67a_a_frames_nouns_are_no_key_words():
    assert framed_matter("加大金明西街交通治理力度") == "金明西街交通"
    assert framed_matter("进一步加强城市停车管理工作") == "城市停车"
    assert framed_matter("加强管理") is None and framed_matter("在金明西街沿线增设公交车停车点") is None
    own = frozenset({"交通", "停放", "动车", "序停", "整治", "无序", "机动", "治理", "通治", "街交", "阻塞"})  # (hd67a's first ask's)
    assert _own_run("金明西街交通", own) == "交通"
    assert _phrase_key("加大金明西街交通治理力度", "", own) == frozenset({"交通"})  # (was 交通, 治理, 通治, 街交)
    # a phrase no frame holds keeps its own words
    assert _phrase_key("整治机动车无序停放", "", own) >= {"整治", "机动", "动车", "无序", "序停", "停放"}


def test_hd67a_the_parking_meeting_answers_the_first_ask(kaifeng):
    _, one, texts = kaifeng
    section = one[one.index("（一）加大金明西街交通治理力度") + 1:one.index("（二）在金明西街沿线增设公交车停车点")]
    assert any("主要景区机动车停车管理工作召开会议" in p for p in section), section  # (was 【待补充：…】)
    # with work reported, the lead-in still says the joined asks' matter, not 继续加大…、增设公交车停车点和停车次数
    assert carried_on(short_topic(KAIFENG_TITLE)) is None
    assert "根据您的提案，下一步我局将围绕金明西街交通治理、公交车停车点和停车次数，重点做好以下工作：" in texts, texts
