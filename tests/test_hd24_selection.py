"""What answers each ask (hd24, four bureaus drafter never saw): the city's own result on an ask is not pushed out by a
citizens' quote or a district's paragraph scoring higher (西安, 国考断面水质优良率100%); a fact opening on the programme
an item opens on joins it (济南, “预付宝”); a long first clause is the ask's core, not dropped (红河, 政策资金扶持); a
paragraph of directives and slogans answers no ask (红河 #221's lead); part two says which asks it leaves to others."""

from __future__ import annotations

import datetime as dt

import docx
import yaml
from helpers import DAZHONG, distil, part_two_texts, sections, seeds_draft, unit_workspace


# 陕工网 2021-03-12 (the page's lines as stored, its clutter cut): a citizens' quote, a slogan.
SXWORKER = """西安优良天数250天 “西安蓝”刷屏朋友圈
2021-03-12 16:16:34来源:陕工网—陕西工人报

陕工网—陕西工人报讯 “哇!我的朋友圈今天让蓝天刷屏了!”“快看,这才是真正的蓝天白云!”“对,西安今年的蓝天真不少,雾霾天气明显减少了,空气质量杠杠地!”这是西安市民对空气质量改善的切身体会。

这一年,我省13个市(区)空气质量均有所改善,其中西安市PM2.5平均浓度51微克/立方米,同比下降10.5%;优良天数250天,同比增加25天。

治理大气污染,修复水生态,倡议低碳生活,已取得明显成效;天蓝树绿、水清云淡的良好生态环境已实实在在成为百姓福祉。
"""
# The news item on the bureau's 2021 results (dated by its file name, as the clerk renamed it).
RESULTS = """西安市生态环境局连续3年荣获市级年度目标责任考核优秀单位
近日,陕西省西安市召开2021年度目标责任考核总结表彰大会,西安市生态环境局荣获优秀单位,这是自2019年以来连续3年该局获此殊荣。
据了解,2021年西安市生态环境系统深入学习贯彻习生态文明思想,坚决落实中央关于黄河流域生态环境保护和高质量发展等重大战略部署,始终把生态文明建设摆在重要位置,打好蓝天、碧水、净土攻坚战,全面助力“追赶超越”,推动全市生态环境质量持续好转。
在空气质量方面,2021年优良天数达到265天,同比增加15天;PM2.5浓度为41微克每立方米,同比改善19.6%;6项指标“五降一平”;年度优级天数62天,同比增加6天,连续优良天数54天,连续优级天数13天,创有监测记录以来的最好成绩。
在水环境质量方面,2021年西安市6个国考断面水质连续两年实现国考断面水质优良率100%,其中黑河入渭断面和灞河灞河口断面水质均为Ⅱ类,好于省考要求1个水质类别。纳入国家考核的4个城市集中饮用水源地连续三年实现水质优良率100%。
"""
# 高陵分局's reply to 建议18 (2022), its body as the page has it: a district's work, scoring high on 改善…生态环境.
GAOLING = """类别:B类
签发人:刘长宏
市环高复函〔2022〕3号
郗娜娜代表:
您提出的关于加强治理陵雨干沟的建议(第18号)收悉。现答复如下:
为进一步改善陵雨干沟(高陵段)生态环境、提升排放容量,使沿线群众有着良好的生产生活环境,2021年6月8日,高陵区政府组织召开了生态环境整治项目专题会,研究讨论陵雨干沟综合整治工程。2021年10月12日,生态环境高陵分局向区发改委提交了《西安市高陵区2022年重点建设项目征集表》,计划投资约3.024亿元
西安市生态环境局高陵分局
2022年5月20日
"""
XIAN_TITLE = "关于把生态环境保护作为绿色发展首要任务的建议"
XIAN_TEXT = f"""{XIAN_TITLE}

提案人：朱荣强

为此建议：

一、积极推进双碳行动，制定落实碳达峰碳中和实施方案，推动碳交易市场建设。
二、持续改善生态环境质量，深入打好蓝天、碧水、净土保卫战。
"""


