"""General reading rules found on held-out round 40 (bureaus of 发展改革, 工业和信息化, 财政, 司法, 退役军人事务, 医疗保障, 林业
and 乡村振兴 of places the earlier rounds did not hold — 钦州市退役军人事务局's 协办 reply to a proposal, a mirror of 横峰县林业局's
second reply to suggestion 15, 临沭县财政局's reply printed as a table's row, and others named in each test).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test) through
the public path a user's ``drafter distill`` takes (read_document → distill_document), in a workspace of the page's own bureau,
and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_texts, unit_workspace


HENGFENG_15 = ("大发体育在线_大发体育投注-彩票平台\n\n图片\n您现在所在的位置是: 首页>执行和结果公开>建议提案办理\n"
               "索引号: E23210/2021-00035 主题分类: 农业、林业、水利\n"
               "发布机构: 大发体育在线_大发体育投注-彩票平台:林业局 生成日期: 2021-01-11 11:27\n"
               "名  称: 大发体育在线_大发体育投注-彩票平台大发体育在线_大发体育投注-彩票平台:第十六届人民代表大会第三次会议代表第15号建议的再次答复\n"
               "文件有效期: 有效\n\n"
               "大发体育在线_大发体育投注-彩票平台大发体育在线_大发体育投注-彩票平台:第十六届人民代表大会第三次会议代表第15号建议的再次答复\n\n"
               "柯维峰、徐梅英等二位代表:\n\n"
               "  根据大发体育在线_大发体育投注-彩票平台:人民代表大会常务委员会办公室《大发体育在线_大发体育投注-彩票平台开展县十六届人大代表"
               "建议办理工作“回头看”活动的通知》(横常办字[2020]2号)精神和要求,就二位代表提出的大发体育在线_大发体育投注-彩票平台要求全覆盖"
               "垦复油茶林的建议”,现再次答复如下:\n\n"
               "县委县政府十分重视油茶产业的发展,特别是把茶农的生产生活和脱贫致富工作列入县委县政府的中心工作议程。\n\n"
               "    近年来,林业部门一直在积极向县政府和上级油茶主管部门争取发展油茶项目资金,用于全县低产油茶林的清杂抚育、深挖垦复、空地补苗等。"
               "到目前为止,已争取国家低产油茶林改造任务18900亩,争取补助资金732万元。下一步,我们将改造任务分解落实到重点区域的油茶重点乡镇、"
               "重点村。\n")


@pytest.fixture
def hengfeng(tmp_path):
    """A workspace of 横峰县林业局."""
    return unit_workspace(tmp_path / "ws_hengfeng", "横峰县林业局", "县林业局", "横峰县")


def test_a_mirrors_ad_with_a_dashed_plug_is_no_text(tmp_path, hengfeng):
    """A mirror of 横峰县林业局's second reply to suggestion 15 (eanku.ahshangpin.com/hfxlyj/tajyblt/202105/
    e4bc4c87789145c7a7c7ced70506bd1c.shtml) prints 大发体育在线_大发体育投注-彩票平台 where the county's name stood, alone on a
    line, twice over before the title and after 发布机构：: the title and the issuer held it, the page had no place, and every fact
    of the county's bureau was nobody's."""
    ff = distil(tmp_path, hengfeng, HENGFENG_15, "hengfeng.txt")
    assert "彩票" not in (ff.source.title or "") + (ff.source.issuer or "") + fact_texts(ff)
    assert ff.source.issuer == "横峰县林业局" and ff.source.jurisdiction == "横峰县"
    funds = next(f for f in ff.facts if "732万元" in f.text)
    assert funds.jurisdiction == "横峰县" and not funds.external


def test_a_committees_office_and_its_notice_are_no_co_handler_nor_the_suggestion(tmp_path, hengfeng):
    """The same page answers 根据…人民代表大会常务委员会办公室《…开展县十六届人大代表建议办理工作“回头看”活动的通知》: 委员会办公室 was
    read as 会办, 人民代表大会常务委员 a co-handler, and the notice the suggestion's title."""
    ff = distil(tmp_path, hengfeng, HENGFENG_15, "hengfeng.txt")
    assert ff.source.co_handlers == []
    assert not (ff.source.suggestion_title or "").endswith("通知")


def test_a_suggestions_title_whose_opening_quote_the_ad_took_is_still_its_title(tmp_path, hengfeng):
    """The same page answers 二位代表提出的大发体育在线_大发体育投注-彩票平台要求全覆盖垦复油茶林的建议”: the ad took the county's
    name and the opening quote with it, and the reply had no suggestion title."""
    ff = distil(tmp_path, hengfeng, HENGFENG_15, "hengfeng.txt")
    assert ff.source.suggestion_title == "要求全覆盖垦复油茶林的建议"


