"""md60a: findings of the held-out tests hd69b (婺源县农业农村局, 县政协十二届二次会议第18号提案, a reply of 2022-11) and hd68c
(汉中市经济合作局, 市政协五届五次会议第239号提案, 2021-05-29), each on its seeds' and suggestion's real lines.

1. A sentence opening on a disposal with no doer (将全县原有20余个茶叶品牌整合为…, its lead 二是做品牌。 and frame cut) given its
   date or the flag of its period in front is given its doer after it: the place as its letters call it (我县) in another's
   account of the place, noted (was 【待更新：统计期】，将全县…, no subject).
2. A fact whose figure counts the thing the ask's key ends on (户均年增收 of 带动农民增收) is on the ask however few of the
   query's words it shares (户均年增收5万元 shared 增收, 脱贫 only and was never searched up, leaving the undated generic
   …推动了农业增效和农民增收 alone under （四）).
"""

from __future__ import annotations

from helpers import wuyuan_draft

# seeds/2019-03-26_生态加产业乡村振兴路径研究.txt of hd69b: its head and its second item's paragraph (as test_hx69b2 has it).
PAPER = ("APP下载\n\n“生态+产业”:乡村振兴的路径研究\n——以江西婺源乡村振兴为个案\n\n2019-03-26\n\n福建质量管理 2019年20期\n"
         "关键词:婺源县婺源油菜花\n\n(西北工业大学 陕西 西安 710072)\n\n一、“农业+旅游”:打牢乡村振兴的产业基础\n\n"
         "(二)做好特产,把农特产品变成旅游商品。婺源县把农特产品变成旅游商品,提升农业产品的附加值。一是做龙头。目前省、市农业龙头企业分别"
         "达到7家、27家。龙头企业在开拓市场、创新科技、带动农户方面发挥了积极作用,增强了农业的旅游服务能力,推动了农业增效和农民增收。"
         "二是做品牌。围绕振兴“千年茶乡”目标,将全县原有20余个茶叶品牌整合为“婺源绿茶”一个品牌,实行“统一品牌、统一标准、统一宣传营销”。\n")
# seeds/2020-05-06_产业富农文明兴村.txt of hd69b (中国城市报): its head and its first two paragraphs.
NEWS = ("当前位置:首页 > 新闻频道 > 媒体看婺源\n\n[中国城市报]江西婺源:产业富农 文明兴村(图文)\n\n"
        "发布时间:2020-05-06 12:22:46  作者: 叶中华 江淦泉  来源:中国城市报  点击数:载入中…\n\n篁岭晒秋。\n\n"
        "江西省上饶市婺源县篁岭村置身于海拔1260 米的石耳山中,有着近600年历史。旅游开发之前,篁岭村一度成为“空心村”。2009年,"
        "婺源县乡村文化发展有限公司开始进入篁岭进行古村开发保护,通过资本注入、产权置换,以山上旧宅置换山下新宅方式,对篁岭村320名村民"
        "进行搬迁,实现了“村民下山、游客进村”,让地道农民变为旅游从业者,构建起村民和景区的利益共同体。\n\n"
        "如今,篁岭村已经从一个“养在深闺人未识”的村庄,成长为国家4A级景区。篁岭景区周边的晓容、前段、栗木坑、篁岭新村等村庄有50余家"
        "从事农家乐经营的农户,户均年增收5万元,“旅游脱贫”在这里已经变为现实,形成了独具特色的“篁岭模式”。\n")
SEEDS = {"2019-03-26_生态加产业乡村振兴路径研究.txt": PAPER, "2020-05-06_产业富农文明兴村.txt": NEWS}


def _section(body: list[str], heading: str) -> list[str]:
    at = body.index(heading)
    end = next(k for k in range(at + 1, len(body)) if body[k].startswith("（") or body[k].startswith("二、"))
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
