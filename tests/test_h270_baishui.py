"""Findings of held-out round hd51b (白水县农业农村局, 陕西): a 县政协 proposal 关于建立苹果无病毒采穗圃的建议 signed by 高华 with
10 other members, drafted from the bureau's own reply to a 网民留言 (2023) and six news pages on the county's apples.

Short excerpts of the tester's seeds (the reply as its mirror printed it, simplified) are distilled through the public path
of ``drafter distill``.
"""

from __future__ import annotations

import docx

from drafter.compose.suggestion import signed_with
from drafter.compose.synonyms import synonyms_of
from helpers import comments_on, distil, fact_saying, seeds_draft, unit_workspace

TITLE = "关于建立苹果无病毒采穗圃的建议"
SUGGESTION = f"{TITLE}\n提案人：高华（与刘磊等10位委员联名）\n建议：建立苹果无病毒采穗圃。\n"
# The bureau's 2023 reply to a 网民留言 (its first two points, as distilled).
REPLY = (
    "同志：\n您好！感谢您对我们农业农村局工作的关心和支持。针对您反映的情况，现将有关情况回复如下：\n"
    "1、注重提升苹果种植生产环节。召开了苹果新优品种推广工作会，印发《关于做好2022年苹果新优品种推广工作的通知》，加快果园高接换优，"
    "瑞阳、瑞雪、瑞香红等新优品系推广步伐，促进果园提质增效。在雷牙镇、杜康镇划定建设2000亩核心区，进一步提高果园管理水平和优果率。"
    "截止目前，已完成苹果新优品种推广1.2万亩，其中高接换优完成9600余亩。\n"
    "2、注重苹果产业技术培训。结合瑞阳、瑞雪、瑞阳红等新优品种推广技术需求，积极邀请西农试验站、园艺站等技术人员深入田间地头开展"
    "各类技术培训。截止目前，已举办各类专题培训会10场次，培训人数600人次以上。\n"
    "白水县农业农村局\n2023年4月27日\n"
)


def _workspace(tmp_path):
    return unit_workspace(tmp_path / "ws", "白水县农业农村局", "县农业农村局", "白水县", work="")


def _draft(tmp_path, seeds: dict[str, str] | None = None, text: str = SUGGESTION):
    ws = _workspace(tmp_path)
    result, out = seeds_draft(tmp_path, ws, seeds or {"2023-04-27_县农业农村局网民留言回复_苹果产业.txt": REPLY}, "74", TITLE,
                              text, "--deputy", "高华", "--session", "县政协第十届二次会议", "--type", "B", "--proposal",
                              "--date", "2023-11-17", "--force")
    return result, out


def test_the_opening_names_the_members_signing_with_the_lead(tmp_path):
    """hd51b F6: 提案人：高华（与刘磊等10位委员联名）: the real reply opened «您和刘磊等10位委员提出的…», the draft «您提出的《…》（第74号）
    已收悉». The opening names the co-signers the text names; the addressee line stays the lead proposer."""
    _, out = _draft(tmp_path)
    texts = [p.text for p in docx.Document(out).paragraphs]
    assert "高华委员：" in texts
    opening = next(t for t in texts if "已收悉" in t)
    assert opening.startswith("您和刘磊等10位委员提出的《关于建立苹果无病毒采穗圃的建议》"), opening


def test_who_signs_with_the_lead_as_the_text_names_them():
    """The co-signers named by one of them and their number, signing (联名, 附议) with one person; none for a proposer already
    counting them (高华等11位: the address says so), for a collective or where the text names none."""
    assert signed_with("高华", SUGGESTION) == "刘磊等10位委员"
    assert signed_with("王艳", "领衔代表：王艳\n本建议由王艳与李强等5名代表共同附议。") == "李强等5名代表"
    assert signed_with("高华等11位", SUGGESTION) is None
    assert signed_with("民盟白水县委", SUGGESTION) is None
    assert signed_with("高华", "提案人：高华\n建议：建立苹果无病毒采穗圃。") is None
    assert signed_with("高华", "提案人：高华等3位委员\n刘磊等10位委员参加了调研。") is None


def test_work_near_an_ask_the_base_holds_nothing_on_is_offered_in_its_comment(tmp_path):
    """hd51b F1: the gap under 建立苹果无病毒采穗圃 said «已收集的材料中没有本单位此方面的工作情况» while the bureau's own 2023 reply
    reports its work on the same crop's varieties (已完成苹果新优品种推广1.2万亩，其中高接换优完成9600余亩). The comment names the
    bureau's newest work with figures on the ask's thing (苹果), its densest sentence, to compare; the text drafts none of it."""
    _, out = _draft(tmp_path)
    texts = [p.text for p in docx.Document(out).paragraphs]
    assert not any("1.2万亩" in t for t in texts)  # (a comment: never drafted as the answer)
    gap = next(t for t in texts if "待补充" in t and "采穗圃" in t)
    note = "".join(comments_on(out, gap[:6]))
    assert "有相近的情况" in note and "“截止目前，已完成苹果新优品种推广1.2万亩，其中高接换优完成9600余亩。”" in note, note
    assert "可参考：请写明近年的工作举措和成效" in note