def _draft(tmp_path, ws, seeds: dict[str, str], number: str, title: str, text: str, *options: str, done: str = ""):
    """``seeds`` distilled in ``ws`` (the fact saying ``done`` then tagged done, as a clerk edits the base), and
    ``title`` drafted with ``text``: the command's output and the draft."""
    def tag(path):
        base = yaml.safe_load(path.read_text("utf-8"))
        for fact in base["facts"]:
            fact["kind"] = "done" if done in fact["text"] else fact["kind"]
        path.write_text(yaml.safe_dump(base, allow_unicode=True, sort_keys=False), "utf-8")
    result, out = seeds_draft(tmp_path, ws, seeds, number, title, text, "--deputy", "张某", *options, edit=tag if done else None)
    return result.output, docx.Document(out)


def test_the_citys_water_result_answers_the_ask_a_quote_and_a_slogan_do_not(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "西安市生态环境局", "市生态环境局", "西安市", "高陵区, 长安区")
    with open(ws.config_path, "a", encoding="utf-8") as config:
        config.write("other_fields:\n  市发改委: [碳达峰, 碳中和]\n")
    output, draft = _draft(tmp_path, ws, {"2021-03-12_陕工网.txt": SXWORKER, "2022-02-15_考核优秀.txt": RESULTS,
                                             "2022-05-20_高陵分局18号.txt": GAOLING},
                           "141", XIAN_TITLE, XIAN_TEXT, "--proposal", "--date", "2023-07-21")
    quality = "".join(sections(draft)["改善生态环境质量"])
    assert "国考断面水质优良率100%" in quality, quality
    assert not any(w in quality for w in ("朋友圈", "百姓福祉")), quality
    # the overview says the matter the title takes as a task, not the title's sentence
    overview = next(p.text for p in draft.paragraphs if p.text.startswith("近年来"))
    assert "围绕生态环境保护积极开展工作" in overview and "围绕把" not in overview, overview
    # 双碳 is the 发改委's: part two has no item on it, and a reminder says so
    assert not any("双碳" in t for t in part_two_texts(draft))
    reminder = next(line for line in output.splitlines() if "下一步工作计划未列" in line)
    assert "推进双碳行动" in reminder, output


# 齐鲁晚报 2025-01-14 on 济南“预付宝” (lines as the page has them, traditional characters kept; 大众网's of 2025-02-27 is
# :data:`helpers.DAZHONG`).
QILU = """來源:齊魯晚報
2025-01-14 08:58:01
原標題:濟南“預付寶”平臺即將上線
2024年8月起,濟南市市場監督管理局(以下簡稱濟南市市場監管局)探索建立“政府推動、平臺保障、銀行支持、商家參與”的“預付寶”消費新模式,在全國首創開發“預付寶”消費平臺。
"""
PREPAID_TITLE = "深化预付消费领域治理 助推社会经济高质量发展的建议"
PREPAID = f"""提案人：邵洁
案由：{PREPAID_TITLE}

建议：
一、完善预付式消费管理制度，健全预付消费领域相关规定。
二、加强预付资金监管，防范经营者“跑路”，解决退费难问题。
三、督促经营者兑现服务承诺，畅通消费者维权渠道，降低维权难度。
"""


def test_the_fact_opening_on_the_programme_an_item_opens_on_joins_it(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "济南市市场监督管理局", "市市场监管局", "济南市", "历下区, 市中区")
    _, draft = _draft(tmp_path, ws, {"2025-01-14_齐鲁晚报.txt": QILU, "2025-02-27_大众网.txt": DAZHONG},
                      "0333", PREPAID_TITLE, PREPAID, "--proposal", "--date", "2025-04-20",
                      done="正式上线运行")  # (read as background: the clerk tags it, as hd24d did)
    funds = "".join(sections(draft)["加强预付资金监管"])
    assert "正式上线运行" in funds, funds
    started = funds.find("首创开发“预付宝”消费平台")
    assert 0 <= started < funds.find("正式上线运行"), funds  # its start (2024年8月起) first
    assert "2024年8月起，我局探索建立" in funds and "以下简称" not in funds, funds