LINSHU_4 = ("对《加大对青云镇工业园区基础配套设施建设扶持力度的建议》的答复 | ||||||||||||||||||||||||\n"
            "2022-07-01 点击数: | ||||||||||||||||||||||||\n|\n||||||||||||||||||||||||\n"
            "沭财复字〔2022〕4号 签发人:庞佃宝 尊敬的李晓林、周志勋等代表: 您提出的加大对青云镇工业园区基础配套设施建设扶持力度的建议已收悉,"
            "现答复如下: 财政局对青云工业园区基础配套设施建设发展高度重视,近年来,先后投入资金建设了青云高速出口道路工程,老省道城北段改造工程,"
            "亿龙路建设等多项工程,改善了园区交通运输条件,方便了园区运输出行。 同时根据县政府工作部署,拟在青云工业园区建设第三污水处理厂,"
            "该项目拟投资4500万元,资金通过国开行贷款解决。 下一步,我们将根据工作实际情况,积极通过加大资金投入、政策倾斜等方式支持青云工业园区"
            "基础配套设施建设,促进园区的发展。 感谢您对财政工作的关心和支持! 2022年7月1日 联系科室、人员及电话:经建科6211754 "
            "抄送:县政府办公室、县人大常委会人代工委 |\n||||||||||||||||||||||||\n|\n||||||||||||||||||||||||\n【关闭窗口】 |\n")


@pytest.fixture
def linshu(tmp_path):
    """A workspace of 临沭县财政局 (青云镇 one of its county's towns)."""
    return unit_workspace(tmp_path / "ws_linshu", "临沭县财政局", "县财政局", "临沭县", "青云镇")


def test_a_replys_tail_run_into_its_last_paragraph_is_no_plan(tmp_path, linshu):
    """临沭县财政局's reply on 青云镇's industrial park (linshu.gov.cn/info/3239/212274.htm), printed as one row of a table, runs its
    thanks, date, contact and 抄送 into its plan: the plan fact held 感谢您对财政工作的关心和支持！2022年7月1日 联系科室…抄送：…"""
    ff = distil(tmp_path, linshu, LINSHU_4, "linshu.txt")
    plan = next(f for f in ff.facts if "加大资金投入" in f.text)
    assert "感谢" not in plan.text and "抄送" not in plan.text and "6211754" not in fact_texts(ff)


def test_a_sentence_opening_on_what_is_proposed_is_a_plan(tmp_path, linshu):
    """The same reply says 同时根据县政府工作部署，拟在青云工业园区建设第三污水处理厂，该项目拟投资4500万元: it was work done, one fact
    with the roads built."""
    ff = distil(tmp_path, linshu, LINSHU_4, "linshu.txt")
    plant = next(f for f in ff.facts if "第三污水处理厂" in f.text)
    assert plant.kind == "plan" and "亿龙路" not in plant.text


def test_a_replys_number_names_its_bureau_saying_itself_bare(tmp_path, linshu):
    """The same reply's number 沭财复字 names 财政局, as its text calls itself (财政局对青云工业园区…高度重视): the issuer was 县政府 of
    根据县政府工作部署, and the county's bureau's work nobody's."""
    ff = distil(tmp_path, linshu, LINSHU_4, "linshu.txt")
    assert ff.source.issuer == "临沭县财政局" and ff.source.jurisdiction == "临沭县"
    assert all(f.jurisdiction == "临沭县" and not f.external for f in ff.facts)


def test_a_reply_on_one_line_after_its_number_and_signer_is_read_in_its_paragraphs(tmp_path, linshu):
    """The same reply runs its number, 签发人 and addressee into its text (沭财复字〔2022〕4号 签发人:庞佃宝 尊敬的李晓林、周志勋等代表:
    您提出的…): it had no deputy, and its contact line (联系科室、人员及电话：经建科6211754) was a plan once the paragraphs were apart."""
    ff = distil(tmp_path, linshu, LINSHU_4, "linshu.txt")
    assert ff.source.deputy == "李晓林、周志勋" and ff.source.signatory == "庞佃宝"
    assert "联系科室" not in fact_texts(ff) and len(ff.facts) == 3


QINZHOU_2024067 = ("钦州市退役军人事务局关于协助办理市政协六届四次会议第2024067号提案的答复\n\n"
                   "2024-10-15 16:35     来源:钦州市退役军人事务局\n\n市委党史研究室:\n\n"
                   "根据《钦州市政协六届四次会议第2024067号提案》2024521日协调会会议精神,对提案涉及我局业务的内容作答复意见如下:\n\n"
                   "一、对第2“筹备举行小董起义80周年座谈会,邀请健在的革命前辈和革命先烈后人代表开展红色教育讲座。、第3“开展慰问活动。"
                   "对健在的革命前辈和革命先烈后人代表进行慰问,包括交通站、保垒户和起义后参加革命的同志及其后人代表。”的答复意见\n\n"
                   "采纳此两条建议。\n\n"
                   "我局将根据任务分工和协调会精神,积极配合提案主办单位、钦北区人民政府落实座谈会人员和被慰问人员名单搜集审核和相关人员联系工作,"
                   "不断做好英烈事迹和精神宣传弘扬\n\n"
                   "二、对6点第1“修缮小董镇大虫岭烈士纪念碑。”的答复意见\n\n采纳此建议。\n\n"
                   "我局通过积极争取上级资金,先后对小董革命烈士纪念碑进行了3次提质改造。\n")


def test_a_heading_quoting_the_asks_it_answers_is_no_fact(tmp_path):
    """钦州市退役军人事务局's 协办 reply to proposal 2024067 (qinzhou.gov.cn/zfxxgk/qzszfxxgkpt/qzstyjrj/fdzdgknr_12/bmwj_11/
    t19101308.shtml) heads each part 一、对第2“…讲座。、第3“…代表。”的答复意见, the proposer's asks quoted with their 。: the
    heading and 采纳此两条建议。 under it were one fact of work done; and its 《钦州市政协六届四次会议第2024067号提案》, the item's
    label, was the proposal's title."""
    ws = unit_workspace(tmp_path / "ws_qinzhou", "钦州市退役军人事务局", "市退役军人事务局", "钦州市", "钦南区, 钦北区, 灵山县, 浦北县")
    ff = distil(tmp_path, ws, QINZHOU_2024067, "qinzhou.txt")
    assert "讲座" not in fact_texts(ff) and "采纳" not in fact_texts(ff)
    assert any("3次提质改造" in f.text and f.kind == "done" for f in ff.facts)
    assert ff.source.suggestion_number == "2024067" and not (ff.source.suggestion_title or "").endswith("第2024067号提案")


