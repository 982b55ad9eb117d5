"""The letter's frame, its sources' names and wording, found on held-out round hd24 (红河州农业农村局, 西安市生态环境局,
济南市市场监督管理局): a site's toolbar, breadcrumb, masthead or column taken for a page's title, a year and a kind made up
for a page printing none (2025年新闻报道: no document a clerk finds), a headline printed again under each picture glued to
the paragraph after it, news typed as a work report; 您们 for several proposers; an overview and a plan lead-in saying the
title's matter again over gaps alone; drafter.yaml's example naming the bureau itself as another unit; ``check`` ending a
line inside a mark.

Each page is an excerpt of the real one (its first lines as the page prints them, clutter kept; named in the test), read
through the path a user's ``drafter distill`` takes, in a workspace of the page's own bureau.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from helpers import DAZHONG, distil, page_draft, part_one, part_two_of, unit_workspace

from drafter.cli import cli
from drafter.cli_output import wrap
from drafter.compose.form import title_end
from drafter.model import SourceMeta

HONGHE = ("红河哈尼族彝族自治州农业农村局", "州农业农村局", "红河州", "蒙自市, 个旧市, 开远市, 建水县, 石屏县")
JINAN = ("济南市市场监督管理局", "市市场监管局", "济南市", "历下区, 市中区, 槐荫区")
XIAN = ("西安市生态环境局", "市生态环境局", "西安市", "新城区, 碑林区, 高陵区")

HONGHE_373 = """中国政府网 云南省人民政府门户网站 注册 登录 加入收藏
无障碍浏览 长者模式

人大代表建议办理答复

  • 索引号: 20240913-222735-306
  • 发布机构: 红河州农业农村局
  • 文号:
  • 发布日期: 2022-10-16
  • 时效性: 有效

红河州农业农村局对州十三届人大一次会议第373号建议的答复

陈兴代表:

  您在红河州十三届人大一次会议提出的《关于给予协调解决云南红河糖业有限责任公司甘蔗优良品种种苗费用的建议》的第373号建议,已转交我局研究办理,现将办理情况答复如下:

  蔗糖产业作为红河州的一项传统产业,在促进农民增收、农业增效、农村经济发展等方面起到了积极作用,中央、省、州政府高度重视蔗糖产业,采取行之有效的措施促进蔗糖产业平稳发展。
"""

HONGHE_NEWS = """您的位置首页  种植技术  水果种植

红河州2021年水果、蔬菜产量位居云南省第一

  • 来源:互联网
  • |
  • 07-16
  • |
  • 0 条评论
  • |
  • |
  • T小字 T大字

  3月21日,云南省红河州委农村工作会议在蒙自市召开。据会议消息,2021年,红河州特色农业竞争力不断增强,水果、蔬菜产量全省第一,粮食产量达185.1万吨,位居全省第3位,猪牛羊肉产量达41.39万吨,稳居全省第2位。创建省级美丽乡村10个、州级82个、县级436个。

  “推动红河高质量跨越式发展,最艰巨最繁重的任务依然在农村,最广泛最深厚的基础也是在农村。2021年,红河州统筹推进巩固拓展脱贫攻坚成果同乡村振兴有效衔接,农业农村各项工作稳中有进、持续向好。2022年,全州各级各部门要扎实有序推进‘三农’各项重点工作,确保农业稳产增产、农民稳步增收、农村稳定安宁。”红河州委赵瑞君表示。
"""

CQN_MEETING = """中国质量新闻网
您当前位置: 新闻中心>>市场监管>>地方动态>>

济南市消费者权益保护工作联席会议联络员工作会议召开

2021-12-03 17:42:36 中国质量新闻网

中国质量新闻网讯 为进一步推动济南市放心消费创建工作,提升全市消费环境,12月3日,济南市市场监管局召集市教育局、住建局等十部门召开市消费者权益保护工作联席会议联络员工作会议。市市场监管局有关局领导出席会议并讲话,联席会议各成员单位联络员参加会议。

image.png

