"""mt60: a page's title, kind and clutter read right, on the seeds of held-out testers hd70a (安顺 water pages), hd70b (内蒙古
蒙医药 pages) and hd70c (静安区 助餐 pages) as their pages printed them, distilled through the public path of ``drafter distill``."""

from __future__ import annotations

from drafter.distill.facts import is_caption
from drafter.grammar import SLOGAN_PHRASES
from drafter.model import NEWS
from helpers import distil, unit_workspace

# hd70b's page of 2020-08-07: a host site's notice board (its slogan) over the breadcrumb, the headline, the site's address and day.
SLOGAN_PAGE = (
    "• 站点公告:\n  • 立足四川、面向行业、辐射全国、放眼世界! 本着服务社会、服务民众、服务产业、服务会员的办会理念,促进民众健康、美丽、快乐、长寿!\n\n"
    "  • 当前位置:时事资讯-> 新闻内页\n内蒙古启动蒙医药中医药振兴行动\nhttp://www.kxys.org.cn〢发布:kxys.org.cn [2020-08-07]\n\n\n"
    "  •      近日,内蒙古正式启动“健康内蒙古——蒙医药中医药振兴行动”,计划到2030年实现蒙医药中医药“治未病”、疾病治疗、疾病康复、"
    "健康养老、健康旅游、文化宣传和科学普及服务覆盖面100%。\n\n\n"
    "      内蒙古自治区蒙中医药管理局蒙中医药服务管理处处长石海燕介绍说,蒙医药中医药振兴行动是健康内蒙古17个专项行动之一,"
    "该行动的总体目标是实现人人享有蒙医药中医药服务。\n"
)

# hd70c's page of 2021-01-05: a news site's teasers of other items (a headline and its summary, each cut with "...") under their
# column labels, then the item's own headline, its fields and its lede.
TEASER_PAGE = (
    "URL: http://www.shanghaizb.com/news/2021/01/05/25940.html\n新闻\n-\n双喜临门!全国首个听力康复产业学院首届方向班开...\n"
    "3月6日下午,由四川护理职业学院与博音听力技术(上海)有限公司共建的全国首个听力康复产业学院——博音听力康复产业学院首届听力康复方向班"
    "开班仪式在成都举行,校企双方代表及行业专家共同参与。 据了解,四...\n财经\n-\n上海蓝波湾陶瓷艺术中心开馆暨 景德镇著名国瓷艺术...\n"
    "2021年5月1日下午3:00,由上海振兴江西促进会、上海蓝波湾陶瓷艺术中心、广东省当代陶瓷美术馆主办的“养真——景德镇著名国瓷艺术家瓷艺"
    "精品(上海)邀请展”在上海蓝波湾陶瓷艺术中心隆重开幕,展览将持续至5月15日...\n民生\n-\n上海顾村大居建设基本恢复节奏,年内还有40余幅保...\n"
    "上海百余项重大工程陆续复工,民生工程进展如何?4月9日,记者走访宝山区顾村大居拓展区新顾城BSPO-0104单元0401-04地块看到,两百余名建筑工人"
    "正在作业,施工现场基本恢复正常建设节奏。15栋15层高层住宅已出现...\n"
    "十几块钱便可吃饱吃好 静安区南京西路街道首个社区食屋暖心开业\n发布时间:2021/01/05 新闻 浏览:639\n"
    "上海早报网12月27日电(董志雯)“小食屋,大民生”,如何让工作生活在社区的人们在“食”字上更加有获得感,感受到社区温度?近日,位于成都北路"
    "335号的南京西路街道新成社区食屋正式开业。\n"
    "南京西路街道是一个老龄化程度很高的国际化时尚街区。60岁以上户籍老年人有21142人,老龄化率高达45.6%。\n"
)