def test_what_a_numbered_sentence_was_done_for_completes_it(tmp_path):
    """宁津县退役军人事务局's account of its items (sdningjin.gov.cn/n50593881/n50593903/n50593957/n67708483/c91631839/
    content.html) lists (二)积极协调相关部门针对烈士陵园墓区无法再迁葬烈士的情况,对陵园进行改扩建。以满足烈士亲属…的意愿。: the first
    sentence was a heading, and the fact only 以满足烈士亲属将烈士迁葬于烈士陵园的意愿。"""
    ws = unit_workspace(tmp_path / "ws_ningjin", "宁津县退役军人事务局", "县退役军人事务局", "宁津县")
    text = ("二、工作举措或经验体会\n"
            "(一)加强英烈事迹收集、宣传力度,拓宽事迹收集、宣传途径,利用新媒体、公众号、融媒体等多方式收集、宣传烈士事迹,弘扬英烈精神。\n"
            "(二)积极协调相关部门针对烈士陵园墓区无法再迁葬烈士的情况,对陵园进行改扩建。以满足烈士亲属将烈士迁葬于烈士陵园的意愿。\n"
            "(三)加强烈士陵园日常管理维护,针对烈士陵园内外环境进行定期维护,组织单位工作人员、社会志愿者、校园师生开展擦拭墓碑、清扫卫生活动。\n")
    ff = distil(tmp_path, ws, text, "ningjin.txt")
    assert any(f.text.startswith("积极协调相关部门") and "以满足" in f.text for f in ff.facts)


def test_a_rank_in_the_whole_city_names_no_place_and_kilowatt_hours_are_one_unit(tmp_path):
    """A mirror of 余干县's account of its industry's first quarter, in traditional characters (dydzrzs.com/yugan/0064/202204/
    03ec0ad75d104005bfd69ef0a6f5a2db.shtml), says 位列全市第三名 and 位列全市第二名: 位列市 was read as its place, and every fact of
    the county's industry another place's; and its 工業用電量2.61億千瓦小時 counted 小时 in 千瓦."""
    ws = unit_workspace(tmp_path / "ws_yugan", "余干县工业和信息化局", "县工信局", "余干县")
    text = ("今年以來,我縣統籌推進疫情防控和工業經濟發展,強化經濟運行調度,加大為企服務力度,全縣工業經濟穩中有進,主導產業支撐明顯,"
            "順利奪取了工業經濟首季“開門紅”。\n"
            "1-3月,全縣工業總產值實現65.28億元,同比增長31.3%;規模以上工業增加值完成9.2億元,同比增長12.1%,位列全市第三名;"
            "全縣工業固投完成15.22億元,同比增長77%,位列全市第二名;全縣工業用電量2.61億千瓦小時,同比增長18.5%。(張春清 吳俊文 )\n")
    ff = distil(tmp_path, ws, text, "yugan.txt")
    assert ff.source.jurisdiction != "位列市" and not any(f.external or f.jurisdiction == "位列市" for f in ff.facts)
    power = next(g for f in ff.facts for g in f.figures if g.raw.startswith("2.61"))
    assert power.unit == "千瓦小时" and power.counts == "工业用电量"
    assert "支撑" in fact_texts(ff)


def test_an_accessibility_switch_is_no_title(tmp_path):
    """中山市发展和改革局's news of the 市政协's visit on its proposals (zs.gov.cn/fgj/zwdt/content/post_2137350.html) opens on its
    site's bar 无障碍版 长者助手 登录: that was the page's title."""
    ws = unit_workspace(tmp_path / "ws_zhongshan", "中山市发展和改革局", "市发展改革局", "中山市")
    text = ("无障碍版 长者助手 登录\n您当前的位置: 首页 >政务公开 > 工作动态\n\n市政协赴市发展改革局开展提案办理协商座谈\n\n"
            "信息来源:本网 中山市发展和改革局 发布日期:2022-07-25 分享:\n\n"
            "7月20日下午,市政协副主席叶新雄率市政协提案委、政协委员赴市发展改革局,就2022年市政协提案办理情况进行协商座谈。\n\n"
            "会上,尹明局长汇报了发展改革工作情况、2022年度政协提案办理情况、工作特色亮点以及下一步工作计划。在市政协提案委和市政府办公室的"
            "指导下,市发展改革局今年以来共办理国家、省建议提案25件,市政协提案69件,高质量完成提案答复工作。\n")
    ff = distil(tmp_path, ws, text, "zhongshan.txt")
    assert ff.source.title == "市政协赴市发展改革局开展提案办理协商座谈" and ff.source.date == "2022-07-25"