会议总结了2021年全市消费维权工作开展情况,审议了该市52家省级放心消费示范单位推荐名单。
"""

ONLINE315 = """实时滚动新闻
当前位置:首页 > 市场监管 > 市场监管 >

济南市市场监管局:高效能助力全市经济社会高质量发展

2023-03-14   济南市市场监管局      点击:

  文/王鲲鹏 摄影/亓怀斌

  2022年,济南市市场监督管理局坚持“市场监管部门既是监管部门也是发展部门”这一定位,高效统筹疫情防控和市场监管工作,强监管、优服务、守底线、保安全,以高效能市场监管助力全市经济社会高质量发展。
"""

CCN_PAGE = """國家市場監(jiān)督管理總局主管

中國消費者協(xié)會主辦

維護消費者合法權益,引導消費者合理消費

當前位置:首頁 > 市場監(jiān)管
全心全意守護放心消費——山東省濟南市市場監(jiān)管局用監(jiān)管力度守護民生溫度
2024-11-22 16:52 本文來源:中國消費者報•中國消費網(wǎng) 作者:尹訓銀
"""

SHAANGONG = """陕西工人报官方网站 | 陕工网首页 手机站 今天是
跟帖评论自律管理承诺书  不良信息举报电话:陕工网(029-87344649)
您当前的位置:首页 > 图片 > 新闻 生活优良天数250天 “西安蓝”刷屏朋友圈
2021-03-12 16:16:34来源:陕工网—陕西工人报
分享到:



陕工网—陕西工人报讯 “哇!我的朋友圈今天让蓝天刷屏了!”“快看,这才是真正的蓝天白云!”“对,西安今年的蓝天真不少,雾霾天气明显减少了,空气质量杠杠地!”这是西安市民对空气质量改善的切身体会。

"""

GAOLING_18 = """类别:B类
签发人:刘长宏
市环高复函〔2022〕3号
郗娜娜代表:
您提出的关于加强治理陵雨干沟的建议(第18号)收悉。现答复如下:
为进一步改善陵雨干沟(高陵段)生态环境、提升排放容量,使沿线群众有着良好的生产生活环境,2021年6月8日,高陵区政府组织召开了生态环境整治项目专题会,研究讨论陵雨干沟综合整治工程。2021年10月12日,生态环境高陵分局向区发改委提交了《西安市高陵区2022年重点建设项目征集表》,计划投资约3.024亿元,对陵雨干沟(高陵段)实施生态环境综合整治。2022年4月25日,区委办、区政府办印发了《高陵区2022年区级重点建设项目计划》(高办字〔2022〕14号),已将该项目纳入2022年重点建设项目,由区住建局牵头实施。目前,正在进行前期准备工作。
西安市生态环境局高陵分局
2022年5月20日
(联系人:徐超,电话:18991145867)
"""


JINGJI = """經濟導報記者 吳淑娟
經濟導報記者從濟南市商務局獲悉,濟南市商務局會同市市場監管局、市公安局決定,在全市開展為期3個月的單用途商業預付卡備案專項整治行動。重點圍繞商務領域三大行業開展集中檢查整治,督促相關應備案未備案的企業及時登錄山東省商務廳單用途商業預付卡備案管理服務平臺進行備案。活動主要分宣傳引導、現場檢查和規范整治三個階段推進。
據了解,近年來,零售業、住餐業、居民服務業等領域違規發行預付卡的行為侵害了消費者的權益,甚至出現惡意圈錢跑路等現象,擾亂了市場秩序,造成不良社會影響。為進一步規范單用途商業預付卡市場秩序,有效整治企業違法違規行為,督促有關發卡企業及時備案,按照《單用途商業預付卡管理辦法(試行)》(商務部令2012年第9號)和《濟南市人民政府關于進一步加強單用途商業預付卡規范管理的實施意見》(濟政字〔2022〕83號)等相關文件規定,濟南決定開展此次專項行動,嚴厲打擊侵害消費者權益的違規發行單用途商業預付卡的行為,加強部門聯合懲戒,以建立誠實守信、規范經營為目標,以備案登記、資金監管為重點,集中開展專項整治,督促發卡企業依法依規落實備案監管和資金存管等制度。加強預付卡消費風險提示及宣傳,引導消費者選擇備案、誠信、規范的服務企業,理性購卡消費,增強法律意識,維護自身合法權益。
"""

HONGHE_TALK = """习近平总书记近日在云南考察并发表重要讲话。我州广大干部群众表示,将深入贯彻落实习近平总书记重要讲话精神,以科技创新为引领,加速推进高原特色农业转型升级,为乡村振兴注入新动能。
州农业农村局局长赵珖菻表示,习近平总书记的重要讲话为红河高原特色现代农业发展指明了方向。红河州地处低纬高原,立体气候独特,水果、蔬菜、花卉、中药材等种植面积和产量均居全省前列,但高原特色农业质效提升还有较大空间。下一步,将加快推动种业振兴,打造一批科技赋能的现代农业示范基地。同时,强化农业龙头企业培育,聚焦蓝莓、花卉、砂仁等特色产业,持续推进品牌培育,不断提升农业效益。
"""


def _source(tmp_path, unit, text, name):
    return distil(tmp_path, unit_workspace(tmp_path / "ws", *unit), text, name).source


def test_a_sites_toolbar_over_its_channel_is_no_title(tmp_path):
    """红河州农业农村局's reply 373 (云南省人民政府门户网站): its title was 中国政府网 云南省人民政府门户网站 注册 登录 加入收藏
    人大代表建议办理答复 — the site's toolbar, its names and buttons, run into the channel over the page's fields."""
    source = _source(tmp_path, HONGHE, HONGHE_373, "红河州农业农村局_州十三届人大一次会议第373号建议答复.txt")
    assert source.title == "红河州农业农村局对州十三届人大一次会议第373号建议的答复", source.title


def test_a_breadcrumb_that_lost_its_arrows_is_no_title(tmp_path):
    """The 州委农村工作会议 news (a planting site): titled 您的位置首页 种植技术 水果种植, its breadcrumb's arrows lost."""
    source = _source(tmp_path, HONGHE, HONGHE_NEWS, "2022-03-22_红河州2021年水果蔬菜产量位居云南省第一_州委农村工作会议.txt")
    assert source.title == "红河州2021年水果、蔬菜产量位居云南省第一", source.title


