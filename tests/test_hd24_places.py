"""hd24: whose place and whose unit a statement is (held-out 红河州农业农村局, 西安市生态环境局, 济南市市场监督管理局).

- a speaker of a county's unit, after a line of set phrases (殷殷嘱托，情深意长，催人奋进。开远市…主任李成伟激动地说，…), speaks
  of that county: in the 州's own news, the statement and its figures of a past year are 开远市's work done, kept without the
  line and the speaker, drafted as its example, and a flag on them asked of 开远市's bureau; its plan stays a plan and its
  praise without figures background, and so for a county that is the statement's subject;
- a county's party committee with its government after a dated setting (…，2020年6月28日，石屏县委、县政府印发了…) is that
  county acting, and a clause only setting the time of the one a page's cut left unfinished (…，从 2020 年开始，力) goes with it;
- a county's sentence after the whole 州's in one paragraph (…人居环境更美。石屏县坚持党建引领…) is its own statement;
- a figure of places listed together (个旧市、蒙自市、建水县承担5%) is the list's, never the last one's alone;
- a province counted in its city's text (我省13个市（区）…) is the province's count;
- another unit of the place opening a news item's statement (济南市商务局会同市市场监管局…) does that work, not the bureau.
The pages' lines are the real ones (full-width punctuation as the pages print it)."""

from __future__ import annotations

from helpers import distil, page_draft, unit_workspace

from drafter.compose.sentences import finished_sentences
from drafter.model import CONTEXT, DONE, PLAN
from drafter.requests import requests

HONGHE_AREAS = "蒙自市, 个旧市, 开远市, 弥勒市, 建水县, 石屏县, 泸西县, 元阳县, 红河县, 绿春县, 金平县, 屏边县, 河口县"

# 2025-03-22 hh.cn news, its first two paragraphs and its 4th (the page's cut at its end)
KAIYUAN = ("红河州：学习总书记考察云南讲话\n\n"
           "习近平总书记近日在云南考察并发表重要讲话。我州广大干部群众表示,将深入贯彻落实习近平总书记重要讲话精神,"
           "以科技创新为引领,加速推进高原特色农业转型升级,为乡村振兴注入新动能。\n"
           "州农业农村局局长赵珖菻表示,习近平总书记的重要讲话为红河高原特色现代农业发展指明了方向。红河州地处低纬高原,立体气候独特,"
           "水果、蔬菜、花卉、中药材等种植面积和产量均居全省前列,但高原特色农业质效提升还有较大空间。\n"
           "殷殷嘱托,情深意长,催人奋进。开远市国家现代农业产业园管理委员会主任李成伟激动地说,产业园区与各农业大学、科研院所、"
           "花企联合研发花卉新品种64个,引进国内外花卉新品种2792个,并加速花卉科技成果转化,推动开远市农产品产业高质量发展。"
           "2024年,产业园实现综合产值41.2亿元。同时,通过一系列的联农带农机制,带动19000户农户从事花卉产业,"
           "花农花卉种植亩均产值达2万元至6万元。\n")

# 红河州农业农村局's reply to 州十三届人大一次会议第221号建议 (2022-10-17), as the page's excerpt ends
REPLY_221 = ("红河州农业农村局对州十三届人大一次会议第221号建议的答复\n李学丽代表:\n"
             "红河州各级各部门始终坚定不移贯彻落实习近平总书记关于改善农村人居环境的系列重要指示批示精神,"
             "打造了一批美丽乡村,乡村“颜值”更高、人居环境更美。\n"
             "在州级出台相关政策的情况下,2020年6月28日,石屏县委、县政府印发了《石屏县美丽乡村创建实施方案》(石办发〔2020〕42号)文件,"
             "《方案》中目标要求:围绕“产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”总要求,在全县行政村和所有自然村开展省、州、"
             "县级美丽乡村创建工作,从 2020 年开始,力")

# …and to 第373号建议 (2022-10-16), its paragraph on the shares of the subsidy
REPLY_373 = ("红河州农业农村局对州十三届人大一次会议第373号建议的答复\n\n"
             "所需补贴资金按照中央与地方各承担50%的比例筹措,其中,省级承担45%,州级和县市级承担比例分为三档:"
             "个旧市、蒙自市、建水县承担5%,州级不承担;石屏县承担4%,州级承担1%;红河县、元阳县、绿春县、金平县承担3%,州级承担2%。\n")


def _honghe(tmp_path):
    return unit_workspace(tmp_path / "ws", "红河哈尼族彝族自治州农业农村局", "州农业农村局", "红河州", HONGHE_AREAS,
                          work="我州农业农村工作")