# 红河州农业农村局's reply to 建议221 (2022-10-17), as the page's opening has it (cut off there): its lead paragraph
# opens on the directives carried out and ends 打造了一批美丽乡村，…人居环境更美.
HONGHE_221 = """人大代表建议办理答复
- 索引号: 20240913-222721-393
- 发布机构: 红河州农业农村局
- 文号:
- 发布日期: 2022-10-17
- 时效性: 有效
红河州农业农村局对州十三届人大一次会议第221号建议的答复
李学丽代表:
您在红河州十三届人大一次会议提出的《关于实施石屏县龙武镇柏木租村人居环境提升项目的建议》的第221号建议,已转交我局研究办理,现将办理情况答复如下:
红河州各级各部门始终坚定不移贯彻落实习近平总书记关于改善农村人居环境的系列重要指示批示精神,立足农村人居环境整治提升新阶段、新形势、新要求,坚持把农村人居环境整治提升作为巩固脱贫攻坚成果的重要内容,作为实施乡村振兴战略的“当头炮”,作为农村精神文明建设的具体抓手,主动扛牢政治责任,强化担当作为,突出抓好“规划、绿化、文化、整洁化”和基层党建引领,整治工作从典型示范向面上推开,农村卫生厕所普及率、污水治理率、生活垃圾处理率较大提高,打造了一批美丽乡村,乡村“颜值”更高、人居环境更美。石屏县坚持党建引领、干部带头、群众参与的原则,坚定不移贯彻落实中央、省、州关于农村人居环境整治提升的决策部署,不断补齐农村人居环境短板弱项,重点在农村厕所革命、农村生活垃圾污水治理、村庄规划、建立长效机制等方面下功夫,多措并举、全域整治,真抓实干、向美而行,高标准推进农村人居环境整治提升。
在州级出台相关政策的情况下,2020年6月28日,石屏县委、县政府印发了《石屏县美丽乡村创建实施方案》(石办发〔2020〕42号)文件,《方案》中目标要求:围绕“产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”总要求,在全县行政村和所有自然村开展省、州、县级美丽乡村创建工作,从 2020 年开始,力
"""
HONGHE = ("红河哈尼族彝族自治州农业农村局", "州农业农村局", "红河州", "个旧市, 开远市, 蒙自市, 石屏县")


def test_a_paragraph_of_directives_and_slogans_answers_no_ask(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HONGHE)
    title = "关于加强粮食生产和高标准农田建设的建议"
    text = f"{title}\n领衔代表：王某某\n建议：\n一、稳定粮食播种面积和产量。\n二、加快高标准农田建设。\n三、推进美丽乡村建设。\n"
    _, draft = _draft(tmp_path, ws, {"221.txt": HONGHE_221}, "902", title, text, "--date", "2022-12-20")
    village = "".join(sections(draft)["推进美丽乡村建设"])
    assert not any(w in village for w in ("坚定不移贯彻落实", "颜值")), village


def test_a_long_first_clause_of_an_ask_the_title_names_is_asked_for(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HONGHE)
    title = "关于进一步加大对“绿色食品牌”示范区建设扶持力度的建议"
    text = (f"{title}\n\n领衔代表：龙瑜菡等\n\n建议：\n"
            "一、加大对认定的省州县“绿色食品牌”产业基地给予政策资金扶持，进一步提升基地的示范带动效应。\n")
    _, draft = _draft(tmp_path, ws, {"221.txt": HONGHE_221}, "289", title, text, "--date", "2022-10-12")
    asked = next(p.text for p in draft.paragraphs if p.text.startswith("【待补充：") and "基地" in p.text)
    assert "产业基地给予政策资金扶持" in asked, asked
    # (进一步提升基地的示范带动效应 is what the money is for, an aim closing the ask as 提升… is without its 进一步: h312)
    assert "示范带动效应" not in asked, asked


# 江宁区政府网 互动交流 (2025-02-14): the district's 2025 民生实事 on health, one a line.
JIANGNING = """江宁区今年关于医疗卫生方面的民生实事有哪些?
一是开设急诊社区卫生服务中心。推进方山和上坊2个社区卫生服务中心开设急诊,实现全区23家社区卫生服务中心急诊(科)全覆盖,更好满足群众急诊服务需求。
二是建设基层慢病筛防中心。年内建成2家市级及以上基层慢病筛防中心,并针对目标群体强化管理,提供个性化运动建议,以点带面提高基层慢病管理服务水平。
三是建设江宁老年医院。推进江宁老年医院建设,项目占地面积约11.4亩,主要新建老年医院综合楼及相关附属设施,建成后更好满足老年人日益增长的医疗需求。
"""