def test_a_sites_name_over_the_headline_is_no_title_and_its_lede_makes_it_news(tmp_path):
    """中国质量新闻网's item of 2021-12-03 was a work report titled 中国质量新闻网: the site's name alone on its first line; its
    lede (中国质量新闻网讯 …) was read run into the byline over it, so no news."""
    source = _source(tmp_path, JINAN, CQN_MEETING, "2021-12-03_中国质量新闻网_济南市消费者权益保护联席会议.txt")
    assert (source.title, source.kind) == ("济南市消费者权益保护工作联席会议联络员工作会议召开", "news"), source


def test_a_sites_column_is_no_title_and_a_writers_and_photographers_credit_makes_news(tmp_path):
    """315online's article (2023-03-14) was a work report titled 实时滚动新闻, the site's column over it; its credit line
    文/王鲲鹏 摄影/亓怀斌 says whose article it is."""
    source = _source(tmp_path, JINAN, ONLINE315, "2023-03-14_315online_济南市市场监管局_2022年工作.txt")
    assert (source.title, source.kind) == ("济南市市场监管局：高效能助力全市经济社会高质量发展", "news"), source


def test_a_papers_masthead_is_no_title(tmp_path):
    """中国消费者报's article (a mirror in traditional characters) was titled 国家市场监督管理总局主管: the paper's masthead, the
    body it answers to; its headline stands over its byline (2024-11-22 16:52 本文来源：…)."""
    source = _source(tmp_path, JINAN, CCN_PAGE, "2024-11-22_中国消费者报_济南市市场监管局守护放心消费.txt")
    assert source.title == "全心全意守护放心消费——山东省济南市市场监管局用监管力度守护民生温度", source.title


