"""hd43a (枣庄市薛城区市场监督管理局): a gap whose only material is older than max_age names it in its comment (F2: the
2018 news on 农贸市场 under 促进农贸市场与流动摊点相结合, its 农贸市场 one of the things the ask lists, read 没有本单位此方面的工作
情况); a line a page prints three times or more is clutter, and a page opening on verse is named as its file is (F4: the
caption ×10 glued into a fact and made the section of the result, the title 总有一些地方); a unit only come along on a visit
is not the page's, the one whose work the visitors heard is (F5: 市市场监管局…陪同 read as the issuer)."""

from __future__ import annotations

from helpers import comments_on, distil, seeds_draft, unit_workspace

from drafter.distill.places import short_forms

# hd43a's seeds/2018-07-30_薛城农贸市场整治提升.txt, whole (its last sentence cut as the page cut it).
MARKETS = """她们,承载了薛城人太多记忆,如今已不是旧模样……

每个城市

总有一些地方

承载着人们成长的记忆

在薛城

有铁道游击队纪念碑,有沿河公园,有新华书店……

但说起素有“菜篮子”之称的

北批农贸市场、四季春市场、清泉市场

恐怕是那记忆中最热闹的一段吧

这几年,薛城在变美。但是由于这几个市场位于老旧居民区内,市场交通不便,人流、车流、物流拥挤严重,环境一度脏乱差,服务功能弱,成为城市治理的难点所在。

她们,承载了薛城人太多记忆,如今已不是旧模样……

她们,承载了薛城人太多记忆,如今已不是旧模样……

创建国家卫生城市号角吹响后,今年年初开始,薛城区广筹资金整治市场市容环境,全面提升环境品质,擦亮“菜篮子”新招牌,让“美丽薛城”更加名副其实,老百姓购物更加放心、舒心。

近日,记者来到这几个市场,薛城几代人记忆中的这几个市场,已不是旧模样……

北批市场

她们,承载了薛城人太多记忆,如今已不是旧模样……

她们,承载了薛城人太多记忆,如今已不是旧模样……

她们,承载了薛城人太多记忆,如今已不是旧模样……

她们,承载了薛城人太多记忆,如今已不是旧模样……

她们,承载了薛城人太多记忆,如今已不是旧模样……

她们,承载了薛城人太多记忆,如今已不是旧模样……

她们,承载了薛城人太多记忆,如今已不是旧模样……

薛城区将农贸市场改造纳入惠民工程,围绕治脏,增加市场保洁人员、管理人员多名,在活禽售卖区,建设了活禽售卖板房区域,隔离售卖,不断加大市场卫生保洁的频次和管理力量;围绕治乱,制作悬挂大型功能分区指示牌,重新划行归市,禁止摊外摆放、店外摆放。施划停车位,设置了市场门禁隔离桩,在疏菜零售区柜台之间设置了硬隔离,防止三轮
"""
CAPTION = "她们，承载了薛城人太多记忆，如今已不是旧模样……"
# hd43a's seeds/2024-07-25_省局检查组调研薛城消费者权益保护.txt, whole.
VISIT = """近日,山东省市场监管局检查组来薛城区调研检查消费者权益保护工作,市市场监管局党组和法规科有关人员陪同。
检查组采取召开座谈会的方式进行调研检查,听取了薛城区市场监管局关于食品安全抽检、队伍建设、行政执法、行刑衔接、消费者权益保护等方面的工作汇报,对薛城区局工作取得的成效给予充分肯定;与相关队室所负责人进行了座谈交流,特别就职业索赔人恶意投诉举报损害营商和消费环境的问题听取了大家的意见建议。
下一步,薛城区市场监管局将进一步提高站位,强化措施,扎实落实省、市局的工作部署,持续深入开展专项执法行动,依法保障消费者合法权益,切实营造公平竞争市场秩序和安全放心消费环境。(通讯员宋媛媛)
"""
# hd43b's seeds/2019-01-17_登封国土绿化激活全域旅游.txt, its first lines: the pictures' captions, then the lede.
DENGFENG = """錦繡山川
大熊山七彩旱滑
十二屆中國鄭州國際少林武術節開幕式
嵩山風洞
國土綠化激活綠色經濟,美麗鄉村撐起全域旅遊。近年來,登封市牢固樹立“綠水青山就是金山銀山”的理念,圍繞“生態登封、美麗登封”建設目標,把國土綠化、景區美化、鄉村靚化等納入“全域旅遊”發展規劃,通過植綠護綠,持續改善生態環境,激活鄉村旅遊,拉大全域旅遊框架,走出了一條生態得保護、經濟得發展、鄉村得實惠的共贏之路,推動了旅遊産業的轉型升級。
"""


