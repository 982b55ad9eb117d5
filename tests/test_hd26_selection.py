"""What goes under an ask (hd26, four bureaus drafter never saw): a fact sharing with an ask only the kind noun of the
thing it names (the 中心 of 国门文化交流中心 beside 世界茶树发源地中心) does not answer it, nor is that thing's work carried on
(持续建设…); a reminder saying the material lacks last year's whole year is not given beside a drafted 2024年全年…; another
reservoir's plan (西安闸) does not answer an ask on 青龙闸, and a county-wide project's 新桥片区 (a township of the county) does
not keep its result from an ask on that project; a reply's dated result cut at the page's end (2021年，精心编制《…方案》) is
kept, its 以《建议》办理为抓手 (that reply's suggestion) dropped; a paragraph led by 相关部门 keeps that lead, and a result
with figures comes before it."""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import seeds_draft, unit_workspace

from drafter.cli import cli
from drafter.compose.sentences import finished_sentences


def _draft(tmp_path, ws, seeds: dict[str, str], number: str, title: str, text: str, *options: str,
           fixed: dict[str, str] | None = None):
    """``seeds`` distilled in ``ws`` (the base's ``fixed`` words then corrected, as the tester did by hand) and ``title``
    drafted with ``text``: the command's output, the draft's paragraphs and its comments."""
    def correct(path):
        base = path.read_text("utf-8")
        for wrong, right in fixed.items():
            base = base.replace(f"jurisdiction: {wrong}\n", f"jurisdiction: {right}\n").replace("    external: true\n", "")
        path.write_text(base, "utf-8")
    result, out = seeds_draft(tmp_path, ws, seeds, number, title, text, *options, edit=correct if fixed else None)
    document = docx.Document(out)
    return result.output, [p.text for p in document.paragraphs], [c.text for c in document.comments]


def _after(paras: list[str], heading: str) -> str:
    """The paragraph right after the one starting with ``heading``."""
    return paras[next(k for k, p in enumerate(paras) if p.startswith(heading)) + 1]


# 临沧市文化和旅游局: news of the 2025 局长会议 summing up 2024 (undated page, its opening as the store keeps it) and the
# 2024-08-06 reply to 第05030103号提案 (its opening lines and one paragraph, cut where the store cuts it).
LINCANG_NEWS = """日前,临沧市召开全市文化和旅游局长会议,全面总结2024年文旅工作成效,部署2025年重点任务。会议指出,过去一年,临沧市以“文化强市、旅游强市”为目标,在公共文化服务、旅游产业转型、文化遗产保护、城市品牌塑造等方面取得显著突破,为“十四五”收官之年奠定了坚实基础。
2024年:文旅融合纵深推进,发展动能持续增强
公共文化服务提质增效
2024年,临沧市以人民需求为导向,构建覆盖城乡的现代公共文化服务体系。全市77个乡镇(街道)综合文化站完成评估定级,新建“城市书房”“乡愁书院”各9个,打造国门文化交流中心、书社等文化新地标。全年开展“戏曲进乡村”演出577场、“文化大篷车”惠民演出654场,超额完成省级任务。在云南省第六届“彩云奖”评选中,临沧斩获9项大奖,占总奖项的15%,彰显文化创新实力。此外,3件书画作品亮相中国国家画院,1个村入选全国“四季村晚”示范点,文艺精品创作成果丰硕。
"""
LINCANG_REPLY = """发布日期:
2024-08-06

临沧市文化和旅游局关于政协临沧市委员会五届三次会议第05030103号提案的答复

市政协人口资源环境委员会第二学习小组:

你们在政协临沧市委员会五届三次会议上提出的“关于加强A级旅游景区管理,推动乡村旅游提档升级的提案”(第05030103号),已由市政府转交我局研究办理,现将办理情况答复如下:

近年来,在市委、市政府的高度重视下,制定出台了《临沧市文化和旅游强市建设三年行动方案(2023—2025年)》和《临沧市加快推动旅游高质量发展实施方案》等政策措施,不断推动文化旅游深度融合,在要素完善、产品开发、品牌创建、主体培育、宣传促销等方面都得到长足进步。全市建成A级景区48家(AA级13家、AAA级26家、AAAA级9家)、旅游住宿接待单位1744家(其中:四星3家、三星10家、二星7家),建成旅游厕所252个,旅游观景台25个,县城及景区游客服务中心46个。有市级乡村旅游品牌村30个、省级旅游休闲街区2个、省级夜间文旅消费聚集区3个、全国乡村旅游重点村4个、省级旅游名镇5个、省级旅游名村15个、云南最美乡愁旅游地7个,省级金牌旅游村7个。全市旅游产品建设虽然取得了一定成绩,但仍然存在着设施管护维护不到位,缺乏经营管理主体等突出问题,针对存在问题,目前已在全市组织开展了旅游景区、乡村旅游示范村设施管护维护专项整治行动,通过第一阶段摸排,全市提出了92个整
"""
LINCANG_SEEDS = {"临沧文旅_2025_局长会议_2024年总结.txt": LINCANG_NEWS,
                 "临沧文旅_2024_政协05030103号_A级景区.txt": LINCANG_REPLY}