def test_a_title_printed_again_wrapped_is_no_part_of_it(tmp_path):
    """A mirror of 抚州市东乡区's 2024 plan report, in traditional characters (7dudy.com/art/2025/4/15/art_9241_4295583.html),
    prints its title, then the title again wrapped over three lines: the title ran on into 关于抚州市东乡区2024年国民经济和社会."""
    ws = unit_workspace(tmp_path / "ws_dongxiang", "抚州市东乡区发展和改革委员会", "区发展改革委", "东乡区")
    text = ("關于撫州市東鄉區2024年國民經濟和社會發展計劃執行情況與2025年國民經濟和社會發展計劃草案的報告(書面)\n"
            "關于撫州市東鄉區2024年國民經濟和社會\n發展計劃執行情況與2025年國民經濟和\n社會發展計劃草案的報告(書面)\n"
            "——2025年4月9日在撫州市東鄉區第二屆人民代表大會第五次會議上\n撫州市東鄉區發展和改革委員會主任 張 劍\n各位代表:\n"
            "一、2024年國民經濟和社會發展計劃執行情況\n"
            "全區實現地區生產總值增長6.1%;一般公共預算收入15.89億元,增長2.37%;社會消費品零售總額增長5.3%;"
            "城鎮和農村居民人均可支配收入分別達49433元、26932元,增長4.2%、6.7%。\n")
    ff = distil(tmp_path, ws, text, "dongxiang.txt")
    assert ff.source.title == "关于抚州市东乡区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告（书面）"
    assert any("15.89亿元" in f.text for f in ff.facts)


def test_town_and_country_named_apart_share_the_noun_after_them(tmp_path):
    """The same report says 城鎮和農村居民人均可支配收入分別達49433元、26932元: 49433元 counted 城镇 alone."""
    ws = unit_workspace(tmp_path / "ws_dongxiang", "抚州市东乡区发展和改革委员会", "区发展改革委", "东乡区")
    text = ("一、2024年國民經濟和社會發展計劃執行情況\n"
            "全區實現地區生產總值增長6.1%;城鎮和農村居民人均可支配收入分別達49433元、26932元,增長4.2%、6.7%。\n")
    counted = {g.raw: g.counts for f in distil(tmp_path, ws, text, "dongxiang.txt").facts for g in f.figures}
    assert counted["49433元"] == "城镇居民人均可支配收入" and counted["26932元"] == "农村居民人均可支配收入"


def test_a_plans_items_under_a_lead_naming_its_year_are_that_years_plans(tmp_path):
    """A mirror of 吉安县林业局's account of 2021 and its plans, in traditional characters (furrymenstudios.com/News/255843.htm),
    says 2022年將深入學習貫徹…，主動服務生態、服務民生。一是…二是…四是…: the items 二是 to 四是 were work done in 2021, and 一是 a plan
    of 2021."""
    ws = unit_workspace(tmp_path / "ws_jian", "吉安县林业局", "县林业局", "吉安县")
    text = ("2021年,吉安縣林業局完成人工造林2.5736萬畝,占省下達人工造林計劃的214%。\n"
            "2022年將深入學習貫徹落實黨的十九大六中全會精神,主動服務生態、服務民生。一是進一步夯實生態建設基礎。將進一步規範用地行為,"
            "嚴厲打擊未批先占、少批多占等非法占用林地行為,守住生態紅線。二是對照省下達的營造林目標任務,按照因地制宜、適地適樹的原則,"
            "加大山上造林力度,繼續推進造林補貼、長防林、鞏固退耕還林等項目造林工程建設。三是進一步鞏固林業生產成果。繼續深化林長制改革,"
            "強化林長巡林和督促專職護林員巡林;四是嚴格執行木材採伐限額制度,強化木竹加工企業監管。\n")
    ff = distil(tmp_path, ws, text, "jian.txt")
    items = [f for f in ff.facts if f.text.startswith(("一是", "二是", "三是", "四是"))]
    assert len(items) == 4 and all(f.kind == "plan" and f.period.year == 2022 for f in items)
    assert any(f.kind == "done" and f.period.year == 2021 and "214%" in f.text for f in ff.facts)


def test_a_sites_banner_of_its_organs_is_no_title(tmp_path):
    """安义县林业局's 安义县2024年林业工作总结及明年主要工作打算 (fhkxzx.com/ayxzf/xlyjgzjh2021/202501/
    59996534f9454cb09f806501b94c5711.shtml) opens on its site's banner | 安义县人民政府 - 中共安义县委: that was the report's title."""
    ws = unit_workspace(tmp_path / "ws_anyi", "安义县林业局", "县林业局", "安义县")
    text = ("| 安义县人民政府 - 中共安义县委\n\n首页 / 政务公开 / 县林业局 / 规划信息 / 规划信息\n\n"
            "索引号: A23210--2025-0005 主题分类: 综合政务\n发布机构: 安义县林业局 生成日期: 2025-01-13\n\n"
            "安义县2024年林业工作总结及明年主要工作打算\n\n访问量:\n字号:\n\n"
            "2024年以来,全县林业工作在县委、县政府坚强领导下,在省市林业主管部门科学指导和帮助下,坚定绿水青山就是金山银山理念,"
            "重点推进深化集体林权制度改革。下面,就2024年以来主要工作及2025年主要工作打算简要汇报如下:\n\n2024年主要工作\n\n"
            "(一)突出一项重点改革工作。即深化集体林权制度改革试点工作。结合省市工作要求和安义县实际,主要是围绕改革试点任务6个方面12项"
            "具体任务,县政府及相关部门及时印发了《安义县林权收储担保运营改革试点实施方案》等相关文件。\n")
    ff = distil(tmp_path, ws, text, "anyi.txt")
    assert ff.source.title == "安义县2024年林业工作总结及明年主要工作打算" and ff.source.date == "2025-01-13"


