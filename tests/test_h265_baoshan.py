"""hd50a (保山市文化和旅游局, 云南): a blind clerk's draft of 政协 第05040061号提案 of 驻隆阳委员活动组 from the bureau's own two
2020 proposal replies, both pages cut by the store.

F1: a group of members (驻隆阳委员活动组) was addressed as one person: 驻隆阳委员活动组委员：, 你提出的…感谢你….
F2: the 陈兴 reply's visible head 一、关于…的建议。 tells it answers ask by ask, whatever follows its cut.
F3: part two's item was headed by the title's matter while part one's placeholder said the one ask of --text.
F4: the 陈兴 reply's opening was learned with its title's 》 doubled ({you}提出的《{title}》》…), and the draft said
该提案由我局主办 where the bureau's replies say …已交我们研究办理 / 已交市文化和旅游局办理.
F5: the 线世海 reply's jurisdiction was 度假区, a bare zone word naming no place.
"""

from __future__ import annotations

import re

import docx
import pytest
from helpers import distil, fact_saying, part_one, part_two_texts, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.suggestion import is_collective, you_word
from drafter.distill.structure import opened_said
from drafter.distill.topics import candidate_terms
from drafter.model import PLAN
from drafter.workspace import load_workspace
from helpers import BAOSHAN

TITLE = "关于利用“徐霞客游保”资源推进文旅融合发展的建议"
ASK = "加大对徐霞客及其游记的学习、宣传、普及"
# The tester's suggestion (hd50a/suggestion.txt).
SUGGESTION = f"""{TITLE}

提案人：驻隆阳委员活动组

建议：
一、{ASK}。摘编出版《徐霞客保山游记》（详注、全译），通过各种媒体的宣传，召开高层次学术会议，举办学术讲座，举行知识竞赛、演讲比赛，编印相关手册，编写乡土教材等途径和形式，强化对徐霞客及其游记的宣传和普及。
"""
# The bureau's two replies as the store cut them (the 线世海 one up to its second item).
CHEN = "2020-08-28_陈兴提案答复_大师部落.txt"
CHEN_PAGE = '• 索引号\n  • 79518791-2-/2020-0928005\n  • 发布机构\n  • 保山市文化和旅游局\n  • 公开目录\n  • 政协提案办理结果\n  • 发布日期\n  • 2020-08-28\n  • 文号\n  • 浏览量\n  • 主题词\n保山市文化和旅游局关于政协保山市四届五次会议第0035号提案答复的函\n\n陈兴委员:\n\n你提出的《关于在保山市创建“大师部落”的建议》(第0035号提案)已交我们研究办理,现答复如下:\n\n首先感谢你对我市文化艺术工作的关注和支持,你提出的在保山市创建大师部落的建议,我们认为非常有必要,也具备实施条件。\n\n近年来,保山市经济社会不断发展进步,特别是腾冲市,各门类文化艺术逐步集聚,在保山市创建“大师部落”,为艺术家们搭建一个高端创作交流的平台,将市内外艺术精英、艺人、艺术家吸引到保山,创作生产文化艺术作品,将有助于提升和擦亮保山文化名片,丰富广大市民和游客朋友文化消费体验。我们借助“大师部落”,可开展丰富多彩的人文交流项目和活动,把更多本土艺术家培养成为对外文化艺术交流的使者,广泛集聚各方艺术资源,共同推动保山文化艺术事业建设的持续发展。\n\n一、关于抓住机遇,顺势而行,在保山市腾冲荷花湾景区创建“大师部落”的建议。\n\n你的建议非常好。腾冲市目前正在实施“大和顺”旅游区建设项目,项目位于腾冲市和顺镇、荷花镇,总规划面积22.8平方公里,总建筑面积122.52万平方米,其中新建94.78万平方米,保护性修缮、改造27.74万平方米,打造集康养、休闲度假、田园观光体验为一体的文旅融合旅游区。主要建设内容包括:一是实施和顺古镇5A旅游景区创建;二是建设高端住宿集群;三是建设康养产业园;四是打造翡翠琥珀国际创意产业园,开发高端翡翠琥珀订制产品,建设国际珠宝拍卖中心、玉雕大师工作\n'
XIAN = "2020-08-28_线世海提案答复_滇西旅游大环线.txt"
XIAN_PAGE = '线世海委员:\n您提出的《滇西旅游大环线保山应开发三项新的文化旅游项目的提案》已交市文化和旅游局办理,现答复如下:\n一、有关部门加大对土司文化、徐霞客在永昌文化、诸葛亮南征传说文化三项文化旅游项目的调研,并组织专家进行科学论证、合理开发、有效利用。\n(一)保山土司文化旅游项目开发。一是不断强化当地特色文化旅游资源的转化与利用。将潞江土司文化保护与开发纳入《高黎贡山生态田园型国家级旅游度假区概念性规划》和度假区文化旅游招商引资计划中。二是加强土司文化研究和展示。拟在怒江糖厂旧工业区规划建设民族文化传习馆,将土司文化、抗战文化融入传习馆中,使多元文化得到有效保护、传承和发展,展示潞江土司658年的历史以及在滇西抗战中发挥的重要作用。同时,继续挖掘土司饮食文化,在度假区主要景区景点及特色餐馆推出土司食谱,让更多的游客从饮食中品味文化,增强土司文化辨识度。三是通过对潞江安抚司遗产的修缮和保护,为土司文化的挖掘、保护和开发奠定基础。度假区管委会积极向原保山市文化广播电视新闻出版局汇报,参与到潞江安抚司遗产的修缮工作中,配合保山市文化馆开展《潞江土司憩娱楼修缮工程规划设计方案》编制工作,并多方筹措资金,支持憩娱楼修缮工程。四是强化土司主题文化招商引资。通过潞江土司文化现状分析,策划包装了土司府文化主题区综合开发项目、土司温泉休闲体验区、土司温泉休闲度假酒店等招商项目,并积极对外宣传和推介。\n'


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    """The tester's draft from the two replies: its paragraphs' texts, and the base's fact files."""
    tmp = tmp_path_factory.mktemp("baoshan")
    ws = unit_workspace(tmp / "ws", *BAOSHAN)
    _, out = seeds_draft(tmp, ws, {CHEN: CHEN_PAGE, XIAN: XIAN_PAGE}, "05040061", TITLE, SUGGESTION,
                         "--deputy", "驻隆阳委员活动组", "--session", "政协保山市五届四次会议", "--type", "B", "--proposal",
                         "--date", "2024-07-31")
    document = docx.Document(str(out))
    return [p.text for p in document.paragraphs], document, ws.root


