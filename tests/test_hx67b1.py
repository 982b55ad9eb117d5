"""hx67b1: findings of the held-out test hd67b (宜春市文化广电新闻出版旅游局), each on its seed's real lines.

1. An interview's transcript (在线访谈) is news, its headline (解读：在线访谈 | …) its title (was 第一部分 主持人介绍, a work report);
   the host's turns — under its label on a line of its own up to the next speaker's (李智勇：), or opening on it (主持人：…) —
   and the guests' greetings (各位网友大家好！我是…很高兴参加这次访谈。) are no facts (were done, the host's 我们有幸邀请到了3位嘉宾
   with its figure 嘉宾 3位); a guest's statement stays, without its label and the assent it opens on (好的，主持人。).
2. A development zone named by the workspace's place short of its level (泉州经济技术开发区 of 泉州市) is the place's own (was
   外地), another city's stays another's. (The notice's addressee line, …市直有关单位：, is no fact by main's NOTICE_ADDRESSEE, hx66d1.)
3. A notice issuing a policy (现将《关于推进旅游业高质量发展的实施意见（2022—2025年）》印发给你们) is that policy: kind policy (was a
   work report), its title the document's (was none), its plans of the span the title names, 2022–2025 (were 2022).
4. A byline of several reporters (记者罗鑫、曾志翔、实习生杜欣玥报道：) is cut from the lede as one reporter's is.
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.places import under_own
from helpers import YICHUN

# seeds/2022-06-15_宜春市十四五文化和旅游发展规划在线访谈.txt of hd67b: the whole stored page (it ends cut in the guest's first answer).
INTERVIEW = (
    '您当前所在位置: 首页>政府信息公开>法定主动公开内容>结果公开>解读回应\n\n'
    '解读:在线访谈 | 宜春市“十四五”文化和旅游发展规划,打造国际知名、全国一流的康养休闲度假旅游目的地和文化特色鲜明的国家级旅游休闲城市\n\n'
    '访问量:\n\n文字实录\n\n第一部分  主持人介绍\n\n主持人\n\n'
    '大家好,欢迎收看由宜春市人民政府网和宜春市广播电视台联合为您打造的“在线访谈”,我是主持人陈翔。\n\n主持人\n\n'
    '“十四五”时期是我国全面建成小康社会、实现第一个百年奋斗目标之后,乘势而上开启全面建设社会主义现代化国家新征程、向第二个百年奋斗'
    '目标进军的第一个五年,是由高速增长阶段转向高质量发展阶段的起步期,是落实创新、协调、绿色、开放、共享新发展理念的关键五年。文化和'
    '旅游是提振消费的主力军,是解决人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾的重要抓手。我们有幸邀请到了3位嘉宾,市文广'
    '新旅局党组书记、局长李智勇、市文广新旅局党组成员、副局长易延玲、市文广新旅局四级调研员聂明;欢迎做客宜春市人民政府网,接受“在线'
    '访谈”栏目的采访,先和网民朋友们打个招呼吧!\n\n'
    '各位网友大家好!我是市文广新旅局李智勇,很高兴参加这次访谈。\n\n'
    '各位网友大家好!我是市文广新旅局易延玲,很高兴参加这次访谈。\n\n'
    '各位网友大家好!我是市文广新旅局聂明,很高兴参加这次访谈。\n\n\n第二部分  规划解读\n\n主持人\n\n'
    '今天一起来聊聊关于“十四五”规划的话题。说到“十四五”规划,大家肯定都很想先了解一下“十三五”期间的成果。李智勇局长可以带我们回顾'
    '一下“十三五”时期全市文化和旅游工作方面的情况吗?\n\n李智勇:\n\n  好的。“十三五”期间,宜春市文广新旅局业紧抓文\n')
# The 在线访谈 of 泰和县 (吉安市) of 2023-08-03 (its public page, http://www.qdchsl.com/news-show-55086.html): its head and its
# first turns, each speaker's label opening their words.
TAIHE = ("泰和县文化广电新闻出版旅游局", "县文广新旅局", "泰和县", "澄江镇, 马市镇")
INLINE_INTERVIEW = (
    '主題:篤行不怠謀新篇,推動文旅高質量發展\n'
    '簡介:就當前泰和縣文旅產業發展情況、正在實施的重點文旅項目等與廣大網友進行交流,為實現“文化強縣”“旅游強縣”建言獻策。\n'
    '嘉賓:縣文廣新旅局局長周貴民\n時間:2023年8月3日15時\n'
    '主持人:關注社會民生、服務百姓生活。各位網友,下午好!我是泰和縣人民政府網《在線訪談》欄目主持人,今天的訪談由我代表網民與嘉賓進行'
    '實時互動。\n'
    '主持人:最美的風景在路上,尋找你的詩和遠方。要么讀書,要么旅行,身體和靈魂總有一個在路上。新冠病毒感染調整為“乙類乙管”后,文旅市場'
    '迅速回暖,并呈現出蓬勃發展的跡象。近年來,我縣大力實施“文化強縣”“旅游強縣”戰略,文旅產業發展勢頭強勁。本期《在線訪談》,我們就一起'
    '來聊一聊文化旅游這個熱點話題,做客本期節目的嘉賓是泰和縣文廣新旅局局長周貴民。周局長,你好!\n'
    '周貴民:主持人好,各位網友大家好!很高興通過《在線訪談》這個平臺和大家溝通交流。\n'
    '主持人:2023年是貫徹落實黨的二十大精神的開局之年,也是實施“十四五”規劃承上啟下的關鍵之年。今年我縣文化和旅游工作的總體思路是什么?\n'
    '周貴民:好的,主持人。今年文旅工作的總體思路,就是按照縣委、縣政府“發展提速年”的決策部署要求,全面貫徹新發展理念,推進“文化強縣”'
    '“旅游強縣”戰略,全力招大引強,壯大文旅產業;全力推進重點項目,以大項目引領大發展;全力拉動文旅消費,促進經濟復蘇;積極擴大公共文化'
    '供給,提升以文化人成效;積極弘揚泰和地方文化,提升泰和文化軟實力;進一步促進文旅融合,以文旅融合發展的“一域”成效為泰和經濟社會的'
    '發展提速提供堅強支撐。\n')
# seeds/2022-09-27_宜府办发2022-38号推进旅游业高质量发展实施意见.txt of hd67b: the whole stored page (cut in its 工作目标).
NOTICE = (
    '宜府办发〔2022〕38号 2022年9月27日\n'
    '宜春经济技术开发区管委会,各县(市、区)人民政府,宜阳新区管委会、明月山温泉风景名胜区管委会,市直有关单位:\n'
    '经第27次市政府常务会研究同意,现将《关于推进旅游业高质量发展的实施意见(2022—2025年)》印发给你们,请认真组织实施。\n'
    '为贯彻落实《江西省政府办公厅关于推进文化和旅游高质量发展若干措施》(赣府厅明〔2021〕65号)和《江西省人民政府办公厅关于推进旅游业'
    '高质量发展的实施意见》(赣府厅发〔2022〕8号)文件精神,推进文化旅游强市建设,结合我市实际,经市政府同意,提出如下意见。\n'
    '一、总体要求\n'
    '(一)指导思想。坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的十九大和十九届历次全会及习近平总书记视察江西时的重要'
    '讲话精神,深入贯彻落实市第五次党代会精神,聚焦“作示范、勇争先”目标要求,坚持以高质量发展为主题,加快推动双“一号工程”、乡村振兴战略'
    '实施,深化推进文化和旅游供给侧结构性改革,为建设文化旅游强市,助推社会经济高质量发展贡献力量。\n'
    '(二)发展思路。围绕高质量跨越式发展主线,践行“让中心城区强起来、让县市区跑起来、让大宜春立起来”发展思路,重点打造生态绿城、月亮之都、'
    '禅宗圣地、温泉之乡四张名片,不断扩大“宜春多胜游”品牌影响力。着力“调结构、提品质、优布局、深融合、促消费、亮品牌”,创新文旅发展理念,'
    '优化旅游产品供给,增强旅游发展动力。按照“一核引领、三极拉动、四带串联”发展布局,开展存量景区“微改造精提升”行动,全面提升现代旅游业'
    '体系。\n'
    '(三)工作目标。以打造国内外知名的康养休闲度假旅游目的地为目标,推动文旅深度融合发展,文旅消费业态不断丰富,国')
# seeds/2023-09-27_巴中市十四五医疗卫生服务体系规划.txt of hd56a: its addressee line.
BAZHONG_ADDRESSEES = "各县(区)人民政府,巴中经开区、文旅新区管委会,市政府各部门、直属事业单位,有关单位:"
# A page on 泉州经济技术开发区 (news.souvr.com, 2010-03): its name over its first paragraph.
QUANZHOU_ZONE = (
    '泉州经济技术开发区\n'
    '泉州经济技术开发区是福建省政府批准、泉州市政府直接兴办开发建设的省级开发区。功能定位为泉州高新技术产业开发区、新的经济管理体制示范区'
    '和新的经济增长点。规划面积包括已开发的清蒙园区20平方公里以及即将开发的洛秀园区83平方公里。清蒙园区规划建设了泉州市高新技术企业孵化'
    '基地(高科技园区)、汽车制造基地、产业集中区、生活配套区。截止2005年8月,已投产企业近200家,就业人口7万多人。\n')
# seeds/2022-08-24_宜春第十六届月亮文化旅游节新闻发布会.txt of hd67b: its first paragraph.
FESTIVAL = (
    '大江网/宜春头条客户端讯 记者罗鑫、曾志翔、实习生杜欣玥报道:8月24日,2022宜春.第十六届月亮文化旅游节组委会、宜春市政府新闻办联合召开'
    '新闻发布会,主发布人宜春市政府副秘书长杨旭介绍2022年宜春第十六届月亮文化旅游节新闻发布会总体情况。来自明月山温泉风景名胜区、宜春市'
    '文旅局、宜春市贸促会、铜鼓县政府、奉新县政府、万载县政府的新闻发布人出席并回答了记者提问。\n'
    '自2007年以来,宜春的月亮文化旅游节每年举办一届,每届都有不同的活动主题,现已成功举办了十五届,今年是第十六届。\n')


def test_1_an_interviews_host_and_greetings_are_no_facts_its_headline_its_title(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *YICHUN), INTERVIEW, "2022-06-15_宜春市十四五文化和旅游发展规划在线访谈.txt")
    assert ff.source.kind == "news"
    assert ff.source.title == ("解读：在线访谈 | 宜春市“十四五”文化和旅游发展规划，打造国际知名、全国一流的康养休闲度假旅游目的地"
                               "和文化特色鲜明的国家级旅游休闲城市")
    # (the host's welcome, its introduction of the guests and its question, the guests' greetings; the answer the page cut)
    assert [f.text for f in ff.facts] == []


def test_1_a_guests_statement_stays_without_label_nor_assent_the_hosts_turns_go(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *TAIHE), INLINE_INTERVIEW, "2023-08-03_泰和县在线访谈.txt")
    assert ff.source.kind == "news"
    assert [f.text[:19] for f in ff.facts] == ["今年文旅工作的总体思路，就是按照县委、"]


def test_2_a_zone_named_by_the_own_place_is_its_own_another_citys_another(tmp_path):
    quanzhou = unit_workspace(tmp_path / "qz", "泉州市科学技术局", "市科技局", "泉州市", "鲤城区, 丰泽区, 晋江市")
    (tmp_path / "a").mkdir()
    zone = first_saying(distil(tmp_path / "a", quanzhou, QUANZHOU_ZONE, "2010-03-13_泉州经济技术开发区.txt").facts, "省级开发区")
    assert (zone.jurisdiction, zone.external) == ("泉州经济技术开发区", False)
    (tmp_path / "b").mkdir()
    elsewhere = distil(tmp_path / "b", unit_workspace(tmp_path / "yc", *YICHUN), QUANZHOU_ZONE, "2010-03-13_泉州经济技术开发区.txt")
    assert first_saying(elsewhere.facts, "省级开发区").external
    assert under_own(BAZHONG_ADDRESSEES, ["宜春市"]) == []  # (巴中经开区 is 巴中市's)


def test_3_a_notice_issuing_a_policy_is_that_policy_its_plans_of_the_span_it_names(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *YICHUN), NOTICE, "2022-09-27_宜府办发2022-38号推进旅游业高质量发展实施意见.txt")
    assert (ff.source.kind, ff.source.title) == ("policy", "关于推进旅游业高质量发展的实施意见（2022—2025年）")
    for words in ("围绕高质量跨越式发展主线", "以打造国内外知名的康养休闲度假旅游目的地为目标"):
        plan = first_saying(ff.facts, words)
        assert (plan.kind, plan.period.year, plan.period.until) == ("plan", 2022, 2025)


def test_4_a_byline_of_several_reporters_is_no_words_of_the_lede(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *YICHUN), FESTIVAL, "2022-08-24_宜春第十六届月亮文化旅游节新闻发布会.txt")
    assert first_saying(ff.facts, "新闻发布会").text.startswith("8月24日，2022宜春.第十六届月亮文化旅游节组委会")