def test_items_in_a_state_count_that_state(tmp_path):
    """The same account says 共承办建议、提案3件，其中人大建议1件、政协提案两件2件，已办理3件，未办理0件: 已办理3件 counted the
    政协提案 before it, and 未办理0件 counted 未."""
    ws = unit_workspace(tmp_path / "ws_ningjin", "宁津县退役军人事务局", "县退役军人事务局", "宁津县")
    text = ("一、办理情况\n退役军人事务局共承办建议、提案3件,其中人大建议1件、政协提案两件2件,已办理3件,未办理0件,可依法公开3件、"
            "不予公开0件。对于我局承办的建议、提案,我局高度重视,快速办理,代表、委员对办理情况的满意度为100%。\n")
    counted = [(g.raw, g.counts) for f in distil(tmp_path, ws, text, "ningjin.txt").facts for g in f.figures]
    assert ("3件", "已办理") in counted and ("0件", "未办理") in counted


def test_the_bureaus_account_after_its_head_reported_is_its_work(tmp_path):
    """The same news says 会上,尹明局长汇报了发展改革工作情况…以及下一步工作计划。在市政协提案委和市政府办公室的指导下,市发展改革局今年
    以来共办理国家、省建议提案25件,市政协提案69件…上半年共制定出台政策文件23项。: the bureau's own counts were context, the news of a
    report; they are its work done, dated by the page."""
    ws = unit_workspace(tmp_path / "ws_zhongshan", "中山市发展和改革局", "市发展改革局", "中山市")
    text = ("市政协赴市发展改革局开展提案办理协商座谈\n\n信息来源:本网 中山市发展和改革局 发布日期:2022-07-25 分享:\n\n"
            "7月20日下午,市政协副主席叶新雄率市政协提案委、政协委员赴市发展改革局,就2022年市政协提案办理情况进行协商座谈。\n\n"
            "会上,尹明局长汇报了发展改革工作情况、2022年度政协提案办理情况、工作特色亮点以及下一步工作计划。在市政协提案委和市政府办公室的"
            "指导下,市发展改革局今年以来共办理国家、省建议提案25件,市政协提案69件,高质量完成提案答复工作。市发展改革局创新政策举措,"
            "注重政策转化,长效解决问题,上半年共制定出台政策文件23项。\n")
    ff = distil(tmp_path, ws, text, "zhongshan.txt")
    counts = next(f for f in ff.facts if "69件" in f.text)
    assert counts.kind == "done" and counts.period.year == 2022 and not counts.text.startswith("会上")


def test_a_line_left_without_its_stop_does_not_run_into_a_statement_opening_on_its_time(tmp_path):
    """The same report lists its honours, the last without its stop (…2024年全省森林防灭火“平安春季行动”先进单位), then says 今年以来，
    我县紧紧围绕“林长制”工作推深做实，重点抓好以下四个方面工作：: the two were one paragraph, the honours a lead's context."""
    ws = unit_workspace(tmp_path / "ws_anyi", "安义县林业局", "县林业局", "安义县")
    text = ("安义县2024年林业工作总结及明年主要工作打算\n\n2024年主要工作\n\n"
            "获得的荣誉:我县“林长制”工作得到了省、市林长办的充分肯定,在今年全市林长制考核中荣获全市排名第二。全省高质量目标考核三类县中"
            "排名第三,2024年全省森林防灭火“平安春季行动”先进单位\n\n"
            "今年以来,我县紧紧围绕“林长制”工作推深做实,重点抓好以下四个方面工作:\n\n"
            "(一)突出一项重点改革工作。即深化集体林权制度改革试点工作。结合省市工作要求和安义县实际,主要是围绕改革试点任务6个方面12项"
            "具体任务,县政府及相关部门及时印发了《安义县林权收储担保运营改革试点实施方案》等相关文件。\n")
    ff = distil(tmp_path, ws, text, "anyi.txt")
    honours = next(f for f in ff.facts if "排名第二" in f.text)
    assert "今年以来" not in honours.text and honours.kind == "done"


def test_things_listed_sharing_one_value_are_what_it_counts(tmp_path):
    """深圳市福田区司法局's account of its 2023 work, on a mirror (wanbiaoku.com/new/58ed1a850f12438ea002b513e0e28e9a), says
    组织全区3978名国家机关工作人员参加2023年度省级学法考试，参考率、合格率、优秀率均为100%: 100% counted 优秀率均."""
    ws = unit_workspace(tmp_path / "ws_futian", "深圳市福田区司法局", "区司法局", "福田区")
    text = ("推动落实党政主要负责人履行推进法治建设第一责任人职责。推动坚持在区委常委会会议、区政府党组会议上传达学习法治思想;"
            "组织全区3978名国家机关工作人员参加2023年度省级学法考试,参考率、合格率、优秀率均为100%,平均分达到100分,居全市各区第一。\n")
    counted = {g.raw: g.counts for f in distil(tmp_path, ws, text, "futian.txt").facts for g in f.figures}
    assert counted["100%"] == "参考率、合格率、优秀率" and counted["3978名"] == "国家机关工作人员"