def test_a_page_printing_no_title_is_named_by_its_files_words_not_a_made_up_report(tmp_path):
    """陕工网's page (its headline run into its breadcrumb) was titled 陕西工人报官方网站 | 陕工网首页 手机站 今天是, and 经济导报's
    (no headline copied) was named 2022年新闻报道 in comments: no document a clerk could find. A page printing no title is named
    by its file's words, in parts apart by _ (its date and a part of letters alone dropped)."""
    shaangong = _source(tmp_path, XIAN, SHAANGONG, "2021-03_陕工网_西安优良天数250天.txt")
    assert (shaangong.title, shaangong.kind) == ("陕工网 西安优良天数250天", "news"), shaangong
    jingji = distil(tmp_path, unit_workspace(tmp_path / "ws2", *JINAN), JINGJI, "2023-06_经济导报_济南单用途商业预付卡备案专项整治.txt").source
    assert jingji.label() == "经济导报 济南单用途商业预付卡备案专项整治", jingji


def test_a_page_naming_no_one_that_quotes_a_units_head_is_news(tmp_path):
    """A 2025 article on the 州's agriculture (no headline copied, no unit, no number; 州农业农村局局长赵珖菻表示，…) was a work
    report titled 2025年工作报告: a page quoting a unit's head by name is a reporter's, news, named by its file."""
    source = _source(tmp_path, HONGHE, HONGHE_TALK, "2025-03-22_红河州_学习总书记考察云南讲话_州农业农村局局长.txt")
    assert (source.kind, source.title) == ("news", "红河州 学习总书记考察云南讲话 州农业农村局局长"), source


def test_a_source_naming_no_issuer_nor_title_is_labelled_by_its_file():
    """A year and a kind alone (2025年工作报告) name nothing a clerk finds: its file does."""
    meta = SourceMeta(id="2025-work_report-e48a9ea5", path="seeds/学习讲话.txt", sha256="", kind="work_report", title=None,
                      issuer=None, number=None, date="2025-03-22")
    assert meta.label() == "学习讲话.txt（无标题）"
    meta.issuer = "红河州农业农村局"
    assert meta.label() == "红河州农业农村局2025年工作报告（无标题）"


def test_a_headline_printed_again_under_each_picture_is_no_part_of_a_paragraph(tmp_path):
    """大众网's item (2025-02-27) prints its headline over its fields and again under each picture: the second print was glued
    to the paragraph after it (…架起预付消费的“信任之桥”2月26日，济南“预付宝”正式上线运行…), and the first stood as a fact."""
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *JINAN), DAZHONG, "2025-02-27_大众网_济南预付宝上线.txt")
    headline = "济南“预付宝”上线！全国首创预付消费“信托式”监管新模式 架起预付消费的“信任之桥”"
    assert ff.source.title == headline, ff.source.title
    assert not any("信任之桥" in f.text for f in ff.facts), [f.text for f in ff.facts]
    assert any(f.text.startswith("2月26日，济南“预付宝”正式上线运行") for f in ff.facts), [f.text for f in ff.facts]


def test_an_untitled_reply_numbered_as_a_fuhan_is_titled_so(tmp_path):
    """高陵分局's reply 18 (市环高复函〔2022〕3号) prints no title: it was named 关于第18号建议的答复, though its number calls it a
    复函, as the city bureau's own titles say (…第81号提案的复函)."""
    unit = ("西安市生态环境局高陵分局", "高陵分局", "高陵区")
    source = _source(tmp_path, unit, GAOLING_18, "2022_高陵分局_第18号建议答复.txt")
    assert source.title == "关于第18号建议的复函", source.title


def test_a_titles_reply_word_is_learned_from_replies_of_either_kind():
    """A bureau whose replies end on 复函 (西安市生态环境局's …第81号提案的复函; 綦江's …第281号提案的复函, corpus 06) answers a
    suggestion with a 建议的复函 too, when none of its replies to suggestions says otherwise."""
    titles = ("西安市生态环境局对市政协十四届四次会议第81号提案的复函", "重庆市綦江区新城建设管理委员会关于区政协三届二次会议第281号提案的复函")
    replies = [SourceMeta(id=f"r{k}", path="", sha256="", kind="reply", title=t, proposal=True) for k, t in enumerate(titles)]
    assert (title_end(replies, False), title_end(replies, True)) == ("建议的复函", "提案的复函")
    assert title_end(replies[:1], False) is None  # (one reply is no habit)


