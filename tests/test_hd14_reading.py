"""What a clerk found reading two unseen bureaus' bases (hd14: 临沂市文化和旅游局, 仙居县民政局): words of a sentence read as a
source's place (家城市 of 21家城市书房, 新春夜市), which took whole sources out of every draft as another place's; and a city's
news of its district (台州's 路桥区) of no place and no date, drafted as the county bureau's own work."""

from __future__ import annotations

from helpers import XIANJU_SUMMARY, distil, draft_title, page_draft, unit_workspace

LINYI_AREAS = "兰山区, 罗庄区, 河东区, 沂南县, 郯城县, 沂水县, 兰陵县, 费县, 平邑县, 莒南县, 蒙阴县, 临沭县"


def _linyi(tmp_path):
    return unit_workspace(tmp_path / "ws_ly", "临沂市文化和旅游局", "市文旅局", "临沂市", LINYI_AREAS)


def test_a_count_of_city_study_rooms_names_no_city(tmp_path):
    """临沂日报's 2024 review on a mirror (meetnikchat.com/shandong/shandonggedi/20250122/5770842.shtml): …21家城市书房、
    230家传统文化传习驿站建成运营 made the page's place 家城市, and all its facts another place's. A measure word before
    城市 (21家城市书房, 5座城市) opens no city's name: the page says 我市, 临沂's."""
    text = ("文旅辉映 蝶变向新\n2025-01-22 10:58:01 来源:临沂日报\n"
            "我市30家鄉鎮(街道)綜合文化站獲評省特級站,21家城市書房、230家傳統文化傳習驛站建成運營,40家公共文化場館延時開放。"
            "全年舉辦“沂蒙四季·活力臨沂”群眾文化活動3.5萬場次。\n")
    facts = distil(tmp_path, _linyi(tmp_path), text, "news.txt")
    assert facts.source.jurisdiction in (None, "临沂市"), facts.source.jurisdiction
    assert facts.facts and not any(f.external for f in facts.facts), [(f.jurisdiction, f.text[:20]) for f in facts.facts]
    # (and its traditional characters are simplified: 驛站 stayed in the facts and 踐行 reached a draft)
    assert "230家传统文化传习驿站" in " ".join(f.text for f in facts.facts)


def test_a_night_market_held_is_no_place(tmp_path):
    """临沂市文化和旅游局's reply on 夜间经济 (wgxj.linyi.gov.cn/info/1326/52055.htm): …先后举办了新春夜市、主题特色花灯秀 made
    its place 新春夜市. A kind of market (夜市, 早市, 股市, 楼市…) is no place: the reply's is the bureau's city."""
    text = ("王龙飞等委员:\n首先非常感谢您对临沂文化旅游的关心和支持,您提出的《关于大力发展夜间经济的建议》的提案收悉,现答复如下:\n"
            "一、工作开展情况\n"
            "(一)积极争创夜间文化旅游消费集聚区。截至目前,全市共创建省级夜间文旅消费集聚区8个(其中2023年2个已公示),"
            "市级夜间文旅消费集聚区24个。\n"
            "(二)举办特色文旅活动。在沂州里商业街区、银雀山兵学公园等地先后举办了新春夜市、主题特色花灯秀等活动。\n")
    facts = distil(tmp_path, _linyi(tmp_path), text, "reply.txt")
    assert facts.source.jurisdiction in (None, "临沂市"), facts.source.jurisdiction
    assert not any(f.external for f in facts.facts), [(f.jurisdiction, f.text[:20]) for f in facts.facts]


# 浙江在线台州频道's news of 2013-10-12 (hanfengnongye.com/07tztk/system/2013/10/12/017128653.shtml) as a clerk saved it, its
# file named by the day, in traditional characters as the mirror prints it.
LUQIAO = ("10月10日,有關人員給80歲以上的老壽星獻花、頒發“健康長壽獎”并送上敬老金等。當天,路橋區螺洋街道二友村居家養老服務中心正式"
          "成立,這也是我市首家村級居家養老服務中心。這家養老服務中心面積達1500平方米,有休息室、活動室、餐廳、廚房等。\n記者 李昌正 攝\n")


def test_a_citys_news_of_its_district_is_that_districts_in_a_countys_base(tmp_path):
    """Saved by 仙居县民政局, the news of 路桥区's first village care centre (这也是我市首家…) was of no place and no date, and
    a 2024 draft wrote it as the county's own work (hd14). A news item of no issuer speaking of another level than the
    workspace's as its own (我市, in a county's base) and naming only places not the workspace's is the place it names
    most; a file named by its day (2013-10-12_…) dates a page that states none."""
    ws = unit_workspace(tmp_path / "ws_xj", "仙居县民政局", "县民政局", "仙居县", "福应街道, 南峰街道, 白塔镇, 横溪镇")
    facts = distil(tmp_path, ws, LUQIAO, "2013-10-12_台州频道_路桥螺洋二友村居家养老服务中心.txt")
    assert (facts.source.jurisdiction, facts.source.date) == ("路桥区", "2013-10-12"), facts.source
    assert facts.facts and all(f.external for f in facts.facts)
    # in the county's own news the same words are its own: 我县 and its town
    own = distil(tmp_path, ws, LUQIAO.replace("路橋區螺洋街道二友村", "白塔鎮上塘村").replace("我市", "我县"), "own.txt")
    assert not any(f.external for f in own.facts), [(f.jurisdiction, f.text[:20]) for f in own.facts]