def test_honours_after_a_reports_opening_are_results(tmp_path):
    """三门县司法局's account of its 2023 work (sanmen.gov.cn/art/2024/1/12/art_1229320131_3912916.html) opens 2023年，在县委、县政府
    的坚强领导下，县司法局…各项工作取得了新进展新成效。三门县被省委省政府评为全省人民调解工作先进县…县司法局被评为全省“八五”普法中期
    成绩突出单位。: the honours were the opening's context, no result of the year."""
    ws = unit_workspace(tmp_path / "ws_sanmen", "三门县司法局", "县司法局", "三门县")
    text = ("2023年,在县委、县政府的坚强领导下,县司法局坚持以习近平新时代中国特色社会主义思想为指导,充分发挥司法行政职能作用,忠诚履职尽责,"
            "勇于担当作为,各项工作取得了新进展新成效。三门县被省委省政府评为全省人民调解工作先进县,被列为重点产业合规市级试点县、"
            "涉营商环境法规制度“立改废释”市级试点县。县司法局被评为全省“八五”普法中期成绩突出单位。\n"
            "一、2023年工作总结\n"
            "1.系统谋划县域法治建设。编制《2023年法治三门建设工作要点》,印发《2023年法治三门建设考核评价办法》,推进法治台州建设考核工作。"
            "常态化推进法治建设专项巡察工作,对县委政法委、珠岙镇等14个单位开展巡察。\n")
    ff = distil(tmp_path, ws, text, "sanmen.txt")
    honours = next(f for f in ff.facts if "人民调解工作先进县" in f.text)
    assert honours.kind == "done" and honours.period.year == 2023 and "坚强领导" not in honours.text
    assert honours.jurisdiction == "三门县" and not honours.external


def test_a_mirrors_search_words_and_its_ipv6_badge_are_no_title(tmp_path):
    """A mirror of 宜兴市退役军人事务局's news on scattered martyrs' memorials, in traditional characters (gdjd168.cn/doc/2025/04/15/
    1323058.shtml), opens on a line of search words (中文字幕亚州综合,欧美一区免费在线观看,…) and 網站支持IPv6: the first was the page's
    title; and its 牽頭 stayed traditional."""
    ws = unit_workspace(tmp_path / "ws_yixing", "宜兴市退役军人事务局", "市退役军人事务局", "宜兴市")
    text = ("中文字幕亚州综合,欧美一区免费在线观看,国产精品不卡一区二区,AV无码久久不卡,亚洲无吗一区免费,AV无码久久久,V片视频免费在线观看\n\n"
            "網(wǎng)站支持IPv6\n\n當前位置: 宜興市人民政府 >資訊中心 >工作動態(tài)\n\n宜興市全面開展零散烈士紀念設施摸排檢查工作\n\n"
            "來源:市退役軍人事務(wù)局    日期:2025-04-15 15:37:47    瀏覽次數(shù):\n\n"
            "為加強紅色資源保護,弘揚英烈精神,近日,宜興市全面開展零散烈士紀念設施摸排檢查工作。此次行動由市退役軍人事務(wù)局牽頭,"
            "聯(lián)合鎮(zhèn)村兩級退役軍人服務(wù)站共同實施。\n\n"
            "經(jīng)摸排,宜興市現有零散烈士紀念設施54處,其中散葬烈士墓28處。\n")
    ff = distil(tmp_path, ws, text, "yixing.txt")
    assert ff.source.title == "宜兴市全面开展零散烈士纪念设施摸排检查工作" and ff.source.date == "2025-04-15"
    assert "牵头" in fact_texts(ff) and any("54处" in f.text and f.jurisdiction == "宜兴市" for f in ff.facts)


def test_a_units_role_before_its_level_names_no_place_and_a_committees_verb_no_office(tmp_path):
    """A mirror of 永州信息港's news of the 市人大常委会's visit to 永州市医疗保障局 on suggestion 1206 (liyuefang.net/a/yongzhouxinxi/
    2020/1027/245679.html) says 重点建议主办单位市医疗保障局，协办单位市卫健委…: 协办单位市 was read as the page's place, every fact
    another place's, and its title's 市人大常委会督办… gave the issuer 协办单位市人大常委会督办."""
    ws = unit_workspace(tmp_path / "ws_yongzhou", "永州市医疗保障局", "市医疗保障局", "永州市")
    text = ("• 市人大常委会督办市医疗保障局2020年重点建议办理情况\n\n"
            "  • 发布时间:2020-10-27 07:38 | 作者: | 来源:永州信息港 | 浏览次数:\n"
            "  •   讯(通讯员 秦建波)6月2日,市人大常委会副主任袁火林带领督办组一行深入市医疗保障局,对市人大代表王竹娥领衔提出的2020年重点建议"
            "《关于提高县级公立医院医疗服务价格,降低医用耗材价格的建议》(第1206号)办理情况进行现场督办,并组织召开重点建议办理情况汇报会。"
            "重点建议主办单位市医疗保障局,协办单位市卫健委、市市场监督管理局等参加会议。\n\n"
            "      汇报会上,市医疗保障局党组书记、局长骆方方从重点建议办理能力、办理质量、办理效率、办理效果及工作进展情况等方面向督办组进行了汇报。\n")
    ff = distil(tmp_path, ws, text, "yongzhou.txt")
    assert "单位" not in (ff.source.jurisdiction or "") + (ff.source.issuer or "") and not (ff.source.issuer or "").endswith("督办")
    assert not any(f.external or "单位" in (f.jurisdiction or "") for f in ff.facts)