# The probe's page: the county's briefing on its apples (seeds/2022-12-31_新闻发布会_白水苹果主导产业助力乡村振兴（日期不详）.txt, three
# paragraphs of it, as saved).
BRIEFING = (
    "白水县地处陕西关中平原与陕北高原的过渡地带,全县总面积986平方公里,总人口30万。白水县人民政府副县长王旭东介绍白水苹果主导产业助力乡村振兴有关情况。\n"
    "近年来,白水县委、县政府按照“市域统筹、县区主体、协同发展、各具特色”的县域经济高质量发展思路,先后制定出台《加快推进白水苹果高质量发展的意见》《白水苹果全产业链典型县建设方案》,围绕“苗木供应链、种植生产链、加工流通链、销售消费链、创新链、安全监管链、服务链、苹果关联链”8条产业链,计划用5年时间实施24项工程,使白水苹果全产业链总产值达到120亿元以上。\n"
    "推行高效化生产模式,建成全国首个专业化苹果试验站—西北农林科技大学白水苹果试验站,成功培育瑞阳、瑞雪、瑞香红等自主新优品系,全县推广面积7.2万亩,目前市场平均价格7元/斤,深受消费者青睐,产品供不应求。建成2000亩国内领先的脱毒苗木繁育基地,年供应优质苗木100万株以上。今年我们向非洲出口苗木210株,实现了陕西苹果苗木出口非洲“零”的突破。培育170余家苹果专业合作社,推广“全托管、半托管、反托管”果园托管模式,全县托管果园7万亩,亩均增收15\n"
)


def test_virus_free_stock_is_said_by_its_other_name(tmp_path):
    """hd51b F2: 无病毒 and 脱毒 name one thing (planting stock freed of viruses), and the probe's «建成2000亩国内领先的脱毒苗木繁育基地»
    was not found for 建立苹果无病毒采穗圃. Said by one name, the ask's search says the others; a bare 无毒 (无毒社区, drug-free) is
    none of them."""
    assert "脱毒" in synonyms_of("建立苹果无病毒采穗圃", unit_workspace(tmp_path / "w", "白水县农业农村局", "县农业农村局", "白水县"))
    _, out = _draft(tmp_path, {"2022-12-31_新闻发布会_白水苹果主导产业助力乡村振兴（日期不详）.txt": BRIEFING})
    assert any("脱毒苗木繁育基地" in p.text for p in docx.Document(out).paragraphs)


def test_drug_free_is_no_virus_free(tmp_path):
    """无毒社区 (禁毒) is not 脱毒 stock: the group holds no bare 无毒."""
    assert not synonyms_of("创建无毒社区", unit_workspace(tmp_path / "w", "某县公安局", "县公安局", "某县"))


def test_a_word_praising_the_thing_counted_is_not_what_is_counted():
    """hd51b F5: «十余个精彩的文艺节目在开幕式亮相» gave the figure 10个 counting 精彩, an adjective and 的 before the noun counted: the
    programmes are counted; a noun before 的 still is (2000名学生的标准化学校 counts the pupils)."""
    from drafter.distill.figures import find_figures

    assert [(f.raw, f.counts) for f in find_figures("丰收节现场，十余个精彩的文艺节目在开幕式亮相，展现出农民丰收的喜悦。")] == [
        ("十余个", "文艺节目")]
    assert [(f.raw, f.counts) for f in find_figures("建成可容纳2000名学生的标准化学校")] == [("2000名", "学生")]


def test_towns_listed_before_a_figure_share_it():
    """hd51b F7: «在雷牙镇、杜康镇划定建设2000亩核心区» gave 2000亩 the place 杜康镇 alone: the towns joined by 、 share the figure."""
    from drafter.distill.places import figure_places

    text = "在雷牙镇、杜康镇划定建设2000亩核心区，进一步提高果园管理水平和优果率。"
    assert figure_places(text, [text.index("2000")], "白水县", "白水县") == ["雷牙镇、杜康镇"]
    text = "杜康镇划定建设2000亩核心区。"
    assert figure_places(text, [text.index("2000")], "白水县", "白水县") == ["杜康镇"]


# The 2022-09-26 page of 国际在线 (seeds/2022-09-26_国际在线_白水苹果陆续成熟.txt, four lines and its last as saved): captions credited
# 摄影 董张曼 between paragraphs, a cooperative's head quoted (我们新建的…) last.
HARVEST_NEWS = (
    "陜西省渭南市白水縣是中國最早命名的“中國蘋果之鄉”,國家級出口蘋果品質安全示範區。北緯35°的溫暖陽光,海拔800米的純凈土地,在986平方公里的土地上,孕育了原生中國味道的白水蘋果。\n"
    "色澤艷麗的白水蘋果 攝影 董張曼\n"
    "進入九月,白水蘋果陸續成熟。一串串紅彤彤、黃橙橙的蘋果在陽光的照射下,散發著迷人的芳香。今年白水早中熟蘋果挂果面積4萬餘畝,産量6萬餘噸,價格從每斤2元上漲到4元多。早中熟蘋果錯峰上市,延長了蘋果銷售週期,為果農帶來了可持續收益。\n"
    "果農正在採摘白水蘋果 攝影 董張曼\n"
    "備受關注的“三瑞”蘋果將於十月陸續成熟上市,今年發展勢頭更加強勁。四季香合作社負責人説:“我們新建的‘三瑞’\n"
)


