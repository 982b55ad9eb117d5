"""lead61: a gap's comment naming older material on the suggestion's subject (hx74b1) quotes a sentence saying something done or
named — never the creed a programme follows (held-out hd60b, 黄冈市发改委, 第45号建议 关于加快黄团浠一体化发展的建议: its 2021 行动方案's
总体要求, 以习近平新时代…思想为指导，深入贯彻…精神…深化交通一体、产业协作…，was quoted as the base's material on 一体化).

An ask's clause too long for a heading opening on a scope (在全县规划中明确…) is headed by what it asks, not by the suggestion's title
(held-out hd74b, 汶上县发改局, 第59号建议: its first ask, 主导产业和发展方向, had vanished under the title's words).

A text cut after an age's 的 reads its figures (ro61c found an AttributeError there).

A page whose title opens on a province's or region's short name and whose text speaks of its whole is that region's (held-out
hd75a, 霍尔果斯市文旅局: 新疆已建成体育场地6.77万个 was of no place, and its 8601 village projects were drafted as the bureau's own)."""

from __future__ import annotations

import docx
from helpers import comments_on, part_one, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.distill.figures import find_figures

HUANGGANG = ("黄冈市发展和改革委员会", "市发改委", "黄冈市", "黄州区, 团风县, 红安县, 麻城市, 罗田县, 英山县, 浠水县, 蕲春县, 武穴市, 黄梅县")
# hd60b's seeds/2021-06-01_huanggang-rongru-wuhan-chengshiquan-xingdong-fangan.txt: its opening and 总体要求 (traditional characters).
PROGRAMME = ('為全面貫徹落實省委十一屆八次全會作出的“一主引領、兩翼驅動、全域協同”區域發展布局的工作部署,加快融入武漢城市圈同城化發展,'
             '制定本行動方案。\n一、總體要求\n以習近平新時代中國特色社會主義思想為指導,深入貫徹黨的十九大和十九屆二中、三中、四中、五中全會'
             '精神及省委、省政府工作要求,全面貫徹新發展理念,牢牢把握新發展階段,服務構建新發展格局,圍繞武漢“五個中心”建設,大力實施“對接大'
             '武漢,建設新黃岡”戰略,加強規劃對接,深化交通一體、產業協作、市場聯動、科創協同、功能互補,著力打造武漢城市圈重要產業功能區、創新'
             '成果轉化區、品質生活服務區,為實現黃岡高質量發展提供有力支撐。\n')
# hd60b's suggestion.txt, whole.
SUGGESTION = ('关于加快黄团浠一体化发展的建议\n\n黄州、团风、浠水三地山水相连、人缘相亲，是黄冈主城区和融入武汉都市圈的前沿。目前三地在规划衔接、'
              '交通互联、产业协作和公共服务共享方面仍存在各自为政、重复建设等问题。为此建议：\n'
              '一、建立黄团浠一体化发展工作机制，成立工作专班，统筹推进三地一体化发展；\n'
              '二、加强规划统筹衔接，编制黄团浠一体化发展规划，将其纳入全市“十五五”规划；\n'
              '三、加快交通基础设施互联互通，推进三地快速通道和公交一体化建设；\n'
              '四、推动产业协同布局，错位发展，共建产业园区，承接武汉产业转移；\n'
              '五、推进公共服务共建共享，推动政务服务跨区通办、教育医疗资源共享。\n')


def test_the_creed_a_programme_follows_is_not_quoted_as_material_on_the_subject(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HUANGGANG)
    _, out = seeds_draft(tmp_path, ws, {"2021-06-01_huanggang-rongru-wuhan-chengshiquan-xingdong-fangan.txt": PROGRAMME},
                         "45", "关于加快黄团浠一体化发展的建议", SUGGESTION, "--deputy", "徐友明", "--session", "市六届人大五次会议",
                         "--date", "2025-07-15")
    notes = comments_on(out, "【待补充：建立黄团浠一体化发展工作机制")
    assert notes and "没有本单位此方面的工作情况" in notes[0]
    assert not any("思想为指导" in n or "涉及“一体”" in n for n in notes)


