"""md60a: findings of the held-out tests hd69b (婺源县农业农村局, 县政协十二届二次会议第18号提案, a reply of 2022-11) and hd68c
(汉中市经济合作局, 市政协五届五次会议第239号提案, 2021-05-29), each on its seeds' and suggestion's real lines.

1. A sentence opening on a disposal with no doer (将全县原有20余个茶叶品牌整合为…, its lead 二是做品牌。 and frame cut) given its
   date or the flag of its period in front is given its doer after it: the place as its letters call it (我县) in another's
   account of the place, noted (was 【待更新：统计期】，将全县…, no subject).
2. A fact whose figure counts the thing the ask's key ends on (户均年增收 of 带动农民增收) is on the ask however few of the
   query's words it shares (户均年增收5万元 shared 增收, 脱贫 only and was never searched up, leaving the undated generic
   …推动了农业增效和农民增收 alone under （四））.
3. Investment promotion (投资促进, 招商引资) is reported by the events it is done at and the projects signed there (推介会, 签约仪式,
   招商周, 签约项目, 合同项目: :data:`~drafter.compose.synonyms.FIELD_PARTS`), and an ask's phrase naming one by a word (推介 of 广泛
   宣传推介) takes them all when its text names the field (:func:`~drafter.compose.synonyms.phrase_synonyms`); the suggestion's
   subject every ask must say is what every ask's phrase says, not words each says somewhere (搭建…平台 of one's body and another's
   phrase). hd68c's （二）搭建高端平台,广泛宣传推介 then reports the 2019 丝博会 signing (共签约项目141个) and the 2020-12 主题招商周
   (签订合同项目60个，总投资757.9亿元), not a guest body's side agreement at another meeting (市卫健委和…签订框架协议).
4. Where the asks' phrases share no word, the programme every ask's text names in quotes as the title does is the subject all
   the same (md60b): hd68b's 提高思想认识 and 加大宣传力度 both say “人人持证、技能河南”, so 西平县's 严格执行“第一议题”制度…思想同心
   (思想 of 提高思想认识) is on neither and the bureau's account of the programme keeps part one (tests/test_hx68b1.py F1).
"""

from __future__ import annotations

import docx
from helpers import WUYUAN_NEWS, WUYUAN_PAPER, asks_as_drafted, part_one, seeds_draft, unit_workspace, wuyuan_draft

from drafter.compose.synonyms import phrase_synonyms

# hd69b's paper (its 二是做品牌 item) and its 2020 news of 篁岭's households (户均年增收5万元).
SEEDS = {"2019-03-26_生态加产业乡村振兴路径研究.txt": WUYUAN_PAPER, "2020-05-06_产业富农文明兴村.txt": WUYUAN_NEWS}


def _section(body: list[str], heading: str) -> list[str]:
    at = body.index(heading)
    end = next((k for k in range(at + 1, len(body)) if body[k].startswith(("（", "二、"))), len(body))
    return body[at + 1:end]


def test_1_a_disposal_dated_in_front_is_given_its_doer(tmp_path):
    body = wuyuan_draft(tmp_path, SEEDS)
    brand = next(p for p in _section(body, "（二）做强特色产业") if "茶叶品牌" in p)
    assert "，将全县" not in brand, brand  # (was 【待更新：统计期】，将全县原有…)
    assert "我县将全县原有20余个茶叶品牌整合为“婺源绿茶”一个品牌" in brand, brand


def test_2_a_dated_figure_of_the_asks_outcome_answers_it_first(tmp_path):
    body = wuyuan_draft(tmp_path, SEEDS)
    gains = _section(body, "（四）带动农民增收")
    assert gains and "户均年增收5万元" in gains[0], gains  # (was only the undated 龙头企业…推动了农业增效和农民增收)


# hd68c's bureau, and its proposal's opening and two items (suggestion.txt).
HANZHONG = ("汉中市经济合作局", "市经合局", "汉中市", "汉台区, 南郑区, 城固县, 洋县, 西乡县, 勉县, 宁强县, 略阳县, 镇巴县, 留坝县, 佛坪县")
HANSHANG = "关于汇聚异地汉商资源，助力汉中经济发展的提案"
PROPOSAL = ("汉中籍在外企业家(汉商)分布在粤港澳大湾区等全国各地,是我市招商引资的宝贵资源。为更好汇聚异地汉商资源,助力汉中经济发展,建议:\n\n"
            "一、凝聚汉商力量,推动抱团发展。团结在外汉商,打出汉商品牌,培育汉商文化,依托各地汉中商会,组建汉商联盟等组织,"
            "搭建海内外汉中籍企业家沟通交流、协同发展的平台。\n\n"
            "二、搭建高端平台,广泛宣传推介。利用国家和省上举办的各类投资促进活动,加入“汉商元素”,推介汉商资源,收集合作线索,"
            "吸引汉商回乡投资兴业。\n")