# hd70b's page of 2019-08-06: a speech at a press conference, its salutation and its occasion before its account.
SPEECH_PAGE = (
    "【政策法规】自治区政府新闻办召开内蒙古自治区蒙中医药改革成就新闻发布会\n\n阿巴嘎卫生计生平台\n\n\n"
    "8月6日,自治区政府新闻办召开内蒙古自治区蒙中医药改革成就新闻发布会。自治区卫生健康委副主任伏瑞峰作情况介绍,并同自治区卫生健康委"
    "蒙中医药服务管理处处长石海燕,自治区国际蒙医医院党委书记毕力格回答记者提问。\n\n\n"
    "       内蒙古自治区蒙中医药改革成就新闻发布会发布词\n\n自治区卫生健康委副主任  伏瑞峰\n\n(2019年8月6日)\n\n\n"
    "各位来宾,各位媒体记者朋友们:\n\n大家好!\n\n"
    "今天,我们在这里举行新闻发布会,主要目的是向广大媒体记者朋友们通报蒙医药中医药改革发展情况。下面,我简要介绍一下我区蒙医药中医药"
    "改革发展成果。\n\n"
    "蒙医药中医药是我区医疗卫生事业的特点和重点。从2009年新医改启动以来,我区认真贯彻落实党中央、国务院决策部署,积极推进蒙医药中医药"
    "改革发展,蒙医药中医药改革取得了显著成效,进一步放大了医改的惠民效果。\n"
)

# hd70a's page of 2023-06-01 as saved: no title, no byline — a villager's and a station's worker's words quoted.
UNTITLED_NEWS = (
    "在安順市鎮寧自治縣六馬鎮板樂社區,村民王長江正在為家里的60畝蜂糖李進行追肥、剪枝、清園。\n"
    "“我種植蜂糖李有12年了,沒修納井田水庫前都是靠天下雨,遇到干旱或雨水少時,果子品質差,產量也少。現在灌溉水從水庫通過溝渠直接到地里,"
    "再也不用為水發愁了。”王長江說。\n"
    "納井田水庫于2013年修建,2016年建設完成,總投資1.31億元,工程設計年供水量336.94萬立方米,有效解決了六馬鎮及周邊1.13萬人的抗旱應急"
    "水源問題和沿線7個村5000畝耕地的灌溉問題。\n"
    "同樣在鎮寧的沙子鄉龍井灣水庫是2023年4月底才下閘蓄水的,正處在試運行階段。\n"
    "“水庫試運行主要是檢驗泵站、高位水池、管道等是否能正常運行,預計今年11月份竣工驗收。”鎮寧自治縣水務局建設管理站工作人員汪儉軍介紹,"
    "龍井灣水庫總庫容131萬立方米,為小(1)型水庫,主要任務是解決沙子集鎮4000人、周邊村寨5471人、大小牲畜4021頭的供水問題。\n"
)


def test_a_site_slogan_is_no_title_and_the_headline_over_the_sites_dateline_is(tmp_path):
    """hd70b: the page was titled by its host site's slogan «立足四川、面向行业、辐射全国、放眼世界！…» and its address and day
    «http://www.kxys.org.cn〢发布：kxys.org.cn [2020-08-07]» was a fact: the headline is the line over that dateline."""
    ws = unit_workspace(tmp_path / "ws", "内蒙古自治区卫生健康委员会", "自治区卫生健康委", "内蒙古自治区")
    ff = distil(tmp_path, ws, SLOGAN_PAGE, "2020-08-07_mengyiyao-zhenxing-xingdong.txt")
    assert ff.source.title == "内蒙古启动蒙医药中医药振兴行动"
    assert not [f.text for f in ff.facts if "kxys" in f.text or "立足四川" in f.text]