def test_a_summarys_gap_closed_is_work_done_of_its_year(tmp_path):
    """仙居's main results paragraph, under （一）补齐民生短板，全力推进重大项目建设, was a problem (its heading's 短板), and its
    figures dated 2024 by the page's date while the fact was of 2023 (hd14): 今年 in a 2023 summary posted in January 2024
    is 2023. A gap a heading says is closed (补齐…短板, 破解…难题) is no problem; a past year's summary posted early the next
    year says 今年 of its own year."""
    ws = unit_workspace(tmp_path / "ws_xj", "仙居县民政局", "县民政局", "仙居县", "福应街道, 南峰街道, 白塔镇, 横溪镇")
    facts = distil(tmp_path, ws, XIANJU_SUMMARY, "summary.txt")
    [fact] = [f for f in facts.facts if "专项债项目10项" in f.text]
    assert fact.kind == "done" and fact.period.year == 2023, (fact.kind, fact.period)
    assert all(g.year in (None, 2023) for g in fact.figures), [(g.raw, g.year) for g in fact.figures]


# 临沂市文化和旅游局's 2024 account of its handling of the deputies' items (wgxj.linyi.gov.cn/info/1327/54331.htm), as printed.
LINYI_HANDLING = """索 引 号  1585729837/gdj/2024-0000125  发布机构  临沂市文化和旅游局
 存放位置   公开日期  2024-10-30
 文  号   公开方式  主动公开
 信息名称  临沂市文化和旅游局2024年度人大建议政协提案办理工作总体情况

临沂市文化和旅游局2024年度人大建议政协提案办理工作总体情况

2024-10-30   作者: 点击数:

一、基本情况

2024年,我局共承办市二十届人大三次会议代表建议35件、市政协十六届三次会议提案56件,内容主要涉及乡村旅游、文化遗产保护、文化旅游产业发展、公共文化事业等方面。按照人大代表建议和政协提案办理工作要求,我局认真研究建议提案内容,积极与代表委员沟通对接,较好地完成了办理任务。
"""


def test_a_pages_field_table_is_no_title_and_a_count_of_items_handled_no_work(tmp_path):
    """The page was titled 存放位置 公开日期 2024-10-30, a fact was 信息名称 …总体情况…作者：, and 共承办…建议35件、…提案56件，内容主要
    涉及乡村旅游… was drafted as 乡村旅游 work (hd14). 存放位置, 公开日期, 信息名称 and 点击数 are a page's fields (信息名称 its
    title); a statement counting the items handled, and nothing else, is the bureau's handling of suggestions: context."""
    facts = distil(tmp_path, _linyi(tmp_path), LINYI_HANDLING, "handling.txt")
    assert facts.source.title == "临沂市文化和旅游局2024年度人大建议政协提案办理工作总体情况", facts.source.title
    assert not any("存放位置" in f.text or "信息名称" in f.text for f in facts.facts), [f.text[:20] for f in facts.facts]
    [counts] = [f for f in facts.facts if "35件" in f.text]
    assert counts.kind == "context", counts.kind


def test_a_mirrors_quoted_headline_and_no_menu_is_the_title(tmp_path):
    """临沂日报's review was titled by its byline (□市融媒体中心记者 孙芳玉) though the mirror gives 原標題:臨沂:文旅輝映 蝶變向新, and 荣县's
    news by the site's menu, 本地 天下 发现自贡 文化 健康 教育 商圈 (hd14, rv46). A quoted 原标题 is the title; a line of four or more
    short words apart is a menu, no title."""
    news = ("來源:臨沂日報\n2025-01-22 10:58:01\n原標題:臨沂:文旅輝映 蝶變向新\n□市融媒體中心記者 孫芳玉\n"
            "1月20日,2025年全市文化和旅遊工作會議召開。過去的一年,全市共接待遊客1.2億人次。\n")
    assert distil(tmp_path, _linyi(tmp_path), news, "ly.txt").source.title == "临沂：文旅辉映 蝶变向新"
    ws = unit_workspace(tmp_path / "ws_zg", "自贡市民政局", "市民政局", "自贡市", "自流井区, 贡井区, 大安区, 沿滩区, 荣县, 富顺县")
    page = ("本地 天下 发现自贡 文化 健康 教育 商圈\n搜索\n这一年,荣县民政工作交出“暖心”答卷\n2025-12-31 11:19 荣县融媒体中心\n"
            "2025年,荣县民政系统认真贯彻落实省市县民政工作安排部署。全年城乡低保新增2859人,退出3596人。\n")
    assert distil(tmp_path, ws, page, "rx.txt").source.title == "这一年，荣县民政工作交出“暖心”答卷"