def _xuecheng(tmp_path):
    return unit_workspace(tmp_path / "ws", "枣庄市薛城区市场监督管理局", "区市场监管局", "薛城区")


def test_old_material_on_one_thing_the_ask_lists_is_named_in_the_gaps_comment(tmp_path):
    ws = _xuecheng(tmp_path)
    _, out = seeds_draft(tmp_path, ws, {"2018-07-30_薛城农贸市场整治提升.txt": MARKETS}, "44",
                         "关于促进农贸市场与流动摊点相结合建议", "领衔代表：孙海峰\n建议促进农贸市场与流动摊点相结合。\n",
                         "--deputy", "hd43a", "--session", "区十三届人大四次会议", "--type", "B", "--date", "2025-07-15",
                         "--with", "区综合行政执法局")
    # (the bureau's part first, 一是, the co-handler's after it in the same section: h214)
    notes = comments_on(out, "一是【待补充：促进农贸市场与流动摊点相结合方面的工作情况")
    assert not any("没有本单位此方面的工作情况" in n for n in notes), notes
    assert any("2018年" in n and "薛城农贸市场整治提升" in n and "距成文年份已7年" in n and "重新起草" not in n for n in notes), notes


def test_a_line_printed_three_times_is_neither_a_fact_nor_a_section(tmp_path):
    ff = distil(tmp_path, _xuecheng(tmp_path), MARKETS, "2018-07-30_薛城农贸市场整治提升.txt")
    assert not any(CAPTION in f.text for f in ff.facts)
    assert not any(CAPTION in s for f in ff.facts for s in f.section)
    result = next(f for f in ff.facts if f.text.startswith("薛城区将农贸市场改造纳入惠民工程"))
    assert result.kind == "done"
    # (the lede before the captions ends there: the result is a paragraph of its own)
    assert any(f.text.startswith("近日，记者来到这几个市场") and "惠民工程" not in f.text for f in ff.facts)


def test_a_page_opening_on_verse_or_captions_is_named_as_its_file_is(tmp_path):
    ws = _xuecheng(tmp_path)
    assert distil(tmp_path, ws, MARKETS, "2018-07-30_薛城农贸市场整治提升.txt").source.title == "薛城农贸市场整治提升"
    assert distil(tmp_path, ws, DENGFENG, "2019-01-17_登封国土绿化激活全域旅游.txt").source.title == "登封国土绿化激活全域旅游"


def test_a_unit_come_along_is_not_the_issuer_the_visited_one_is(tmp_path):
    ff = distil(tmp_path, _xuecheng(tmp_path), VISIT, "2024-07-25_省局检查组调研薛城消费者权益保护.txt")
    assert ff.source.issuer == "薛城区市场监管局"
    assert "市市场监管局" not in short_forms(VISIT.splitlines()[0])
    # (hd41b's seeds/2022-08-22_区人大调研医疗项目.txt: the bureaus' heads only came along on the congress's visit)
    assert not short_forms("调研组实地查看了工程进展情况。区卫健局、区住建局分管领导陪同调研、视察活动。")