def test_a_slogan_of_four_character_phrases_is_no_headline():
    assert SLOGAN_PHRASES.search("立足四川、面向行业、辐射全国、放眼世界！本着服务社会、服务民众、服务产业、服务会员的办会理念")
    assert not SLOGAN_PHRASES.search("内蒙古启动蒙医药中医药振兴行动")
    assert not SLOGAN_PHRASES.search("我市获评全国文明城市、国家卫生城市")  # (two things won: a headline)
    assert not SLOGAN_PHRASES.search("我县推进乡村振兴、产业发展、生态保护工作")  # (the works of a headline's verb)
    # (a slogan a sentence quotes, as 红河州农业农村局's reply to 第221号建议 prints it, hd24: the sentence's words, cut or not)
    assert not SLOGAN_PHRASES.search("《方案》中目标要求：围绕“产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”总要求，在全县行政村"
                                     "和所有自然村开展省、州、县级美丽乡村创建工作，从 2020 年开始，力")


def test_teasers_cut_short_are_neither_title_nor_facts(tmp_path):
    """hd70c: the page was titled by a teaser «双喜临门！全国首个听力康复产业学院首届方向班开...» and the teasers' summaries (a class in
    成都, an exhibition, 宝山区's 顾村大居) were 静安区's facts: a line cut with «...» is another page's teaser; the item is of 2020 as its
    outlet's dateline says (12月27日电 on a page of 2021-01-05)."""
    ws = unit_workspace(tmp_path / "ws", "上海市静安区民政局", "区民政局", "静安区")
    ff = distil(tmp_path, ws, TEASER_PAGE, "2021-01-05_南京西路街道社区食屋开业.txt")
    assert ff.source.title == "十几块钱便可吃饱吃好 静安区南京西路街道首个社区食屋暖心开业"
    assert not [f.text for f in ff.facts if f.text.endswith("...") or "成都举行" in f.text or "展览" in f.text or "建筑工人" in f.text]
    assert any("21142人" in f.text for f in ff.facts)
    assert ff.source.period == 2020  # (its lede's day, 上海早报网12月27日电, is the year's before the page's: the teasers dated it so)


def test_a_speechs_salutation_and_occasion_are_no_facts(tmp_path):
    """hd70b: «各位来宾，各位媒体记者朋友们：» and «今天，我们在这里举行新闻发布会，主要目的是…通报…。下面，我简要介绍一下…» were
    facts: whom a speech greets and why it is given say nothing of the work."""
    ws = unit_workspace(tmp_path / "ws", "内蒙古自治区卫生健康委员会", "自治区卫生健康委", "内蒙古自治区")
    ff = distil(tmp_path, ws, SPEECH_PAGE, "2019-08-06_mengyiyao-gaige-fabuhui.txt")
    texts = [f.text for f in ff.facts]
    assert not [t for t in texts if t.startswith(("各位来宾", "今天，我们在这里"))], texts
    assert any(t.startswith("蒙医药中医药是我区") for t in texts)


def test_a_pictures_note_closes_a_caption():
    """hd70a: «普定靛山水库（资料图）。», «鸡场坡镇片区供水取水浮船（资料图）。» were facts: a name and a picture's note is a caption."""
    assert is_caption("普定靛山水库（资料图）。") and is_caption("鸡场坡镇片区供水取水浮船（资料图）。")
    assert is_caption("新建的幸福院（图片）") and is_caption("村民在新居前合影（记者 王某 摄）。")
    assert not is_caption("全市新建水库3座（见附图）。") and not is_caption("普定县新建靛山水库，解决2万人饮水（资料图）。")


def test_an_untitled_page_quoting_its_people_is_news(tmp_path):
    """hd70a: the 2023 page, saved with no title nor byline, was filed as a work report (2023-work_report-…): a villager's and a
    worker's words quoted, each closed by who said them (…再也不用为水发愁了。”王长江说。), are a reporter's, no unit's report."""
    ws = unit_workspace(tmp_path / "ws", "安顺市水务局", "市水务局", "安顺市")
    ff = distil(tmp_path, ws, UNTITLED_NEWS, "2023-06-01_anshun-water-projects.txt")
    assert ff.source.kind == NEWS