LINCANG_TITLE = "关于推动临沧文旅产业高质量发展的几点建议"
LINCANG_OPTIONS = ("--deputy", "市政协委员联络委员会", "--type", "B", "--proposal", "--date", "2025-09-19")
WHOLE_CITY = "从市级层面加强全市旅游资源的整体打造，树牢全域旅游发展理念，舞好规划龙头，激活文旅融合发展动力源。"


def _lincang(tmp_path):
    return unit_workspace(tmp_path / "ws", "临沧市文化和旅游局", "市文旅局", "临沧市", "临翔区, 凤庆县, 云县")


def test_a_centre_of_another_kind_answers_no_ask_on_the_tea_origin_centre(tmp_path):
    """hd26b fault 2, 6: the public-culture paragraph, sharing with the ask only 中心 (国门文化交流中心) and the
    国家/省级 of how it is to be sought, stood under （二）建设澜沧江流域“世界茶树发源地中心”, and part two said 持续建设… of a
    centre the member asks the city to seek planning for."""
    text = (f"{LINCANG_TITLE}\n\n为推动临沧文旅产业高质量发展，建议：\n一是{WHOLE_CITY}\n"
            "二是积极争取国家、省级层面规划建设澜沧江流域“世界茶树发源地中心”。\n")
    _, paras, _ = _draft(tmp_path, _lincang(tmp_path), LINCANG_SEEDS, "05040117", LINCANG_TITLE, text, *LINCANG_OPTIONS)
    said = "".join(paras)
    assert "（二）建设澜沧江流域“世界茶树发源地中心”" in paras, paras
    assert "综合文化站" not in said and "577场" not in said, paras
    assert _after(paras, "（二）建设澜沧江流域").startswith("【待补充："), paras
    assert not any("持续建设澜沧江" in p for p in paras), paras


def test_no_reminder_of_a_missing_last_year_beside_a_drafted_whole_year(tmp_path):
    """hd26b fault 10: the newest dated source is the reply of 2024-08, but part one cites 2024年全年开展“戏曲进乡村”演出
    577场 from the undated news summing up 2024: the reminder said the material held no 2024 full-year data."""
    text = (f"{LINCANG_TITLE}\n\n建议：\n一是加强旅游景区和乡村旅游示范村设施管护维护，开展专项整治。\n"
            "二是丰富群众文化活动，多开展戏曲进乡村、文化大篷车惠民演出。\n")
    output, paras, comments = _draft(tmp_path, _lincang(tmp_path), LINCANG_SEEDS, "05040117", LINCANG_TITLE, text,
                                     *LINCANG_OPTIONS)
    assert any("2024年全年开展“戏曲进乡村”演出577场" in p for p in paras), paras
    assert any("截至2024年8月" in p for p in paras), paras  # (the 2024-08 reply is used too)
    assert "不含2024年全年" not in output and not any("不含2024年全年" in c for c in comments), output