def test_a_group_of_members_is_a_collective():
    """F1: a proposer closing on any group of members (委员活动组, 委员联络组, 课题组, 小组) or a 研究会 is a collective, a
    person's name (陈兴) is not; a group of members is addressed as several persons (the bureau's real reply: 您们提出的…, h276),
    a 研究会 or a studio as a unit."""
    for body in ("驻隆阳委员活动组", "松门镇委员联络组", "经济界别第一小组", "农业课题组", "市徐霞客研究会", "委员工作室"):
        assert is_collective(body), body
        assert you_word(body) == ("贵会" if body.endswith("会") else "贵单位" if body.endswith("室") else "您们"), body
    assert not is_collective("陈兴") and not is_collective("线世海")


def test_the_group_is_addressed_as_a_collective(drafted):
    """F1: no 委员 after the group's name, no 你 for it anywhere in the draft (你们, several persons, h276)."""
    texts, _, _ = drafted
    assert "驻隆阳委员活动组：" in texts
    assert not any("活动组委员" in t for t in texts)
    assert not any(re.search("(?:你提出|感谢你|根据你的)(?!们)", t) for t in texts)


def test_an_opening_quoting_inside_its_title_keeps_one_closing_bracket():
    """F4: 《关于在保山市创建“大师部落”的建议》 is the title whole, its ” no end of it."""
    said = opened_said(["陈兴委员：", "你提出的《关于在保山市创建“大师部落”的建议》（第0035号提案）已交我们研究办理，现答复如下："], None)
    assert said == "{you}提出的《{title}》（第{number}号提案）已交我们研究办理，现答复如下："


def test_a_lone_numbered_ask_is_headed_by_its_first_sentence():
    """F3: 一、加大对…普及。摘编出版… is headed 加大对…普及 as one of several would be, not by the title's matter; a lone
    numbered ask whose first sentence runs on past its head keeps the title's (利用…发展)."""
    assert [a.phrase for a in parse_asks(SUGGESTION, TITLE)] == [ASK]
    runs_on = SUGGESTION.replace(f"{ASK}。摘编出版", f"{ASK}，摘编出版")
    assert [a.phrase for a in parse_asks(runs_on, TITLE)] != [ASK]


def test_both_parts_say_the_one_ask(tmp_path):
    """F3: in a reply in parts (``draft.form: parts``) part two's item is headed by the ask part one's placeholder asks for,
    which still names it (its heading not printed over a part of one section)."""
    ws = unit_workspace(tmp_path / "ws", *BAOSHAN)
    with open(ws.root / "drafter.yaml", "a", encoding="utf-8") as config:
        config.write("draft:\n  form: parts\n")
    ws = load_workspace(ws.root)
    _, out = seeds_draft(tmp_path, ws, {CHEN: CHEN_PAGE}, "05040061", TITLE, SUGGESTION, "--deputy", "驻隆阳委员活动组",
                         "--proposal", "--date", "2024-07-31")
    document = docx.Document(str(out))
    one, two = part_one(document), part_two_texts(document)
    assert one[0].startswith(f"【待补充：{ASK}，摘编出版《徐霞客保山游记》")
    assert two[-1].startswith(f"{ASK}。") and not any(t.startswith("利用“徐霞客游保”资源") for t in two)


