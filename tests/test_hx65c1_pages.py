"""hx65c1: the held-out round hd65c's distillation faults 6–10 (西充县文化广播电视和旅游局), each on its seed's real lines.

F6. A statement opened by the place's name without its level (近年来，西充以农业为基础…; 在规划上，西充坚持…) is the place's own
    work as one opened by its full name is (was background); not a name the bare name opens (栖霞苹果, 珠海民营经济主体, 泉州发展集团).
F7. In the place's own news, under the page's subhead of its theme (科学谋划，乡村旅游发展呈现新格局), a statement naming no subject
    that tells results won with figures (编报…36个，其中…9个…纳入…库) or a plan made by its title (高端编制《…规划》) is its work.
F8. A run of months from January (1—12月) on a page of April is the year before's, as 截至12月底 is (the figures were the
    page's year); one after a word of a year (每年1至3月) is no present.
F9. A sentence ends after the closing quote of its stop (…一饱眼福！”), never leaving it to open the next (”张澜故居…).
F10. A count right after the noun the count before it names (30余种梅树10000余株) counts that noun (was none).
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.facts import stem_subject
from drafter.distill.figures import find_figures
from drafter.distill.periods import present_year, time_mentions

XICHONG = ("西充县文化广播电视和旅游局", "县文广旅局", "西充县", "晋城街道, 仙林街道, 莲池镇, 凤鸣镇, 义兴镇, 古楼镇, 多扶镇, 槐树镇, 青狮镇")

# seeds/2020-04-04_西充县狠抓以乡村旅游为特色的文旅品牌建设.txt of hd65c: its head and first two sections' opening paragraphs.
BRAND = ("西充县狠抓以乡村旅游为特色的文旅品牌建设\n来源:中国网 时间:2020-04-04 09:25:22 编辑:杨仁昌\n黑柏山村湿地公园。刘莉 摄\n"
         "2019年以来,西充县紧扣 “三大定位”战略目标、“533战略规划”路径、“10+2”大事战略支撑,以打造立足成渝、面向西部的“乡村旅游目的地”"
         "为抓手,深入贯彻省委、市委、县委文化旅游发展大会精神,狠抓以乡村旅游为特色的文旅品牌建设,文旅融合发展迅速,经济效益明显。1—12月,"
         "全县旅游接待人数560万人次,实现旅游综合收入52.01亿元。\n科学谋划,乡村旅游发展呈现新格局\n以争创国家全域旅游示范区为抓手,对标省级全域"
         "旅游示范区创建标准,高端编制《西充县2018—2025年全域旅游规划》,全域布局 “三山”(百福山、凤凰山、化凤山)、“两湖”(青龙湖、莲花湖)、"
         "“四带”(有机乡村慢生活带、充国香桃生态旅游带、百福寺—万年山森林康养带、青龙湖国家湿地公园田园风光带),重点编制张澜故里提档升级规划、"
         "凤鸣—义兴有机慢生活示范带规划。\n编报全省文化和旅游重点项目36个,其中凤鸣—义兴有机乡村慢生活示范带、仙林牡丹文化公园、百福寺—万年山"
         "康养生态小镇等9个工程项目纳入全省文化和旅游重点项目库,构建乡村旅游由点到线、由线到面,全面发展新格局。三是全面启动全县历史文化旅游资源"
         "大普查,深入挖掘乡镇特色文旅资源,为“打造乡村旅游目的地”提供资源基础。\n深入实施,重点项目建设取得新成效\n重点抓好“10+2”大事之"
         "“农业公园和乡村旅游目的地建设工程”,加快完善和推进重点文旅项目建设。\n")
# seeds/2022-12-23_西充县上榜2022年四川省休闲农业重点县.txt of hd65c: its head and first three paragraphs.
LISTED = ("西充县上榜2022年四川省休闲农业重点县\n\n2022-12-23 08:28:23来源:南充日报编辑:王青山\n\n12月20日,记者从市农业农村局获悉,"
          "日前省农业农村厅正式对外公示2022年四川省休闲农业重点县名单,全省共15个县(市、区)入围名单,西充县榜上有名。\n\n近年来,西充以农业为"
          "基础,以文化为灵魂,以旅游为推手,坚持“精品化打造、片区化布局、产业链带动”发展理念,按照“一核、一带、四区”空间布局,建立以全域旅游规划"
          "为引领、各类专项规划为补充的旅游规划体系,形成了农业打底、文化引领、旅游带动、多业融合的全要素发展格局,着力建设集现代农业观光、乡村度假"
          "休闲、民俗风情体验为一体的乡村旅游目的地。\n\n在规划上,西充坚持“全域规划、多规融合、组团发展”思路,编制完成《西充县乡村旅游发展总体"
          "规划》,逐步建设历史人文感悟游、花卉田园景观游、有机生活品鉴游等旅游环线,按照“功能分区、优势互补,联动打造、分步推进”原则,将农文旅"
          "发展相结合,推动标志性景区建设,着力打造养生体验、娱乐休闲、农业观光、花卉田园等乡村旅游精品景区,全域旅游发展总体布局初步完成。年均接待"
          "游客300万人次以上,实现旅游综合收入30亿元以上,涉旅企业30余家,2万多名群众参与旅游产业。\n")
# seeds/2022-04-07_张澜故里文旅兴业旅游富民.txt of hd65c: its head, lede and the paragraph of the plum grove.
PLUMS = ("张澜故里:文旅兴业旅游富民\n风来时狂放 发表于:2022-4-7 19:54:38 复制链接 发表新帖\n阅读数:382\n\n\n●李同周\n\n"
         "位于西充莲池镇的张澜故里景区,拥有厚重的人文历史、良好的自然生态、浓郁的乡村风情、秀丽的田园风光。近年来,西充县把张澜故居保护开发纳入"
         "全县经济社会发展总体规划,不断推动张澜故里景区提档升级,并立足当地人文生态优势,将文化、旅游融合发展,走出了一条文旅兴业、旅游富民的特色"
         "发展之路。\n\nA擦亮名片提档升级张澜故里景区\n\n一到景区,一片梅林呈现眼前。“每年1至3月是故居梅花盛放的时候,粉、红、白三色梅花漫山"
         "遍野,暗香幽来。喜欢梅花的游客可以在这里一饱眼福!”张澜故居管理所所长李晓松介绍,园区内种植了杏梅、墨梅、残雪、骨里红、榆叶梅等30余种"
         "梅树10000余株,主要集中在梅园和沿线的景观旅游大道。\n\n李晓松介绍,在张澜故居冬可以赏腊梅,春有梅花、玉兰花,四月始赏玫瑰,七八月份正是"
         "赏紫薇、睡莲、荷花的好时节。\n")


def xichong_facts(tmp_path, page: str, name: str):
    """``page`` distilled as the file ``name`` in a workspace of hd65c's bureau: its facts."""
    return distil(tmp_path, unit_workspace(tmp_path / "ws", *XICHONG), page, name).facts