def test_the_new_files_example_of_another_units_fields_is_another_unit(tmp_path):
    """``drafter init`` for 济南市市场监督管理局 wrote # 市市场监管局: [知识产权, 专利, 商标] as another unit's fields."""
    root = tmp_path / "ws"
    result = CliRunner().invoke(cli, ["init", str(root), "--name", "济南市市场监督管理局"])
    assert result.exit_code == 0, result.output
    text = (root / "drafter.yaml").read_text("utf-8")
    assert "short_name: 市市场监管局" in text and "#   市市场监管局:" not in text
    assert "#   市自然资源局: [国土空间规划, 土地利用]" in text and "#   市工信局: [规上工业增加值]" in text


def test_check_never_ends_a_line_inside_a_short_mark():
    """``drafter check`` piped (80 columns) printed “【待补充：发文字号 / 】” (hd24d's draft, its paragraph 2)."""
    said = wrap("第2段 [placeholder] 占位符未补全：【待补充：发文字号】 “【待补充：发文字号】”", 80, "    ")
    assert len(said) == 2 and said[1].strip() == "“【待补充：发文字号】”", said
    said = wrap("第17段 [placeholder] 占位符未补全：【待补充：具体举措】 “（一）完善预付式消费管理制度。【待补充：具体举措】”", 80, "    ")
    assert all(line.count("【") == line.count("】") for line in said), said


# 龙瑜菡等代表's suggestion 289 as a clerk typed it (its title and first ask, from the reply 红河州农业农村局 sent).
GREEN_TITLE = "关于进一步加大对“绿色食品牌”示范区建设扶持力度的建议"
GREEN_TEXT = f"{GREEN_TITLE}\n\n领衔代表：龙瑜菡等\n\n建议：\n一、加大对认定的省州县“绿色食品牌”产业基地给予政策资金扶持，进一步提升基地的示范带动效应。\n"


def test_gaps_alone_get_no_overview_and_the_plan_says_the_title_once(tmp_path):
    """Draft 289 (a base holding nothing on 绿色食品牌) opened part one on 关于“绿色食品牌”示范区建设扶持，有关情况如下： after the
    opening's 现将有关情况答复如下, and part two said the title twice: 下一步我局将进一步加大对…扶持力度，重点做好以下工作： /
    进一步加大对…扶持力度。【待补充：具体举措】."""
    ws = unit_workspace(tmp_path / "ws", *HONGHE)
    _, document = page_draft(tmp_path, ws, HONGHE_373, GREEN_TEXT, "289", GREEN_TITLE, "--date", "2022-10-12",
                             name="红河州农业农村局_州十三届人大一次会议第373号建议答复.txt")
    first = part_one(document)
    assert first[0].startswith("【待补充：") and not any("有关情况如下" in t for t in first), first
    two = [p.text for p in part_two_of(document.paragraphs)]
    assert sum("扶持力度" in t for t in two) <= 1, two


@pytest.mark.parametrize("opening", ["总的来说，", "对企业来说，", "可以说，", "也就是说，", "如您所说，", "另据介绍，"])
def test_a_connective_is_no_speaker(opening):
    """总的来说，/对企业来说，/可以说，/也就是说，/如您所说，/另据介绍， open a statement as a connective, not as someone's words
    introduced (distil's frame, dropped from the kept text; selection's spoken statement, no overview); 刘长宏说，/该局负责人介绍，
    are speakers."""
    from drafter.compose.select import SPOKEN
    from drafter.distill.facts import SPEECH_FRAME

    said = "全市新增高新技术企业46家，技术合同成交额达12.5亿元。"
    assert not SPEECH_FRAME.match(opening + said) and not SPOKEN.match(opening + said)
    for speaker in ("刘长宏说，", "该局负责人介绍，", "张利在致辞中说，"):
        assert SPEECH_FRAME.match(speaker + said) and SPOKEN.match(speaker + said), speaker