# 牟定县水务局's replies (mdx.gov.cn 37814, 150084), as the store gives them.
XIANANZHA = """县政协社会和法制委员会:
您提出的“关于将江坡镇福龙村西安闸改扩建为小(二)型水库的提案”的提案交由我局办理,现答复如下:
近年来,国家对小型水库建设高度重视,但西安闸不在国家小型水库的名录中,因此只能归类为农村小坝塘,根据您的建议,在下步工作中,我局将积极努力,把西安闸水库注册为小(二)型,符合水利投资导向后,主动向上争取资金进行提升改造。
感谢您对我县水利事业的关心和支持,我们会在今后的工作中积极多争取项目和资金,为我县的水利基础设施建设打下坚实的基础。
"""
YANGGANSHI = """王建平、李晓艳、代德忠、刘姣艳、陈忠丽、孟德云、普翠珍、希琼芬、晋波、杨鑫代表:
您 们在县十八届人大二次会议上提出的“关于请求上级党委政府给予解决羊肝石村委会人畜饮水困难的议案”,交由我单位办理,现答复如下:
羊肝石村委会人畜饮水项目已列入牟定县城乡供水一体化三年专项行动项目中,该项目已完成项目的可研编制及批复。目前,实施方案正在编制中,计划7月开展招投标工作。10月中旬启动城乡供水一体化项目新桥片区工程的实施(二水厂管网延伸工程),年内完成林地及土地审批。
最后,感谢您 们对我县水务工作的关心与支持,希望一如既往地支持水务工作。
"""


def _mouding(tmp_path):
    return unit_workspace(tmp_path / "ws", "牟定县水务局", "县水务局", "牟定县",
                          "共和镇, 新桥镇, 江坡镇, 凤屯镇, 蟠猫乡, 戌街乡, 安乐乡", "我县水务工作")


def test_another_reservoirs_plan_answers_no_ask_on_this_one(tmp_path):
    """hd26c fault 1: the 2022 reply's plan to register 西安闸 as 小（二）型 stood as the plan for 米村青龙闸水库."""
    title = "关于对米村青龙闸（小二型）水库进行除险加固的建议"
    text = (f"{title}\n\n领衔代表：李家彪\n\n米村青龙闸水库为小（二）型水库，2015年完成过一次除险加固，但受降雨量不足且牟定"
            "长年干旱的影响，水库长期蓄水不足，没有达到应有效益。建议对米村青龙闸（小二型）水库进行除险加固。\n")
    _, paras, comments = _draft(tmp_path, _mouding(tmp_path), {"2022-09-24_政协西安闸提案答复.txt": XIANANZHA}, "12",
                                title, text, "--deputy", "李家彪", "--type", "C", "--date", "2025-06-30",
                                fixed={"法制县": "牟定县"})  # (社会和法制委员会 read as a county: hd26c fault 4)
    assert not any("西安闸" in p for p in paras), paras
    # (the closing's note names the one reply whose thanks it follows, h294: no plan of 西安闸's)
    assert not any("西安闸" in c for c in comments if "以这样的结束语收尾" not in c), comments
    assert any("青龙闸" in p and "【待补充：" in p for p in paras), paras


def test_a_county_projects_result_in_one_townships_zone_answers_the_ask_on_the_project(tmp_path):
    """hd26c fault 5: 城乡供水一体化项目新桥片区工程 (新桥镇 is a township of the county) read as another deputy's site, so the
    reply's 已完成项目的可研编制及批复 never reached the ask 加快城乡供水一体化项目建设, and the reminder said the base had nothing."""
    title = "关于解决安乐乡新民水库蓄水和周边村组人畜饮水困难的建议"
    text = (f"{title}\n\n一、加快中屯水库调水工程建设，解决新民水库蓄水问题。\n"
            "二、加快城乡供水一体化项目建设，解决农村人畜饮水困难。\n")
    output, paras, _ = _draft(tmp_path, _mouding(tmp_path), {"2023-06-20_羊肝石议案答复.txt": YANGGANSHI}, "99",
                              title, text, "--deputy", "某某", "--type", "B", "--date", "2025-06-30")
    item = _after(paras, "（二）加快城乡供水一体化项目建设")
    assert "已列入牟定县城乡供水一体化三年专项行动项目中，该项目已完成项目的可研编制及批复" in item, paras
    assert "已留待补充项：加快城乡供水一体化项目建设" not in output, output