def test_the_note_on_what_the_base_holds_quotes_the_sentence_on_each_ask(tmp_path):
    from drafter.compose.select import Item, unused_note
    from drafter.compose.sentences import bigrams

    ws = unit_workspace(tmp_path / "ws", "南京市江宁区卫生健康委员会", "区卫健委", "江宁区", "东山街道, 秣陵街道")
    read = distil(tmp_path, ws, JIANGNING, "2025-02-14_jiangning.txt")
    items = [Item(fact=f, source=read.source, score=1.0, year=2025) for f in read.facts]
    urgent = unused_note(items, ws, words=bigrams("提升社区卫生服务中心急诊服务能力"))
    chronic = unused_note(items, ws, words=bigrams("加快基层慢病筛防中心建设"))
    assert "实现全区23家社区卫生服务中心急诊（科）全覆盖" in urgent and "慢病" not in urgent, urgent
    assert "年内建成2家市级及以上基层慢病筛防中心" in chronic and "急诊" not in chronic, chronic


def test_the_note_names_the_source_of_the_sentence_it_quotes(tmp_path):
    """The note names the three newest sources of a part and 等N份; the sentence it quotes may be a fourth's, older: that
    source is named with it, not a figure under sources that do not hold it (the review of hd24b's note)."""
    from dataclasses import replace

    from drafter.compose.select import Item, unused_note
    from drafter.compose.sentences import bigrams

    ws = unit_workspace(tmp_path / "ws", "南京市江宁区卫生健康委员会", "区卫健委", "江宁区", "东山街道, 秣陵街道")
    read = distil(tmp_path, ws, JIANGNING, "2025-02-14_jiangning.txt")
    items = [Item(fact=f, source=read.source, score=1.0, year=2025) for f in read.facts]
    # (three newer sources, each holding a sentence with figures on something else: the 慢病 and 老年医院 lines)
    newer = [replace(items[1 + k % 2], source=replace(read.source, id=f"n{k}", title=f"江宁区卫健委2025年{k}月工作动态",
                                                       date=f"2025-0{k}-20")) for k in (3, 4, 5)]
    note = unused_note([items[0], *newer], ws, words=bigrams("提升社区卫生服务中心急诊服务能力"))
    assert "23家社区卫生服务中心急诊" in note and "等4份" in note, note
    assert f"如{read.source.label()}（2025-02-14）中的“" in note, note


def test_a_district_item_tying_the_own_result_is_measured_against_the_best_item(monkeypatch):
    """Whether an item is the bureau's own result is the item's to say, not its score's: 高陵分局's paragraph scoring what
    the city's 国考断面 result scores, under a quote scoring over twice that, is under half the best, the threshold — not a result's
    equal (the review of h119: ``item.score in results``)."""
    from types import SimpleNamespace

    from drafter.compose import select
    from drafter.model import Fact, Period

    def item(n, text, place, score):
        fact = Fact(id=f"s-{n}", text=text, kind="done", period=Period(2021, "text"), jurisdiction=place, source_id="s")
        return select.Item(fact=fact, source=None, score=score, year=2021)

    city = item(1, RESULTS.splitlines()[4], "西安市", 0.9)
    quote = item(2, SXWORKER.splitlines()[3], "西安市", 2.0)
    district = item(3, GAOLING.splitlines()[5], "高陵区", 0.9)
    monkeypatch.setattr(select, "relevant_items", lambda *a: [quote, city, district])
    monkeypatch.setattr(select, "on_ask", lambda *a: True)
    monkeypatch.setattr(select, "names_phrase", lambda *a: False)
    ws = SimpleNamespace(jurisdiction_names=lambda: ["西安市"], max_age=5)
    ask = SimpleNamespace(query="改善生态环境质量", phrase="持续改善生态环境质量", matter_keys=[], works={}, members=())
    groups, _, _ = select._asks_answered(None, [ask], [frozenset()], ws, dt.date(2022, 6, 1), None, None)
    assert [i.fact.id for i in groups[0]] == ["s-2", "s-1"], groups