def test_a_reports_dateline_after_the_pages_contents_dates_it_and_its_greeting_is_no_fact(tmp_path):
    """新邵县's 2023年新邵县政府决算公开 (admin.shaoyang.gov.cn/xinshao/zfjsgkr/202411/c824324aa6e74333a89182ab713bdf39.shtml) lists its
    contents, then the report 关于新邵县2023年财政决算草案的报告, dated 2024年11月27日县十八届人大常委会第二十三次会议, read by 县财政局党组
    书记、局长: the page was undated, its greeting 主任、各位副主任、各位委员： a fact, and 受县人民政府委托，现在我向各位报告… work done."""
    ws = unit_workspace(tmp_path / "ws_xinshao", "新邵县财政局", "县财政局", "新邵县")
    text = ("2023年新邵县政府决算公开\n一、 政府决算报告\n二、 政府决算说明\n1、 税收返还和转移支付执行情况说明\n2、 举借债务情况说明\n"
            "三、 政府决算表\n1、 一般公共预算收支决算表\n一、政府决算报告\n关于新邵县2023年财政决算草案的\n报 告\n"
            "2024年11月27日县十八届人大常委会第二十三次会议\n县财政局党组书记、局长 谭中凡\n主任、各位副主任、各位委员:\n"
            "受县人民政府委托,现在我向各位报告2023年财政决算草案,请予审议。\n")
    ff = distil(tmp_path, ws, text, "xinshao.txt")
    assert ff.source.date == "2024-11-27"
    assert ff.source.period == 2023  # (its title's 2023年…决算: the year the accounts close, no period before)
    assert "各位委员" not in fact_texts(ff) and not any(f.kind == "done" and "委托" in f.text for f in ff.facts)


GUILIN_NEWS = ("桂林市退役军人事务局获全国退役军人工作模范单位\n\n中国新闻网2024-08-14 11:04:55  65\n\n"
               "中新网广西新闻8月14日电(唐云宽)近日,全国退役军人工作会议在北京召开。会议表彰了全国模范退役军人、退役军人工作模范单位、"
               "全国退役军人工作模范个人。广西桂林市退役军人事务局(以下简称“事务局”)荣获全国退役军人工作模范单位。\n\n"
               "图为广西举行全国模范退役军人、全国退役军人工作模范单位及个人受表彰对象荣誉证书发放仪式暨典型事迹报告会。 唐云宽 摄\n\n"
               "工作中,事务局坚持以“稳心”“暖心”“安心”“爱心”四大工程用情服务退役军人,组织退役军人免费就业培训1.7万人次,"
               "举办线上线下专场招聘会209场次。\n\n"
               "图为桂林市退役军人就业创业产业园共建协议签约暨揭牌仪式。唐云宽 摄\n\n"
               "事务局推动烈士纪念设施升级改造;圆满完成湘江战役红军遗骸收殓保护,规划建设修缮湘江战役红军烈士纪念设施31处。\n")


@pytest.fixture
def guilin(tmp_path):
    """A workspace of 桂林市退役军人事务局."""
    return unit_workspace(tmp_path / "ws_guilin", "桂林市退役军人事务局", "市退役军人事务局", "桂林市", "秀峰区, 叠彩区, 象山区")


def test_a_news_items_posting_line_and_a_captions_credit_end_their_lines(tmp_path, guilin):
    """A copy of 中国新闻网's news of 桂林市退役军人事务局's national award prints its headline, then 中国新闻网2024-08-14 11:04:55  65,
    then the dispatch 中新网广西新闻8月14日电(唐云宽)…: the three were one paragraph, the page an undated, untitled work report; and a
    caption ending 唐云宽 摄 ran into the paragraph after it."""
    ff = distil(tmp_path, guilin, GUILIN_NEWS, "guilin.txt")
    assert ff.source.kind == "news" and ff.source.date == "2024-08-14"
    assert ff.source.title == "桂林市退役军人事务局获全国退役军人工作模范单位"
    assert not any(f.text.startswith("图为") and "事务局推动" in f.text for f in ff.facts)


def test_a_bureaus_short_name_the_news_defines_tells_its_work(tmp_path, guilin):
    """The same news names the bureau 广西桂林市退役军人事务局(以下简称“事务局”) and goes on 工作中,事务局坚持…组织退役军人免费就业培训
    1.7万人次…: the bureau's work was context, a news item's telling."""
    ff = distil(tmp_path, guilin, GUILIN_NEWS, "guilin.txt")
    training = next(f for f in ff.facts if "1.7万人次" in f.text)
    assert training.kind == "done" and training.jurisdiction == "桂林市" and not training.external


def test_what_the_bureaus_meeting_says_must_be_done_is_its_plan(tmp_path):
    """湛江市退役军人事务局's news of its directors' meeting (湛江日报, on a mirror: millafan.com/wanboguanwangmanbetx/p/2912234.html)
    says 会议明确，2025年，全市退役军人事务系统要站在新起点、锚定新目标，要广泛开展“百企千店齐拥军”活动…: that was work done in 2025."""
    ws = unit_workspace(tmp_path / "ws_zhanjiang", "湛江市退役军人事务局", "市退役军人事务局", "湛江市", "赤坎区, 霞山区")
    text = ("2月14日,湛江市退役军人事务局召开全市退役军人事务局局长会议,总结2024年工作,部署2025年主要工作任务,奋力推进湛江退役军人工作"
            "高质量发展开创新局面。\n"
            "会议明确,2025年,全市退役军人事务系统要站在新起点、锚定新目标,要广泛开展“百企千店齐拥军”活动,擦亮“湛江军创”品牌,"
            "扎实开展移交安置工作,大力拓宽就业渠道。要抓紧抓实抚恤优待工作,常态化开展“平安夜访”+“走进光荣之家”活动。\n"
            "湛江日报、湛江云媒客户端原创\n未经授权不得转载\n")
    ff = distil(tmp_path, ws, text, "zhanjiang.txt")
    plan = next(f for f in ff.facts if "百企千店齐拥军" in f.text)
    assert plan.kind == "plan" and plan.period.year == 2025


