"""hd43b (登封市文化广电和旅游局, a county-level city under 郑州): the bureau's own reply naming its city's and province's ranks is
登封's; a plan turned to after a result is a plan; a target with a deadline (在两年内，争取…) is a plan; a news page of 登封's work
under a gallery's captions is 登封's, titled by its file, its year kept; a congress's own work is background."""
from __future__ import annotations

import datetime as dt

import docx
from helpers import part_two_texts, seeds_draft, unit_workspace

from drafter.compose.select import Item, still_ahead
from drafter.distill import distill_document
from drafter.distill.facts import plan_split
from drafter.distill.places import ranked_in
from drafter.distill.structure import heading_class
from drafter.model import CONTEXT, DONE, PLAN
from drafter.read import read_document

# The tester's seeds, whole as the store gave them (each cut at 2000 characters).
OWN_REPLY = """曹兰英代表:
您《关于加强石道乡龙泉寺、中岳行宫等文保单位建设,促进文旅融合发展的建议》的提案收悉,首先感谢您对文物保护工作及我市文旅融合发展关心和支持,经研究现答复如下:
一、基本情况
登封历史悠久,底蕴深厚,是全国知名的“文物之乡”,在全国第三次文物普查中共登记各类文化遗存1497处,在全国县市中位居前列。丰富的文化遗存融合了不同时期文化价值的古代建筑、雕刻、书法、绘画等艺术作品,构成了全国乃至全世界独一无二的传统文化景观,是当今文化延续和发展的巨大财富。
龙泉寺是河南省第四批文物保护单位。寺内现存千佛殿、六祖殿和山门等建筑见证了龙泉寺的兴衰过程,是研究佛教寺庙的发展演变和禅宗传播演变的典型代表,具有较高历史价值。该寺院内西侧有一眼清泉,当地人称为龙泉而得名,寺庙南望箕山、北依嵩山,逶迤连绵,寺前隐士沟水库山水映衬,地势幽竣,是一处自然人文景观胜地,是我市重要的旅游资源。自2003至2005年,我市先后投资40余万元对龙泉寺山门、大殿、六祖殿等实施了文物本体维修;2009年投资100万元对龙泉寺进行了环境整治。新征土地3800平方米,复原山门一座,修建围墙300米,地面铺装200平方米,加固挡土墙120米,植树20余棵,绿化面积约1000平方米;文物本体及周边环境得到了极大改善。
李家门中岳行宫是郑州市第二批文物保护单位,现存山门、大殿及东西配殿,俗称小中岳庙,是中岳神巡察时的行宫,是一处当地民众宗教信仰的实物例证。
二、下步工作:
(一)龙泉寺环境提升项目。我局委托郑州大学城市规划设计研究院有限公司编制的《龙泉寺环境提升整治方案》已于2021年6月评审通过,下一步我局将结合实际联合石道乡政府争取资金推进项目实施。
(二)李家门
"""
GREENING_NEWS = """錦繡山川
大熊山七彩旱滑
十二屆中國鄭州國際少林武術節開幕式
嵩山風洞
國土綠化激活綠色經濟,美麗鄉村撐起全域旅遊。近年來,登封市牢固樹立“綠水青山就是金山銀山”的理念,圍繞“生態登封、美麗登封”建設目標,把國土綠化、景區美化、鄉村靚化等納入“全域旅遊”發展規劃,通過植綠護綠,持續改善生態環境,激活鄉村旅遊,拉大全域旅遊框架,走出了一條生態得保護、經濟得發展、鄉村得實惠的共贏之路,推動了旅遊産業的轉型升級。
“綠水青山”持續釋放生態紅利
隆冬時節,寒風呼嘯,但在登封挖掘樹坑的機械和植綠人隨處可見,仍然在為嵩山生態改善辛勤忙碌。按照河南省委“實施國土綠化提速行動、建設森林河南”重要部署,登封市圍繞構建“山體、森林、湖泊、濕地、農田、林網、城市”七大生態體系,以打造鄭州國家中心城市生態涵養區為載體,不折不扣落實省委國土綠化提速行動和森林河南建設要求,積極創建省級森林城市。2018年,該市共完成國土綠化面積5.9萬畝,森林覆蓋率達42.5%、林木綠化率達46.5%,被評為全省林業推進生態文明建設示範縣(市)。
同時,登封市堅持以嵩山與世界文化遺産“雙保”整治為統領,先後集中開展了嵩山風景名勝區違法建設專項治理行動、砂石非法開採專項治理行動、大氣污染防治專項行動、水污染防治集中整治行動,累計拆除違法建築192處、742.18畝,全面推進露天礦坑綜合整治,已治理礦坑104個,恢復生態面積2300多畝,整改達標粉塵企業13家、水污染企業44家,治理河道120余公里;大力推進生態水系建設,積極謀劃“三河五庫”聯蓄聯調工程,投資1.35億元的河門水庫建成投用,全面完成55座中小水庫除險加固工程。
全域綠化,鐵腕整治,使嵩山植被鬱鬱蔥蔥,自然與歷史
"""
CONGRESS_VISIT = """市领导赴登封调研 美丽乡村建设工作
来源:郑州日报  时间:2020-07-13 08:49:09
昨日,市人大常委会主任胡荃到登封市调研美丽乡村建设和人大代表联络站建设等情况。

昨日,市人大常委会主任胡荃到登封市调研美丽乡村建设和人大代表联络站建设等情况。

胡荃一行先后来到登封市少林街道办事处雷家沟村、少林街道党群服务中心、大周封祀坛遗址生态文化公园、登封市民文化中心广场、中岳街道北高村、克莱威碳纳米材料项目和新登中瓷科技等地,实地了解人大代表联络站建设、嵩山文化生态区规划、城市道路综合整治、美丽乡村建设和产业发展情况。

登封市地处嵩山腹地,历史文化深厚,自然环境优美,共有国家级传统古村落5个,省级传统古村落9个,郑州市自然风貌和历史文化特色村24个。近年来,登封市按照“宜居、宜业、宜游”建设目标,全方位推进美丽乡村建设,共成功申报项目22个,涉及10个乡镇12个村,项目总投资2.95亿元。通过美丽乡村项目的实施,对村域内水系、林带、绿地等生态环境修复,村容村貌焕然一新,居住环境明显改善,历史文化遗存得到有效保护开发,美丽乡村风采凸显。

在人大代表联络站建设方面,登封市人大常委会认真贯彻落实河南省、郑州市人大工作会议精神,深化实体代表联络站规范化建设,加快网上代表联络站建设,逐步实现网上网下融合、线上线下一体。截至目前,登封共建成代表联络站60个,1034名四级人大代表全部编组进站。

市人大常委会副主任张春阳参加调研。

(编辑:刘璐)

打印此文 关闭窗口
"""
# The addressee, opening and first two items of the bureau's 2022 reply on 发展乡村旅游.
RURAL_REPLY = """张跃国等委员:
您们关于“发展乡村旅游”的提案已收悉。现答复如下。
一、主要做法
1.注重规划引领。积极发挥旅游部门行业优势,邀请全国知名专家学者对我市特色乡村进行了考察调研,梳理编制了《“嵩山记忆”登封美丽乡村旅游品牌体系建设规划》,并根据登封市的资源禀赋,对登封市各具发展特色的乡村旅游进行了功能定位,明确古迹乡村、民俗乡村、民居乡村、物产乡村、艺术乡村、红色乡村等6个方面乡村旅游发展的方向。同时,为便于科学指导乡村旅游资源利用、旅游产品开发、旅游品牌建设,更好地促使我市乡村旅游整体工作有序快速推进,旅游部门协调并指导具备旅游发展条件的乡镇、村庄,编制乡村旅游发展规划。
2.加快推进乡村旅游,引领民宿高质量发展。引进高端民宿企业,做大做强登封高品质民宿产业,叫响“嵩山民宿”品牌,积极贯彻落实郑州市文化广电和旅游局、郑州市委宣传部等十三部门联合出台《郑州市乡村旅游民宿高质量发展实施意见》,在两年内,争取按照A级旅游景区标准把唐庄郭庄村、王河村等10个美丽乡村,打造成A级旅游景区、A级旅游景区村庄、康养旅游示范村。
"""