def test_the_counties_counted_are_what_the_figure_counts(tmp_path):
    """临沂's reply on 传统文化 (wgxj.linyi.gov.cn/info/1326/54322.htm): …创建省级红色文化特色村19个，全市9个县均被列入国家革命文物保护
    利用片区 labelled the 9 创建省级红色文化特色村 (hd14). A one-character noun after the measure word (9个县均…) is what is
    counted, never a level naming the figure before it."""
    text = ("对市政协十六届二次会议第132号提案的答复\n二是推动文化与演艺融合发展。守好红色根脉,命名红色堡垒村(镇)171处,"
            "创建省级红色文化特色村19个,全市9个县均被列入国家革命文物保护利用片区。\n")
    figures = {g.raw: g.counts for f in distil(tmp_path, _linyi(tmp_path), text, "r.txt").facts for g in f.figures}
    assert figures["9个"] == "县" and figures["19个"] == "省级红色文化特色村", figures


# The same item as printed on, through its project still being prepared.
XIANJU_PROJECTS = XIANJU_SUMMARY.rstrip("\n") + (
    "横溪养老服务中心主体工程完成结顶,完成固定资产投资约1516万元、下各养老服务中心完成主体工程结顶,完成固定资产投资约1646万元,"
    "均已完成年度投资计划的85%以上,以上三个项目年内均可实现主体建筑结顶;仙居县乡镇养老服务中心二期专项债项目通过审批,"
    "争取项目经费1000万元,目前正在开展项目前期工作。\n")
# The tester's text of 县十七届人大三次会议第5号建议 (王智慧), from the real reply's restatement of it.
BAITA = """关于建设白塔镇康养中心项目的建议

领衔代表：王智慧

当前，我县人口老龄化、少子化、空巢化、失能化现象日益加剧，白塔镇及周边区域老年人口多、养老服务设施少，失能半失能老人的照护需求得不到满足，群众养老压力巨大。白塔卫生院老院区目前闲置，具备改建为康养设施的条件。为此建议：

一、将白塔镇康养中心项目纳入全县养老服务设施布局规划，尽快立项建设，推进中心镇区域性养老服务中心建设。

二、利用白塔卫生院老院区等闲置资源，建设集医疗、康复、养老于一体的医养结合中心，增加养老床位。

三、加大财政和专项债资金支持，确保项目早日开工、早日建成投用。
"""


def test_a_sites_works_are_offered_the_project_of_their_kind_being_prepared(tmp_path):
    """仙居's draft on 白塔镇's 康养中心 said 乡镇养老服务中心二期专项债项目通过审批 in part one beside 横溪's and 下各's centres
    and left the site's answer blank, while that project was the one 白塔's centre went into (rv49: the biggest missed
    opportunity). A clause saying a project of the site's kind still being prepared (通过审批, 谋划, 纳入…项目) and naming no
    other of the workspace's areas is said in the site's paragraph, its year before it, marked for the clerk to verify; the
    other towns' centres stay in part one, and the clause is not said twice."""
    ws = unit_workspace(tmp_path / "ws_xj", "仙居县民政局", "县民政局", "仙居县", "福应街道, 南峰街道, 白塔镇, 横溪镇, 下各镇")
    _, document = page_draft(tmp_path, ws, XIANJU_PROJECTS, BAITA, "5", "关于建设白塔镇康养中心项目的建议",
                             "--type", "B", "--date", "2024-05-20")
    body = [p.text for p in document.paragraphs]
    site = next(t for t in body if t.startswith("关于您所提建设白塔镇康养中心项目，"))
    # (the project's stage, as 专项债资金支持 keeps its part, dated to the summary's year's end: what the clerk weighs, as
    # 仙居's real reply said its project's — 目前项目建筑设计方案已通过县规划委会议审批; 项目前期 holds no 目前)
    assert site.startswith("关于您所提建设白塔镇康养中心项目，2023年，仙居县乡镇养老服务中心二期专项债项目通过审批，争取项目经费"
                           "1000万元，截至2023年底，正在开展项目前期工作【待核实：该处是否列入上述项目】。【待补充：该处的现状"), site
    assert sum("二期专项债项目" in t for t in body) == 1
    one = next(t for t in body if "横溪养老服务中心" in t)
    assert one.endswith("均已完成年度投资计划的85%以上。") and body.index(one) < body.index(site), one
    assert any(c.text.startswith("本局2023年谋划或已获批的同类项目（县民政局2023年重点工作总结") for c in document.comments)
    # a site of another kind (a road) is offered no care centre's project
    road = draft_title(ws.root, tmp_path / "6.docx", "6", "关于硬化白塔镇上塘村产业道路的建议", "--deputy", "王某",
                       "--date", "2024-05-20")
    assert "上述项目" not in "".join(p.text for p in road.paragraphs)