def test_a_cut_reply_headed_by_an_unquoted_ask_is_per_ask(drafted):
    """F2: 一、关于抓住机遇，顺势而行，在…创建“大师部落”的建议。 heads the 陈兴 reply's first section, its ask unquoted: the reply
    answers ask by ask (form per_ask, heads 关于…的建议), whatever follows the cut; the draft heads its section so."""
    texts, _, root = drafted
    chen = next(p for p in (root / "facts").glob("*.yaml") if CHEN in p.read_text("utf-8")).read_text("utf-8")
    assert "form: per_ask" in chen and "head: 关于…的建议" in chen
    assert f"一、关于{ASK}的建议" in texts  # (the bureau's word in a reply to a proposal, h276)


def test_no_hosting_sentence_where_the_replies_say_the_item_was_given_them(drafted):
    """F4: the bureau's reply (…已交我们研究办理) and its place's unsigned one (…已交市文化和旅游局办理) never say 由我局主办: the
    draft does not either."""
    texts, _, _ = drafted
    opening = next(t for t in texts if "提出的《" in t)
    assert "主办" not in opening and opening.endswith("现答复如下：")


def test_a_resort_named_by_its_zone_word_alone_is_no_place(drafted):
    """F5: 度假区 (度假区管委会, 度假区主要景区景点) and 已交市(文化和旅游局) name no place: the 线世海 reply is 保山市's, not 度假区's."""
    _, _, root = drafted
    xian = next(p for p in (root / "facts").glob("*.yaml") if XIAN in p.read_text("utf-8")).read_text("utf-8")
    assert "jurisdiction: 度假区" not in xian and "jurisdiction: 保山市" in xian


def test_a_projects_listed_contents_are_its_places_plans(drafted):
    """F5: 腾冲市目前正在实施“大和顺”旅游区建设项目…主要建设内容包括：一是实施和顺古镇5A旅游景区创建；二是… — the items are what
    腾冲市's project is to build: 腾冲市's plans, not work done by 保山市; 和顺古镇 a topic whole (not 顺古镇)."""
    _, _, root = drafted
    chen = next(p for p in (root / "facts").glob("*.yaml") if CHEN in p.read_text("utf-8")).read_text("utf-8")
    for item in ("一是实施和顺古镇5A旅游景区创建", "二是建设高端住宿集群", "三是建设康养产业园"):
        fact = chen[chen.index(f"text: {item}"):].split("  - id:")[0]
        assert "kind: plan" in fact and "jurisdiction: 腾冲市" in fact, fact
    assert "和顺古镇" in candidate_terms("一是实施和顺古镇5A旅游景区创建；")
    assert "龙头企业" in candidate_terms("加强合作和龙头企业培育")  # (a 和 before no place's level: cut)
    assert "市场化运营效率" in candidate_terms("提升专业化管理水平和市场化运营效率")  # (平和 of 平和县 ends in 和: cut, 1071's)


# The tester's news page (网易, 2022-06-15), its paragraph of the bureau head's words as the store cut it.
NEWS = ("保山聚力打造国际文化旅游胜地\n\n"
        "“省委省政府保山现场办公会的召开，为保山的发展开出了良方，理清了思路，我们备受鼓舞和启发。”保山市文化和旅游局局长李绍鲜表示。\n\n"
        "李绍鲜介绍，“十四五”期间，保山市将深入贯彻落实习近平总书记考察云南重要讲话精神，认真落实省委省政府保山现场办公会精神，"
        "推动腾冲率先实现高质量发展。\n")


def test_a_plan_told_by_who_reports_it_is_a_plan(tmp_path):
    """F5: 李绍鲜介绍，“十四五”期间，保山市将深入… is the place's plan, whoever tells it, not work done."""
    ws = unit_workspace(tmp_path / "ws", *BAOSHAN)
    assert fact_saying(distil(tmp_path, ws, NEWS, "2022-06-15_保山聚力打造国际文化旅游胜地.txt"), "保山市将深入").kind == PLAN


# The tester's interview page (2022-07-20), its opening and the interviewee's first answer, as the store cut it.
INTERVIEW = ("保山古称永昌,南方丝绸之路从这里通往南亚、东南亚,是我国面向西南开放的前沿和咽喉。\n"
             "高康:保山有世界级的气候生态。这里四季如春,生态优良,年平均气温16℃,森林覆盖率达70%,空气质量长年位居全国前列,"
             "负氧离子平均含量每立方厘米3827个,是“天然氧吧”,是“春城中的春城”。\n")


def test_an_interviewees_label_is_no_word_of_the_fact(tmp_path):
    """F5: 高康： labels the answer of the man the page is titled with (保山文旅十八大以来 高康): the fact says his words alone;
    a page not naming him keeps the label (a field's label, 金额：, names no one)."""
    ws = unit_workspace(tmp_path / "ws", *BAOSHAN)
    titled = distil(tmp_path, ws, INTERVIEW, "2022-07-20_保山文旅十八大以来_高康.txt")
    assert fact_saying(titled, "气候生态").text.startswith("保山有世界级的气候生态。")
    untitled = distil(tmp_path, ws, INTERVIEW, "2022-07-20_保山文旅十八大以来.txt")
    assert fact_saying(untitled, "气候生态").text.startswith("高康")