def _workspace(tmp_path):
    return unit_workspace(tmp_path / "ws", "登封市文化广电和旅游局", "市文旅局", "登封市")


def _distilled(tmp_path, ws, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return distill_document(read_document(path), ws)


def test_a_level_named_by_the_batch_it_ranked_a_thing_in_is_no_place_spoken_for():
    """郑州市第二批文物保护单位, 河南省第四批…: the level whose list the thing is on, not where it stands."""
    text = "李家门中岳行宫是郑州市第二批文物保护单位，现存山门。"
    start = text.index("郑州市")
    assert ranked_in(text, start, start + 3)
    text = "郑州市开展了文物普查。"
    assert not ranked_in(text, 0, 3)


def test_the_bureaus_own_reply_naming_its_citys_rank_is_its_own(tmp_path):
    """The reply speaks as 我局 and 我市 of 登封 throughout; 郑州市 only ranks a temple (郑州市第二批文物保护单位) and names a
    university's institute: it was filed 郑州市's, external, its four facts never the bureau's."""
    ws = _workspace(tmp_path)
    ff = _distilled(tmp_path, ws, "2022-08-19_答复曹兰英代表龙泉寺中岳行宫文保建议.txt", OWN_REPLY)
    assert ff.source.jurisdiction == "登封市"
    assert ff.facts and not any(f.external for f in ff.facts)


def test_a_heading_of_the_next_step_said_short_heads_plans():
    """二、下步工作： (下步, as PLAN_SWITCH reads it in a paragraph) heads the plans: it was read as no class, a reply's done."""
    assert heading_class("二、下步工作：") == PLAN


def test_a_result_then_the_next_step_are_two_facts(tmp_path):
    """…《龙泉寺环境提升整治方案》已于2021年6月评审通过，下一步我局将…争取资金推进项目实施: one done fact joined the result and the
    plan; cut at the comma before 下一步, the result is done and the next step a plan."""
    ws = _workspace(tmp_path)
    ff = _distilled(tmp_path, ws, "2022-08-19_答复曹兰英代表龙泉寺中岳行宫文保建议.txt", OWN_REPLY)
    result = next(f for f in ff.facts if "评审通过" in f.text)
    step = next(f for f in ff.facts if "争取资金推进项目实施" in f.text)
    assert result is not step
    assert result.kind == DONE and "下一步" not in result.text
    assert step.kind == PLAN and step.text.startswith("下一步我局将")


def test_a_target_with_a_deadline_is_a_plan(tmp_path):
    """…，在两年内，争取按照A级旅游景区标准把…等10个美丽乡村，打造成…康养旅游示范村。: a target two years on, stored done."""
    ws = _workspace(tmp_path)
    ff = _distilled(tmp_path, ws, "2022-08-22_答复张跃国等委员发展乡村旅游提案.txt", RURAL_REPLY)
    target = next(f for f in ff.facts if "在两年内" in f.text)
    assert target.kind == PLAN


def test_a_news_page_of_the_own_citys_work_under_the_provinces_rule_is_the_citys(tmp_path):
    """按照河南省委“…”重要部署，登封市…，不折不扣落实省委…要求: the province's committee whose rule the city follows made the page
    河南省's (its facts 外地); 登封市 is the doer throughout."""
    ws = _workspace(tmp_path)
    ff = _distilled(tmp_path, ws, "2019-01-17_登封国土绿化激活全域旅游.txt", GREENING_NEWS)
    assert ff.source.jurisdiction == "登封市"
    lede = next(f for f in ff.facts if "纳入“全域旅游”发展规划" in f.text)
    assert lede.jurisdiction == "登封市" and not lede.external


def test_a_gallerys_captions_are_no_headline(tmp_path):
    """錦繡山川 / 大熊山七彩旱滑 / 十二屆中國鄭州國際少林武術節開幕式 / 嵩山風洞 over the lede: photos' captions; the page prints no
    headline, and its file names it."""
    ws = _workspace(tmp_path)
    ff = _distilled(tmp_path, ws, "2019-01-17_登封国土绿化激活全域旅游.txt", GREENING_NEWS)
    assert ff.source.title == "登封国土绿化激活全域旅游"


def test_an_area_done_takes_the_year_its_sentence_opens_on(tmp_path):
    """2018年，该市共完成国土绿化面积5.9万亩: an area greened (完成…面积) is that year's work, not a standing size of the
    document's year (it was dated 2019)."""
    ws = _workspace(tmp_path)
    ff = _distilled(tmp_path, ws, "2019-01-17_登封国土绿化激活全域旅游.txt", GREENING_NEWS)
    area = next(g for f in ff.facts for g in f.figures if g.raw == "5.9万亩")
    assert area.year == 2018


def test_the_congresss_own_work_is_background(tmp_path):
    """在人大代表联络站建设方面，登封市人大常委会认真贯彻落实…。截至目前，登封共建成代表联络站60个，1034名四级人大代表全部编组进站:
    the standing committee's own stations and deputies, stored as work done, is no bureau's deed."""
    ws = _workspace(tmp_path)
    ff = _distilled(tmp_path, ws, "2020-07-13_市领导赴登封调研美丽乡村建设.txt", CONGRESS_VISIT)
    stations = next(f for f in ff.facts if "代表联络站60个" in f.text)
    assert stations.kind == CONTEXT


# h223: a deadline's aim after work told is two facts; a target whose deadline is not past keeps its figures in part two.
SEED = "2022-08-22_答复张跃国等委员发展乡村旅游提案.txt"
WORK = ("引进高端民宿企业,做大做强登封高品质民宿产业,叫响“嵩山民宿”品牌,积极贯彻落实郑州市文化广电和旅游局、郑州市委宣传部等十三部门联合"
        "出台《郑州市乡村旅游民宿高质量发展实施意见》")
TARGET = "在两年内,争取按照A级旅游景区标准把唐庄郭庄村、王河村等10个美丽乡村,打造成A级旅游景区、A级旅游景区村庄、康养旅游示范村。"


def test_work_then_a_deadlines_aim_are_two_facts(tmp_path):
    """The reply's 2.加快推进乡村旅游 item: one plan fact joined the work told and the target; cut at the comma before 在两年内，争取,
    the work is done and the target (its 10个) a plan."""
    ff = _distilled(tmp_path, _workspace(tmp_path), SEED, RURAL_REPLY)
    work = next(f for f in ff.facts if "引进高端民宿企业" in f.text)
    target = next(f for f in ff.facts if "10个美丽乡村" in f.text)
    assert work is not target
    assert work.kind == DONE and "两年内" not in work.text and work.text.endswith("实施意见》")
    assert target.kind == PLAN and target.text.startswith("在两年内，争取按照A级旅游景区标准")


def test_a_deadlines_aim_after_no_clause_of_work_stays_whole():
    """同时，在两年内，争取…: 同时 is no work of its own, the sentence one plan."""
    text = "同时，在两年内，争取把10个美丽乡村打造成康养旅游示范村。"
    assert plan_split(text) == [text]
    assert plan_split(WORK + "," + TARGET) == [WORK, TARGET]


def test_a_target_whose_deadline_is_not_past_keeps_its_figures(tmp_path):
    """A reply of 2022-08-22 aims 在两年内 at 10个美丽乡村: in June 2023 the target is still ahead, whole; in 2025 it is past and
    its clause of the figure goes with the verb its 把 left open and the deadline framing it."""
    ff = _distilled(tmp_path, _workspace(tmp_path), SEED, RURAL_REPLY)
    target = next(f for f in ff.facts if "10个美丽乡村" in f.text)
    plan = Item(target, ff.source, 1.0, 2022)
    assert still_ahead(target.text, plan, dt.date(2023, 6, 21)) == target.text
    joined = WORK.replace(",", "，") + "，" + target.text  # (the sentence as one fact held it)
    assert still_ahead(joined, plan, dt.date(2025, 6, 21)) == WORK.replace(",", "，") + "。"


def test_part_two_offers_the_target_to_verify(tmp_path):
    """The draft's part two under 发展非遗乡村康养游 offered the work done (引进高端民宿企业…《…实施意见》。) as last year's plan and
    dropped the target; it offers the target with its 10个, to verify."""
    ws = _workspace(tmp_path)
    _, out = seeds_draft(tmp_path, ws, {SEED: RURAL_REPLY}, "23", "关于发展非遗乡村康养游的提案",
                         "一、发展非遗乡村康养游，开展非遗乡村果园采摘、农耕体验，打造八段锦功夫康养游。\n"
                         "二、推动少林游向世界遗产游转变，由景区游向全域游转变。\n",
                         "--deputy", "焦宏敏", "--session", "市政协六届二次会议", "--type", "B", "--proposal",
                         "--date", "2023-06-21")
    items = part_two_texts(docx.Document(out))
    offered = next(t for t in items if t.startswith("（一）"))
    assert "10个美丽乡村" in offered and "康养旅游示范村。" in offered and "【待核实" in offered
    assert "引进高端民宿企业" not in offered