def test_a_fact_of_no_sentence_opens_on_no_programme():
    """A fact of no sentence (a bare ordinal, ``（一）``, as a hand edit may leave it) beside one opening on “预付宝” opens on
    no programme: the programme search passes it by (it read its first sentence, and failed on none)."""
    from types import SimpleNamespace

    from drafter.compose.select import Item, Section, _programme_starts
    from drafter.model import Fact, Period

    def item(n, text):
        fact = Fact(id=f"s-{n}", text=text, kind="done", period=Period(2025, "text"), jurisdiction="济南市", source_id="s")
        return Item(fact=fact, source=None, score=1.0, year=2025)

    launched = item(1, "2月26日，济南“预付宝”正式上线运行。")
    bare = item(2, "（一）")
    section = Section(heading="加强预付资金监管", items=[launched, bare])
    ws = SimpleNamespace(jurisdiction_names=lambda: ["济南市"])
    assert _programme_starts([section], [[launched, bare, item(3, "（二）")]], ws) == []


def test_a_paragraph_on_the_directives_it_carries_out_going_on_to_work_finished_says_something():
    """A paragraph of no digit opening on the directives it carries out says nothing (红河 #221's lead, above) — unless it goes
    on to something finished: 认真贯彻…要求，我局完成了三处…改造 is work done."""
    from drafter.compose.select import Item, _says_nothing
    from drafter.model import Fact, Period

    def item(text):
        fact = Fact(id="f", text=text, kind="done", period=Period(2022, "document date"), jurisdiction="红河州", source_id="s")
        return Item(fact=fact, source=None, score=1.0, year=2022)

    preamble = "认真贯彻落实省委、省政府关于农村人居环境整治提升的部署要求，"
    assert _says_nothing(item(preamble + "坚持以人民为中心，不断提升人民群众的获得感。"))
    assert not _says_nothing(item(preamble + "我局完成了三处村庄污水处理设施改造。"))


# hh.cn 2025-03-22 (two of its paragraphs as the page has them): 开远市's park, its 新品种 and 联农带农 results, in a quote.
KAIYUAN = """春日的开远市国家现代农业产业园的花卉大棚里,蝴蝶兰、玫瑰、石斛兰等鲜花竞相绽放,春色满园。习近平总书记在丽江现代花卉产业园考察时指出,云南花卉产业前景广阔,要着眼全产业链,从种业端、种植端、市场端不断深耕细作,让这一“美丽产业”成为造福群众的“幸福产业”。
殷殷嘱托,情深意长,催人奋进。开远市国家现代农业产业园管理委员会主任李成伟激动地说,产业园区与各农业大学、科研院所、花企联合研发花卉新品种64个,引进国内外花卉新品种2792个,并加速花卉科技成果转化,推动开远市农产品产业高质量发展。2024年,产业园实现综合产值41.2亿元。同时,通过一系列的联农带农机制,带动19000户农户从事花卉产业,花农花卉种植亩均产值达2万元至6万元。
"""
FLOWERS = """关于做强做优我州花卉产业的建议
领衔代表：张某某
建议：
一、加大花卉新品种研发引进力度。
二、完善联农带农机制，带动更多农户从事花卉产业增收。
"""


def test_a_gaps_note_calls_work_done_drafted_under_another_ask_no_background(tmp_path):
    """The note on 新品种's placeholder quoted 开远's 新品种64个 as 背景材料, though the paragraph is work done, drafted under
    联农带农 (hd24c): it says the work was drafted there and what is on this ask was not."""
    ws = unit_workspace(tmp_path / "ws", "红河哈尼族彝族自治州农业农村局", "州农业农村局", "红河州", "蒙自市, 开远市, 石屏县")
    _, draft = _draft(tmp_path, ws, {"2025-03-22_红河州_州农业农村局局长.txt": KAIYUAN}, "901",
                      "关于做强做优我州花卉产业的建议", FLOWERS, "--date", "2025-06-30")
    assert "19000户" in "".join(sections(draft)["完善联农带农机制"])
    note = next(c.text for c in draft.comments if "新品种64个" in c.text)
    assert "背景材料" not in note, note
    assert "已在“完善联农带农机制”项下部分采用，与此项有关的内容未写入正文" in note and "开远市的情况和数据是该地的" in note, note