def test_f6_the_places_bare_name_opening_a_statement_is_the_place_doing_its_work(tmp_path):
    facts = xichong_facts(tmp_path, LISTED, "2022-12-23_西充县上榜2022年四川省休闲农业重点县.txt")
    said = [first_saying(facts, opening) for opening in ("近年来，西充以农业为基础", "在规划上，西充坚持")]
    assert [(f.kind, f.jurisdiction, f.period.year) for f in said] == [("done", "西充县", 2022)] * 2  # (were context)
    assert stem_subject("在规划上，西充坚持“全域规划、多规融合、组团发展”思路，编制完成《西充县乡村旅游发展总体规划》", "西充")
    # (a name the bare name opens is no subject: hd62b's 栖霞苹果被全世界大使馆…指定為專用瓜果, hd56c's headline, a body in 泉州's
    # 2024 report, 指导集力生物、泉州发展集团2个人才团队申报…)
    assert not stem_subject("栖霞苹果被全世界大使馆、上合组织青岛峰会指定为专用瓜果，2020年品牌价值达66.31亿元。", "栖霞")
    assert not stem_subject("珠海民营经济主体已超40万户 拟设立“民营企业服务日”", "珠海")
    assert not stem_subject("泉州发展集团2个人才团队申报市高层次人才团队，其中集力生物黄博士团队获得认定", "泉州")


def test_f7_a_subjectless_result_or_plan_made_under_the_pages_themed_subhead_is_the_places_work(tmp_path):
    facts = xichong_facts(tmp_path, BRAND, "2020-04-04_西充县狠抓以乡村旅游为特色的文旅品牌建设.txt")
    projects = first_saying(facts, "编报全省文化和旅游重点项目36个")
    assert projects.section == ["科学谋划，乡村旅游发展呈现新格局"]
    assert (projects.kind, projects.jurisdiction) == ("done", "西充县")  # (was context)
    plan = first_saying(facts, "高端编制《西充县2018—2025年全域旅游规划》")
    assert (plan.kind, plan.jurisdiction) == ("done", "西充县")  # (was context)


def test_f8_january_to_december_on_a_page_of_april_is_the_year_before(tmp_path):
    facts = xichong_facts(tmp_path, BRAND, "2020-04-04_西充县狠抓以乡村旅游为特色的文旅品牌建设.txt")
    figures = {g.raw: g.year for g in first_saying(facts, "1—12月").figures}
    assert figures == {"560万人次": 2019, "52.01亿元": 2019}  # (were 2020)
    assert present_year("1—12月", 2020, 4) == 2019 and present_year("1—3月", 2020, 4) == 2020
    # (a yearly season, 每年1至3月, names no time of the page's: no mention)
    assert time_mentions("“每年1至3月是故居梅花盛放的时候，粉、红、白三色梅花漫山遍野，暗香幽来。", 2022, 4) == ()


def test_f9_a_closing_quote_stays_with_the_sentence_it_closes(tmp_path):
    facts = xichong_facts(tmp_path, PLUMS, "2022-04-07_张澜故里文旅兴业旅游富民.txt")
    assert not [f.text for f in facts if f.text.startswith("”")]
    assert first_saying(facts, "一到景区").text.endswith("一饱眼福！”")
    grove = first_saying(facts, "30余种梅树")
    assert grove.text.startswith("园区内种植了") and grove.kind == "done"


def test_f10_a_count_after_the_noun_the_count_before_names_counts_it():
    line = "园区内种植了杏梅、墨梅、残雪、骨里红、榆叶梅等30余种梅树10000余株，主要集中在梅园和沿线的景观旅游大道。"
    assert {g.raw: g.counts for g in find_figures(line)} == {"30余种": "梅树", "10000余株": "梅树"}