def test_a_meeting_that_sums_up_a_year_is_not_of_that_year(tmp_path):
    """The same news opens 2月14日，…召开全市退役军人事务局局长会议，总结2024年工作，部署2025年主要工作任务: the meeting was dated 2024,
    the year it summed up (round 40's note), on an undated page. A year after 总结/回顾 is what is summed up, as one after
    部署/印发 is what is set out: the meeting's year is not said."""
    ws = unit_workspace(tmp_path / "ws_zhanjiang", "湛江市退役军人事务局", "市退役军人事务局", "湛江市", "赤坎区, 霞山区")
    text = ("2月14日,湛江市退役军人事务局召开全市退役军人事务局局长会议,总结2024年工作,部署2025年主要工作任务,奋力推进湛江退役军人工作"
            "高质量发展开创新局面。\n")
    ff = distil(tmp_path, ws, text, "zhanjiang.txt")
    meeting = next(f for f in ff.facts if "局长会议" in f.text)
    assert meeting.period.year is None, meeting.period


def test_a_news_items_staff_credits_run_together_are_no_fact(tmp_path):
    """A mirror of 文成新闻网's news of 文成县's half-year meeting on veterans' affairs, in traditional characters (360xyt.com/system/
    2025/07/14/015310074.shtml), ends 總監制:黃金杰監制:陳葉靜責編:趙海鎮編輯:項露露: that was a fact."""
    ws = unit_workspace(tmp_path / "ws_wencheng", "文成县退役军人事务局", "县退役军人事务局", "文成县")
    text = ("文成縣2025年半年度退役軍人事務系統工作會議召開\n發布時間:2025年07月14日\n來源:文成新聞網\n"
            "文成新聞網訊(記者 葉厲欽 雷成)近日,我縣召開2025年半年度退役軍人事務系統工作會議。\n\n"
            "會議指出,今年以來,全縣退役軍人事務系統深入學習貫徹習近平總書記關于退役軍人工作重要論述精神,聚焦“崇軍文成”品牌建設,"
            "深入實施“五大行動”,各項工作取得階段性成效。\n"
            "總監制:黃金杰監制:陳葉靜責編:趙海鎮編輯:項露露\n")
    ff = distil(tmp_path, ws, text, "wencheng.txt")
    assert ff.source.date == "2025-07-14" and "监制" not in fact_texts(ff) and "责编" not in fact_texts(ff)


def test_what_a_meeting_the_workspaces_place_held_says_must_be_done_is_its_plan(tmp_path):
    """The same news says 近日，我縣召開2025年半年度退役軍人事務系統工作會議 and 會議強調，下半年全系統要強化思政引領…要維護烈士設施…:
    a meeting of the county's own, its plan for the half-year after was context."""
    ws = unit_workspace(tmp_path / "ws_wencheng", "文成县退役军人事务局", "县退役军人事务局", "文成县")
    text = ("文成縣2025年半年度退役軍人事務系統工作會議召開\n發布時間:2025年07月14日\n來源:文成新聞網\n"
            "文成新聞網訊(記者 葉厲欽 雷成)近日,我縣召開2025年半年度退役軍人事務系統工作會議。\n\n"
            "會議強調,下半年全系統要強化思政引領,做好困難退役軍人關愛;要優化服務保障,不斷拓展服務站服務項目;要維護烈士設施,"
            "切實發揮烈士紀念設施紅色陣地作用。\n")
    ff = distil(tmp_path, ws, text, "wencheng.txt")
    plan = next(f for f in ff.facts if "思政引领" in f.text)
    assert plan.kind == "plan" and plan.period.year == 2025 and plan.jurisdiction == "文成县"


def test_things_counted_then_what_each_did_and_its_share_are_named_in_order(tmp_path):
    """The 东乡区 plan report says 5個省重點項目、30個省大中型項目、61個市重點項目分別完成投資29.97億元、76.88億元、83.55億元，分別占年度計劃
    111.08%、110.78%、112.24%: every 亿元 counted 投资 and every share 投资占年度计划, the projects they are of lost."""
    ws = unit_workspace(tmp_path / "ws_dongxiang", "抚州市东乡区发展和改革委员会", "区发展改革委", "东乡区")
    text = ("一、2024年國民經濟和社會發展計劃執行情況\n"
            "項目投資加速提效。深入實施項目帶動戰略,5個省重點項目、30個省大中型項目、61個市重點項目分別完成投資29.97億元、76.88億元、"
            "83.55億元,分別占年度計劃111.08%、110.78%、112.24%。\n")
    counted = {g.raw: g.counts for f in distil(tmp_path, ws, text, "dongxiang.txt").facts for g in f.figures}
    assert counted["29.97亿元"] == "省重点项目投资" and counted["83.55亿元"] == "市重点项目投资"
    assert counted["110.78%"] == "省大中型项目投资占年度计划"