# 攀枝花市退役军人事务局's reply to 第20号建议 (a mirror in traditional characters, cut at the page's end).
PANZHIHUA_20 = """攀枝花市退役軍人事務(wù)局對(duì)市十一屆人大一次會(huì)議第20號(hào)建議答復(fù)的函
coffeezulin.com 發(fā)布時(shí)間:2022-07-21 來(lái)源:中共攀枝花市委目標(biāo)績(jī)效辦 選擇閱讀字號(hào):[ 大 中 小 ] 閱讀次數(shù):
XXX代表:
您提出的《關(guān)于同德烈士陵園爭(zhēng)取更大市級(jí)支持的建議》(第20號(hào)建議)收悉,現(xiàn)答復(fù)如下:
關(guān)于地方政府解決財(cái)政配套資金的建議
針對(duì)建議辦理高度重視,並進(jìn)行專題研究部署,建立了“一把手負(fù)總責(zé)、分管領(lǐng)導(dǎo)具體抓”的辦理工作機(jī)制,對(duì)建議辦理工作精心組織,主動(dòng)對(duì)接相關(guān)部門(單位),做好統(tǒng)籌協(xié)調(diào)。根據(jù)同德烈士陵園實(shí)際情況,以《建議》辦理為抓手,積極推動(dòng)同德烈士陵園提質(zhì)改造項(xiàng)目落地落實(shí),不斷提升其管護(hù)水平,充分發(fā)揮其紅色教育資源作用,2021年,精心編制《同德烈士陵園提質(zhì)改造方案》,納入了 “十四五
"""


def test_a_replys_dated_result_is_kept_and_its_own_suggestion_not_named_as_this_ones(tmp_path):
    """hd26d fault 1: the paragraph, cut at the page's end after 《…方案》, lost its one dated result (2021年，精心编制
    《同德烈士陵园提质改造方案》) and kept 以《建议》办理为抓手 — 第20号建议, read as this suggestion."""
    ws = unit_workspace(tmp_path / "ws", "攀枝花市退役军人事务局", "市退役军人事务局", "攀枝花市",
                        "东区, 西区, 仁和区, 米易县, 盐边县")
    title = "关于加快同德烈士陵园提质改造的建议"
    text = (f"{title}\n\n领衔代表：XXX\n\n建议：一、加快推进仁和区同德烈士陵园提质改造项目，争取上级和市级资金支持。"
            "二、加强烈士纪念设施日常管护，发挥红色教育作用。\n")
    _, paras, _ = _draft(tmp_path, ws, {"pzh_rd20_2022.txt": PANZHIHUA_20}, "77", title, text,
                         "--deputy", "XXX", "--type", "B", "--date", "2024-08-30")
    item = _after(paras, "（一）加快推进仁和区同德烈士陵园提质改造项目")
    assert "积极推动同德烈士陵园提质改造项目落地落实" in item, paras
    assert "2021年，精心编制《同德烈士陵园提质改造方案》。" in item, item
    assert not any("《建议》" in p for p in paras), paras
    # (the page cut after the title: the sentence ends on it, whole)
    assert finished_sentences("甲。根据实际情况，积极推动项目落地落实，2021年，精心编制《同德烈士陵园提质改造方案》")[-1] == (
        "根据实际情况，积极推动项目落地落实，2021年，精心编制《同德烈士陵园提质改造方案》。")


# 宿迁市人力资源和社会保障局: an information site's page of 2025-08-08 and the 2023 summary (a mirror in traditional
# characters, renamed with its date as distill asks).
SUQIAN_2025 = """宿迁优化创业生态激发返乡创业活力 招商引资与创业就业协同发展
创新创业
所属地区:江苏-宿迁
发布日期:2025年08月08日
二、创业扶持政策体系不断健全,降低创业准入门槛。宿迁相关部门联合出台创业引导扶持资金申报指南,进一步扩大创业引导资金规模,明确资金来源渠道、使用标准和审批流程,为政策精准落地、有效发挥作用奠定基础。在创业融资方面,积极与金融机构合作,优化创业担保贷款政策,取消小额贷款第三方担保机构要求,简化申请流程,切实降低创业融资门槛。全市创业担保贷款发放金额持续增加,市本级发放规模占一定比例,有效缓解了创业者的资金压力,激发了创业热情。
"""
SUQIAN_2023 = """黨的二十大報告指出,要實施就業優先戰略,強化就業優先政策。2023年,宿遷市委、市政府始終把就業創業工作作為最大民生,加快促進就業創業,不斷創新體制機制,全民創業氛圍日益濃厚、活力競相迸發、成果大量涌現。
一是發展帶動就業。實行“穩崗留工12條”,通過437場“云端送崗”網絡直播招聘、鄉鎮巡回招聘等,為企業推薦用工5.55萬人次。累計建成省、市級精品勞務品牌13個,帶動就業超24萬人。
二是創業促進就業。以“候鳥回遷”等載體拓展空間,成立宿遷返鄉創業紅誼會8家,實現返鄉就業創業6萬人。實施富民創業擔保貸款改革,擴范圍,降門檻,全年發放貸款30.3億元,扶持創業2.58萬人。
"""