def test_a_county_units_speaker_speaks_of_that_county(tmp_path):
    ws = _honghe(tmp_path)
    ff = distil(tmp_path, ws, KAIYUAN, "2025-03-22_红河州_学习总书记考察云南讲话.txt")
    assert ff.source.jurisdiction == "红河州"
    fact = next(f for f in ff.facts if "19000户" in f.text)
    assert fact.jurisdiction == "开远市"  # was 红河州: 41.2亿元 and 19000户 read as the whole 州's
    assert {g.raw: g.place or fact.jurisdiction for g in fact.figures}["19000户"] == "开远市"
    assert fact.kind == DONE and fact.text.startswith("产业园区与各农业大学"), fact.text  # was 背景, 殷殷嘱托…李成伟激动地说，kept
    assert fact.period.year == 2024


KAIYUAN_SAID = "殷殷嘱托,情深意长,催人奋进。开远市国家现代农业产业园管理委员会主任李成伟激动地说,"


def _kaiyuan_as(tmp_path, ws, paragraph: str):
    """The 开远 paragraph of :data:`KAIYUAN` replaced by ``paragraph``, distilled in ``ws``: its fact."""
    page = KAIYUAN[:KAIYUAN.index(KAIYUAN_SAID)] + paragraph + "\n"
    ff = distil(tmp_path, ws, page, "2025-03-22_红河州_学习总书记考察云南讲话.txt")
    return ff.facts[-1]


def test_a_county_speakers_plan_stays_a_plan_and_praise_background(tmp_path):
    ws = _honghe(tmp_path)
    plan = _kaiyuan_as(tmp_path, ws, KAIYUAN_SAID + "2025年,产业园将联合研发花卉新品种70个,带动20000户农户从事花卉产业。")
    assert (plan.kind, plan.jurisdiction) == (PLAN, "开远市") and plan.text.startswith("2025年，产业园将"), plan.text
    praise = _kaiyuan_as(tmp_path, ws, KAIYUAN_SAID + "总书记的重要讲话为开远花卉产业发展指明了方向,让我们倍感振奋、信心满怀。")
    assert praise.kind == CONTEXT and "李成伟" in praise.text  # (background keeps whose words they are)


def test_a_county_subject_or_speaker_of_any_verb_tells_its_results(tmp_path):
    ws = _honghe(tmp_path)
    subject = _kaiyuan_as(tmp_path, ws, "殷殷嘱托,情深意长,催人奋进。2024年,开远市联合研发花卉新品种64个,带动19000户农户从事花卉产业。")
    assert (subject.kind, subject.jurisdiction) == (DONE, "开远市"), subject
    said = _kaiyuan_as(tmp_path, ws, "殷殷嘱托,情深意长,催人奋进。弥勒市农业农村局局长王某某介绍,2024年,全市新建高标准农田5万亩,"
                                     "带动8000户农户增收。")
    assert (said.kind, said.jurisdiction) == (DONE, "弥勒市") and said.text.startswith("2024年，全市新建"), said.text


def test_a_county_example_is_drafted_named_and_its_flag_asked_of_that_county(tmp_path):
    ws = _honghe(tmp_path)
    suggestion = ("关于做强做优我州花卉产业的建议\n领衔代表：张某某\n建议：\n一、加大花卉新品种研发引进力度。\n"
                  "二、完善联农带农机制，带动更多农户从事花卉产业增收。\n")  # hd24c's probe 901
    # (dated 2026: 同时，…带动19000户 is 2024's, as the sentence before it, and so due for update — h211; in 2025 it is current)
    _, document = page_draft(tmp_path, ws, KAIYUAN, suggestion,
                             "901", "关于做强做优我州花卉产业的建议", "--date", "2026-06-30",
                             name="2025-03-22_红河州_学习总书记考察云南讲话.txt")
    body = [p.text for p in document.paragraphs]
    told = [t for t in body if "19000户" in t]
    assert told and all("开远市" in t for t in told), told  # was 通过一系列的联农带农机制，…带动19000户…: no place
    units = {u.unit: u for u in requests(ws, [tmp_path / "draft.docx"]).units}
    asked = [a for a in units["开远市农业农村局"].asks] if "开远市农业农村局" in units else []
    assert asked and any("19000户" in a.sentence for a in asked), list(units)  # was asked of 本局
    assert not any("19000户" in a.sentence for a in units[ws.name].asks)


def test_a_counties_committee_and_government_act_for_that_county(tmp_path):
    ff = distil(tmp_path, _honghe(tmp_path), REPLY_221)
    fact = next(f for f in ff.facts if "石屏县委" in f.text)
    assert fact.jurisdiction == "石屏县"  # was 红河州: the county's plan as the 州's
    assert fact.text.endswith("县级美丽乡村创建工作，……"), fact.text  # was …，从2020年开始 (the cut clause's time); marked cut (hx68c)
    assert finished_sentences(fact.text)[-1].endswith("县级美丽乡村创建工作。")  # (a draft says it closed: h292)