# hd74b's suggestion.txt (its four asks restated from the real reply), whole.
PARK_TITLE = "关于进一步加大要素投入力度，加快次邱镇食品工业园建设的建议"
PARK = (PARK_TITLE + "\n建议进一步加大要素投入力度，加快次邱镇食品工业园建设：一是在全县规划中明确次邱镇食品工业园区的主导产业和发展方向；"
        "二是加大园区供热、供气、污水处理等基础设施建设支持力度；三是支持园区项目申报省市重点项目，解决用地、资金等要素制约；"
        "四是发挥芦花鸡等产地和原料优势，加强招商，培育、引进食品加工企业，延伸产业链条。\n")


def test_a_long_asks_scope_gives_way_to_what_it_asks_not_to_the_title():
    phrases = [a.phrase for a in parse_asks(PARK, PARK_TITLE)]
    assert phrases == ["明确次邱镇食品工业园区的主导产业和发展方向", "加大园区供热、供气、污水处理等基础设施建设支持力度",
                       "支持园区项目申报省市重点项目", "发挥芦花鸡等产地和原料优势"]


def test_a_text_cut_after_an_ages_de_reads_its_figures():
    """A stored page cut after an age and its 的 (…174名80岁以上的) gave an AttributeError in find_figures; it reads its counts."""
    assert [(f.value, f.unit) for f in find_figures("为 258 名分散供养特困人员和 174 名 80 岁以上的")] == [(258, "名"), (174, "名")]


# hd75a's seeds/2021-08-10_新疆已建成体育场地6.77万个.txt: its title and first two paragraphs, as stored (traditional characters).
XINJIANG = ("新疆已建成體育場地6.77萬個 人均體育場地面積達2.03平方米\n\n"
            "年來,新疆不斷加快體育場館、場地設施建設。截至目前,已建成體育場地6.77萬個(室內體育場館0.95萬個,室外體育場地5.82萬個),"
            "人均體育場地面積達2.03方米。相比2018年底,體育場地增加0.61萬個,人均場地面積增加0.09方米。\n\n"
            "與此同時,新疆全力推進全民健身工程。目前已建成縣級全民健身中心86個,占全疆總數的93%;建成鄉鎮農民體育健身工程452個、"
            "行政村農牧民體育健身工程8601個。\n")
HORGOS_ASK = "关于在幸福社区建立赛马场、提供农牧民娱乐活动场所的建议"
HORGOS_TEXT = (HORGOS_ASK + "\n\n幸福社区农牧民群众喜爱赛马、叼羊等民族传统体育活动,但目前缺少固定的赛马场地和农牧民文体娱乐活动场所。"
               "建议在幸福社区建立赛马场,为农牧民提供开展赛马等传统体育活动和娱乐活动的场所,丰富农牧民群众文化体育生活。\n")


def test_a_page_on_a_regions_whole_is_the_regions_not_the_bureaus(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "霍尔果斯市文化体育广播电视和旅游局", "市文旅局", "霍尔果斯市", "伊车嘎善锡伯族乡")
    _, out = seeds_draft(tmp_path, ws, {"2021-08-10_新疆已建成体育场地6.77万个.txt": XINJIANG}, "4", HORGOS_ASK, HORGOS_TEXT,
                         "--deputy", "努勒毛大·达吾提开勒得", "--session", "霍尔果斯市第二届人民代表大会第三次会议", "--date", "2023-08-22")
    assert {line.split(":", 1)[1].strip() for f in (tmp_path / "ws" / "facts").glob("*.yaml")
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip().startswith("jurisdiction:")} == {"新疆维吾尔自治区"}
    assert "8601" not in "\n".join(part_one(docx.Document(str(out))))