def test_other_departments_paragraph_keeps_its_lead_and_the_citys_figures_come_first(tmp_path):
    """hd26a fault 4: under 加强金融支持…创业贷款, the 2025 page's 在创业融资方面…市本级发放规模占一定比例 stood without its lead
    宿迁相关部门联合出台… (so it read as 我局's), and the 2023 全年发放贷款30.3亿元、扶持创业2.58万人 were left out."""
    ws = unit_workspace(tmp_path / "ws", "宿迁市人力资源和社会保障局", "市人社局", "宿迁市", "沭阳县, 泗阳县, 泗洪县")
    title = "关于激发乡土人才创业活力的建议"
    text = (f"{title}\n\n提案人：xxx委员\n\n为此建议：\n\n一、突出组织推动，健全创业引导机制。加强部门协同，高位推动乡土人才"
            "创业工作；举办创业创新大赛，选树返乡创业典型。\n\n二、突出政策扶持，优化创业环境。组建创业指导专家团，依托公共就业"
            "服务机构、创业孵化基地为返乡创业者提供全方位创业指导服务；加强金融支持，推动银行机构加大乡村振兴贷款投放，针对创业"
            "群体创新开展创业贷款、信用贷款等产品，降低创业融资成本。\n")
    seeds = {"04_宿迁优化创业生态_20250808.txt": SUQIAN_2025, "2024-02-01_02_宿迁就业创业2023.txt": SUQIAN_2023}
    _, paras, _ = _draft(tmp_path, ws, seeds, "101", title, text, "--deputy", "xxx", "--type", "B", "--proposal",
                         "--date", "2025-09-01")
    said = "".join(paras)
    assert "30.3亿元" in said and "2.58万人" in said, paras
    # (wherever the 2025 page's paragraph stands — under 健全创业引导机制 since its heading keeps that half, h139 — its
    # sentences go with the lead saying whose work it is)
    assert any(p.startswith("宿迁相关部门联合出台") or p.startswith("二是宿迁相关部门联合出台") for p in paras), paras
    assert all("宿迁相关部门联合出台" in p for p in paras if "市本级发放规模" in p or "创业引导扶持资金" in p), paras


def test_a_heading_is_carried_on_only_when_its_items_say_its_thing(tmp_path):
    """hd26b fault 6: part two said 持续建设澜沧江流域“世界茶树发源地中心” because the section held an item — on public
    culture, never saying the centre. A heading is carried on (持续…) only when part one's items say its key words; the same
    item under 开展戏曲进乡村、文化大篷车惠民演出 (it reports them) is."""
    from drafter.compose.asks import parse_asks
    from drafter.compose.reply import worded_plan_gap
    from drafter.compose.select import Item, Section, ask_keys, prime_asks
    from drafter.compose.wording import Wording
    from drafter.facts.index import FactIndex

    ws = _lincang(tmp_path)
    (tmp_path / "news.txt").write_text(LINCANG_NEWS, "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "news.txt")]).exit_code == 0
    index = FactIndex.load(ws)
    fact = next(f for f in index.facts.values() if "577场" in f.text)
    asks = parse_asks("建议：\n一是积极争取国家、省级层面规划建设澜沧江流域“世界茶树发源地中心”。\n"
                      "二是开展戏曲进乡村、文化大篷车惠民演出，丰富群众文化活动。\n", LINCANG_TITLE)
    prime_asks(asks, index)
    for ask, carried in zip(asks, (False, True)):
        section = Section(ask.phrase, [Item(fact, index.source_of(fact), 1.0, 2024)], ask=0)
        step = "".join(s.text for s in worded_plan_gap(section, Wording(ws), ws, 2025, ask.phrase, keys=ask_keys(ask)))
        assert step.startswith(("持续", "进一步")) == carried, step
        assert ask.phrase in step