def test_a_countys_work_after_the_whole_places_is_its_own_statement(tmp_path):
    paragraph = ("红河州各级各部门始终坚定不移贯彻落实习近平总书记关于改善农村人居环境的系列重要指示批示精神,"
                 "打造了一批美丽乡村,乡村“颜值”更高、人居环境更美。石屏县坚持党建引领、干部带头、群众参与的原则,"
                 "坚定不移贯彻落实中央、省、州关于农村人居环境整治提升的决策部署,不断补齐农村人居环境短板弱项,高标准推进农村人居环境整治提升。\n")
    ff = distil(tmp_path, _honghe(tmp_path), REPLY_221.replace("红河州各级各部门始终坚定不移贯彻落实习近平总书记关于改善农村人居环境的系列重要指示批示精神,"
                                                               "打造了一批美丽乡村,乡村“颜值”更高、人居环境更美。\n", paragraph))
    places = {f.text[:6]: f.jurisdiction for f in ff.facts}
    assert places.get("红河州各级各") == "红河州" and places.get("石屏县坚持党") == "石屏县", places  # were one fact, 红河州's


def test_a_share_of_places_listed_together_is_the_lists(tmp_path):
    ff = distil(tmp_path, _honghe(tmp_path), REPLY_373)
    places = {g.raw: g.place for f in ff.facts for g in f.figures}
    assert places["5%"] == "个旧市、蒙自市、建水县"  # was 建水县
    assert places["3%"] == "红河县、元阳县、绿春县、金平县"  # was 金平县
    assert places["4%"] == "石屏县"


def test_a_province_counted_in_a_citys_text_is_the_provinces(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "西安市生态环境局", "市生态环境局", "西安市")
    page = ("陕西工人报官方网站 | 陕工网首页 手机站 今天是\n您当前的位置:首页 > 图片 > 新闻 生活优良天数250天 “西安蓝”刷屏朋友圈\n"
            "2021-03-12 16:16:34来源:陕工网—陕西工人报\n\n"
            "陕工网—陕西工人报讯 “对,西安今年的蓝天真不少,雾霾天气明显减少了,空气质量杠杠地!”这是西安市民对空气质量改善的切身体会。\n\n"
            "这一年,我省13个市(区)空气质量均有所改善,其中西安市PM2.5平均浓度51微克/立方米,同比下降10.5%;优良天数250天,同比增加25天。\n\n"
            "全省河流总体水质优,与上年同期的良好相比,水质有所提升。监测的27个城市集中式饮用水源所测项目均达标,水源达标率100%。"
            "新建、提标改造污水处理厂35座,完成主城区雨污水混接点改造2049处;全市新增生态水面1695亩,成功创建国家节水型城市。\n")
    ff = distil(tmp_path, ws, page, "2021-03_陕工网_西安优良天数250天.txt")
    places = {g.raw: g.place for f in ff.facts for g in f.figures}
    assert ff.source.jurisdiction == "西安市"
    assert places["13个"] == "全省"  # was none: 西安市's own
    assert places["250天"] is None and places["1695亩"] is None


def test_another_unit_of_the_place_opening_a_news_statement_does_that_work(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "济南市市场监督管理局", "市市场监管局", "济南市")
    page = ("經濟導報記者 吳淑娟\n"  # 经济导报, 2023-06, in traditional characters as printed
            "經濟導報記者從濟南市商務局獲悉,濟南市商務局會同市市場監管局、市公安局決定,在全市開展為期3個月的單用途商業預付卡備案專項整治行動。"
            "重點圍繞商務領域三大行業開展集中檢查整治,督促相關應備案未備案的企業及時登錄山東省商務廳單用途商業預付卡備案管理服務平臺進行備案。"
            "活動主要分宣傳引導、現場檢查和規范整治三個階段推進。\n")
    ff = distil(tmp_path, ws, page, "2023-06_经济导报_济南单用途商业预付卡备案专项整治.txt")
    fact = next(f for f in ff.facts if "商务局会同" in f.text)
    assert fact.kind != "done"  # was done: 市商务局's action as the bureau's result
    own = distil(tmp_path, ws, page.replace("濟南市商務局會同市市場監管局、市公安局", "濟南市市場監督管理局會同市商務局、市公安局"),
                 "2023-06_经济导报_济南预付卡专项整治.txt")
    assert next(f for f in own.facts if "会同市商务局" in f.text).kind == "done"  # the bureau leading it: its work