def test_a_page_whose_captions_credit_a_photographer_is_news(tmp_path):
    """hd51b F3: the page of 国际在线 was filed as 总结/计划, its captions «色泽艳丽的白水苹果 摄影 董张曼» read as headings: a caption
    credited 摄影 X marks a news outlet's page, as 记者 X 摄 does; its facts are no work report of the bureau's."""
    from drafter.model import NEWS

    ws = _workspace(tmp_path)
    assert distil(tmp_path, ws, HARVEST_NEWS, "2022-09-26_国际在线_白水苹果陆续成熟.txt").source.kind == NEWS


# 新华网's page on the harvest (seeds/2023-10-23_新华网_白水县红苹果映红黄土地.txt, its header and first two captions as saved).
XINHUA = (
    "首页/ 走进白水 / 名优特产 / 正文\n"
    "\n"
    "白水县:红苹果映红黄土地\n"
    "\n"
    "来源:新华网 发布时间:2023-10-23 09:30\n"
    "\n"
    "10月13日,白水县新农田农业科技有限公司员工在苹果种植基地,使用苹果采摘作业平台收获苹果。\n"
    "\n"
    "10月12日,白水县秋林苹果专业合作社理事长林秋芳在苹果园采摘苹果。近年来,她带领群众一起致富,依托合作社,开展“合作社+农户+基地”的经营模式,并通过学习培训,让80名员工拿到了新型职业农民资格证书。\n"
    "\n"
)


def test_a_business_s_people_at_their_trade_are_no_work_of_the_bureau(tmp_path):
    """hd51b F4: other parties' acts were the bureau's done facts — a company's staff harvesting (10月13日，白水县新农田农业科技有限公司
    员工在苹果种植基地…收获苹果), a cooperative's head picking apples (…合作社理事长林秋芳在苹果园采摘苹果), a courier's staff packing
    (一大早，中通快递的员工们就开始打包苹果): a statement opening on a business's people at their trade is context; a count of them
    (企业职工基本养老保险参保人数) or the bureau having them at work (我局组织…员工) is not."""
    from drafter.distill.facts import PRIVATE_HANDS
    from drafter.model import CONTEXT

    ff = distil(tmp_path, _workspace(tmp_path), XINHUA, "2023-10-23_新华网_白水县红苹果映红黄土地.txt")
    assert [f.kind for f in ff.facts if "员工" in f.text or "理事长" in f.text] == [CONTEXT, CONTEXT]
    assert PRIVATE_HANDS.match("一大早，中通快递的员工们就开始打包苹果准备快递运输。")
    assert not PRIVATE_HANDS.match("全县企业职工基本养老保险参保人数达12万人。")
    assert not PRIVATE_HANDS.match("我局组织公司员工在基地开展培训。")


def test_a_place_told_by_what_it_is_known_as_is_background(tmp_path):
    """hd51b F4: «陕西省渭南市白水县是中国最早命名的“中国苹果之乡”，国家级出口苹果品质安全示范区…» opening the 国际在线 page was a done
    fact: a place told by what it is known as (…是…之乡) is background, as where it lies is."""
    from drafter.model import CONTEXT

    ff = distil(tmp_path, _workspace(tmp_path), HARVEST_NEWS, "2022-09-26_国际在线_白水苹果陆续成熟.txt")
    assert fact_saying(ff, "中国苹果之乡").kind == CONTEXT


def test_a_page_cut_after_naming_who_tells_keeps_no_teller():
    """hd51b F4: pages cut mid-sentence kept «…由此可见一斑。据白水苹果产业发展中心主任赵建信介绍» (中国日报网, cut after 白水县苹果核心区
    目前) and «…四季香合作社负责人说：“我们新建的‘三瑞’» (国际在线, cut inside a quotation after a quote closed in it): the teller alone
    goes with the clause the cut left unfinished."""
    from drafter.distill.facts import finished_end

    assert finished_end("从吃苹果到喝果酒尝果醋，再到体验农事乡村游，白水县苹果全产业链由此可见一斑。据白水苹果产业发展中心主任赵建信介绍，"
                        "白水县苹果核心区目前") == "从吃苹果到喝果酒尝果醋，再到体验农事乡村游，白水县苹果全产业链由此可见一斑。"
    assert finished_end("备受关注的“三瑞”苹果将于十月陆续成熟上市，今年发展势头更加强劲。四季香合作社负责人说：“我们新建的‘三瑞’") == (
        "备受关注的“三瑞”苹果将于十月陆续成熟上市，今年发展势头更加强劲。")