# seeds/2019-05-12_sibohui-zhutishi-qianyue.txt of hd68c (香港商报, traditional characters): to its second paragraph.
SIGNED = ("香港商报官网 > 陕西 > 每日经济\n\n第四屆絲博會主題市漢中簽141項目引資1482億\n\n2019-05-12\n来源:香港商报网\n\n漢中市委書記王建軍致辭\n\n"
          "  【香港商報網訊】5月11日,第四屆絲博會的主題市——陝西省漢中市在西安舉行了重點項目推介暨簽約儀式,共簽約項目141個,總投資1482億元。"
          "其中,合同項目91個,總投資646億元;協議項目50個,總投資836億元。\n \n"
          "  推介會上,漢中市經濟合作局作漢中產業招商推介,漢中市招商推介大使採用視頻推介方式介紹了漢中市各縣區、重點園區產業布局、資源稟賦和發展潛力,"
          "西安交通大學科技園有限公司等企業代表作交流發言。\n")
# seeds/2020-12-22_hanzhong-fazhan-dahui.txt of hd68c (汉中日报): its head and first paragraph.
WEEK = ("通版阅读请点击:\n当前版:03版\n本期发布:\n汉中发展大会暨“兴业在汉中”主题招商周启动\n签订合同项目60个 总投资757.9亿元\n"
        "  本报讯(记者 谢昊天)冬至升暖阳,天汉迎盛会。12月21日,以“新机遇、新格局、新起点”为主题的汉中发展大会暨“兴业在汉中”主题招商周"
        "启动仪式在兴汉新区举行。省市领导、中央及省内外大型企业集团代表等1000余人齐聚一堂,共襄盛会。\n")
# seeds/2020-09-18_tonghan-xiezuo-zuotanhui.txt of hd68c: its head and first two paragraphs.
HOSTED = ("当前位置: 首页 > 新闻中心 > 政务要闻\n\n我市举行通汉协作交流座谈会\n\n9月18日,我市举行通汉协作交流座谈会,围绕两地扶贫协作和经济合作,"
          "交流经验、共谋发展。上海中医药大学校长徐建光,中科院院士樊嘉等来自长三角地区的50余名专家、企业家、商协会代表参加。市委常委、常务副市长陈晓勇,"
          "副市长屈占权、邱仕伟参加。\n\n会上,观看了我市宣传片,与会嘉宾作了交流发言。上海市南通商会会长王文其向略阳县捐赠扶贫资金30万元,南通市向我市"
          "捐赠一批图书。为引进长三角优质医疗资源进入汉中,打造“医养在汉中”城市品牌,市卫健委和上海南通名医促进会决定围绕两地在医疗健康卫生领域开展长期"
          "合作,并签订框架协议。\n")


def test_3_an_asks_phrase_naming_an_event_of_the_field_its_text_names_takes_its_settings(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HANZHONG)
    asks, _ = asks_as_drafted(ws, PROPOSAL, HANSHANG)
    said = phrase_synonyms(asks[1].phrase, asks[1].text, ws)
    assert {"招商周", "签约项目", "合同项目"} <= set(said), said
    assert not phrase_synonyms(asks[0].phrase, asks[0].text, ws)  # (its text names no field of a setting its phrase names)
    assert not asks[1].subject  # (搭建, 平台: one's body and the other's phrase, no subject every phrase says)


def test_3_the_bureaus_promotion_results_answer_the_ask_not_a_guests_agreement(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HANZHONG)
    seeds = {"2019-05-12_sibohui-zhutishi-qianyue.txt": SIGNED, "2020-12-22_hanzhong-fazhan-dahui.txt": WEEK,
             "2020-09-18_tonghan-xiezuo-zuotanhui.txt": HOSTED}
    _, out = seeds_draft(tmp_path, ws, seeds, "239", HANSHANG, PROPOSAL, "--deputy", "张红", "--proposal", "--type", "A",
                         "--date", "2021-05-29")
    body = part_one(docx.Document(out))
    promoted = _section(body, "（二）搭建高端平台,广泛宣传推介")
    said = "".join(promoted)
    assert "共签约项目141个，总投资1482亿元" in said and "签订合同项目60个，总投资757.9亿元" in said, promoted
    assert "框架协议" not in said, promoted  # (was the only item there)


# hd68b's bureau, and its suggestion.txt (a 市政协 proposal): its title, and its two asks.
ZHUMADIAN = ("驻马店市人力资源和社会保障局", "市人社局", "驻马店市", "驿城区, 西平县, 上蔡县, 平舆县, 正阳县, 确山县, 泌阳县, 汝南县, 遂平县, 新蔡县")
SKILLS = "关于大力实施“人人持证、技能河南”建设，推动驻马店高质量发展的提案"
CERTIFIED = ("为高质量推进我市“人人持证、技能河南”建设，推动劳动者技能就业、技能增收，建议：\n"
             "一、提高思想认识。各县区、各有关部门要把“人人持证、技能河南”建设摆在重要位置，主要负责同志亲自部署、亲自推动，明确目标任务，"
             "把任务分解落实到县区和行业部门。\n"
             "二、加大宣传力度。切实提高全社会各行各业对“人人持证、技能河南”建设的认识，营造劳动者学技能、考证书、凭技能就业增收的良好氛围。\n")


def test_4_the_programme_every_ask_names_in_quotes_is_the_subject_where_the_phrases_share_none(tmp_path):
    asks, _ = asks_as_drafted(unit_workspace(tmp_path / "ws", *ZHUMADIAN), CERTIFIED, SKILLS)
    assert [a.phrase for a in asks] == ["提高思想认识", "加大宣传力度"]
    programme = {"人人", "人持", "持证", "技能", "能河", "河南"}
    assert all(a.subject == programme for a in asks), [a.subject for a in asks]  # (was none: the phrases share no word)
