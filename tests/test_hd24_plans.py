"""Held-out rounds hd24a–d (西安市生态环境局, 南京市江宁区卫健委, 红河州农业农村局, 济南市市场监管局): plans and targets read as
results or as background, a speaker's framing kept in a fact, a site's notice read as a plan.

Each test distils a short excerpt of a real page the testers saved (its words as the page prints them: traditional
characters and half-width commas kept) through the public path a user's ``drafter distill`` takes, in a workspace of the
bureau that tested it.
"""

from __future__ import annotations

from drafter.model import CONTEXT, DONE, PLAN
from drafter.read.clean import is_chrome
from helpers import distil, fact_saying, unit_workspace

# 陕西建筑报 of 2025-04-10 (a mirror in traditional characters), 西安三部门发布今年重点工作: its lede and two speakers' paragraphs.
XIAN_2025 = """事關生態保護、水利建設、鄉村振興 西安三部門發布今年重點工作
發表時間:2025-04-10 09:09來源:陜西建筑報
4月8日,西安市委宣傳部、市政府新聞辦舉行“‘深化六個改革’創新推進中國式現代化西安實踐”系列新聞發布會,西安市生態環境局督察專員劉長宏、市水務局副局長魏鵬、市農業農村局副局長趙向軍介紹了有關情況并回答媒體提問。
劉長宏說,2025年,西安市生態環境局將緊密圍繞全市“深化六個改革”重要部署,聚焦生態環境領域短板弱項,加強系統治理、標本兼治。其中,在打好碧水保衛戰方面,將完成30個行政村生活污水治理和20處農村黑臭水體整治。
魏鵬說,2025年,西安市水務局將錨定“六大夯基工程”,實施重點項目攻堅、防澇排洪能力提升、城鄉供水能力提升、污水處理能力提升。
"""

# 西安 news of 2022-02-15 on the bureau's 2021 results: the air paragraph's provincial targets met.
XIAN_2021_AIR = """西安市生态环境局连续3年获评考核优秀单位
在空气质量方面,2021年优良天数达到265天,同比增加15天;PM2.5浓度为41微克每立方米,同比改善19.6%。全面完成优良天数不少于250天、PM2.5浓度低于51微克/立方米、重度及以上污染天数少于11天的三项省考指标任务。全年增加的优良天数和PM2.5改善幅度均列陕西省关中5市第一名。
"""

# A reprint of 红河州委农村工作会议's news (2022-03-22): the year's results, then its targets after 据悉.
HONGHE_2022 = """红河州2021年水果、蔬菜产量位居云南省第一
3月21日,云南省红河州委农村工作会议在蒙自市召开。据会议消息,2021年,红河州特色农业竞争力不断增强,水果、蔬菜产量全省第一,粮食产量达185.1万吨,位居全省第3位。
据悉,2022年,红河州将着力扛实粮食安全和耕地保护责任,确保粮食作物播种面积稳定在578万亩以上,粮食产量稳定在185万吨以上,新建20万亩高标准农田;着力推进农业产业化发展,力争2027年重点产业全产业链产值达3590亿元以上。
"""

# 江宁区政府网's 互动交流 answer of 2025-02-14, the whole page.
JIANGNING_2025 = """江宁区今年关于医疗卫生方面的民生实事有哪些?
一是开设急诊社区卫生服务中心。推进方山和上坊2个社区卫生服务中心开设急诊,实现全区23家社区卫生服务中心急诊(科)全覆盖,更好满足群众急诊服务需求。
二是建设基层慢病筛防中心。年内建成2家市级及以上基层慢病筛防中心,并针对目标群体强化管理,提供个性化运动建议,以点带面提高基层慢病管理服务水平。
三是建设江宁老年医院。推进江宁老年医院建设,项目占地面积约11.4亩,主要新建老年医院综合楼及相关附属设施,建成后更好满足老年人日益增长的医疗需求。
"""

# 中国质量新闻网's notice on reposts under its article of 2021-12-03 (the page cuts it off so).
CQN_NOTICE = ("本网注明“来源:XXX(非中国质量新闻网)”的作品,均转载自其他媒体,转载目的在于传递更多信息,并不代表本网赞同其观点和对其真实性负责。"
              "文章内容仅供参考。如因作品内容、版权和其他问题需要同本网联系的,请在30日内进行,本网将在第一时间与您联系,"
              "删除相关内容或进行其他必要的处理。联系电话:010-84648459,邮箱:zgzlxwwbjb@126.com。如转载本网稿件,请注明来源,"
              "并自负版权等法律责任,违反上述声明者,本网将追究其相关法律责任。若需转载本网稿件,请致电:010-84648459,请直")


def _xian(tmp_path):
    return unit_workspace(tmp_path / "ws", "西安市生态环境局", "市生态环境局", "西安市", "新城区, 碑林区, 莲湖区, 高陵区")


def test_a_speakers_plan_is_a_plan_without_who_said_it(tmp_path):
    """刘长宏说，2025年，西安市生态环境局将…完成30个行政村生活污水治理… was filed as done with 刘长宏说 kept, and drafted as 刘长宏说，
    2025年，我局将… in 基本情况: anyone's words of what is to be done are a plan, its text the words without their speaker."""
    ff = distil(tmp_path, _xian(tmp_path), XIAN_2025, "2025-04-10_西安三部门发布今年重点工作.txt")
    ours, water = fact_saying(ff, "生态环境局将紧密围绕"), fact_saying(ff, "水务局将锚定")
    assert (ours.kind, water.kind) == (PLAN, PLAN)
    assert ours.text.startswith("2025年，西安市生态环境局将") and water.text.startswith("2025年，西安市水务局将")
    assert ours.period.year == 2025 and {g.raw for g in ours.figures} >= {"30个", "20处"}
    assert not any("说，" in f.text for f in ff.facts)


def test_a_standards_bounds_are_no_values_reached(tmp_path):
    """完成优良天数不少于250天、PM2.5浓度低于51微克/立方米…的三项省考指标任务 filed 250天 as 优良天数 and 51 as PM2.5浓度, beside the
    2021 values reached (265天, 41): a bound the standard named after it sets is no figure of the year."""
    ff = distil(tmp_path, _xian(tmp_path), XIAN_2021_AIR, "2022-02-15_西安市生态环境局连续3年考核优秀.txt")
    fact = fact_saying(ff, "优良天数达到265天")
    raws = {g.raw for g in fact.figures}
    assert {"265天", "19.6%"} <= raws
    assert not {g.value for g in fact.figures} & {250, 51, 11}
    assert fact.kind == DONE


def test_a_year_opening_a_will_is_that_years_plan(tmp_path):
    """据悉，2022年，红河州将着力…确保粮食作物播种面积稳定在578万亩以上…新建20万亩高标准农田 was filed as done (of 2027, from the
    力争2027年 after it) and drafted as the 州's result: a year, a place and 将 open a plan, of the year it opens on."""
    ws = unit_workspace(tmp_path / "ws", "红河哈尼族彝族自治州农业农村局", "州农业农村局", "红河州", "蒙自市, 个旧市, 开远市, 建水县")
    ff = distil(tmp_path, ws, HONGHE_2022, "2022-03-22_红河州2021年水果蔬菜产量位居云南省第一.txt")
    plan = fact_saying(ff, "578万亩")
    assert plan.kind == PLAN and plan.text.startswith("2022年，红河州将")
    assert (plan.period.year, plan.period.basis) == (2022, "text")
    assert next(g for g in plan.figures if g.raw.startswith("3590")).year == 2027
    assert fact_saying(ff, "185.1万吨").kind != PLAN  # (the year past's results before it)


def test_a_news_item_of_the_years_projects_lists_plans(tmp_path):
    """江宁区今年关于医疗卫生方面的民生实事有哪些？ lists the year's projects (年内建成2家…, 推进…开设急诊, 推进江宁老年医院建设): they were
    filed as background, so no draft could offer them as the year's plan to confirm; a news item whose title announces the
    year's projects or work to come lists plans."""
    ws = unit_workspace(tmp_path / "ws", "南京市江宁区卫生健康委员会", "区卫健委", "江宁区", "东山街道, 秣陵街道, 汤山街道")
    ff = distil(tmp_path, ws, JIANGNING_2025, "2025-02-14_jiangning_hdjl_ylws.txt")
    kinds = {words: fact_saying(ff, words).kind for words in ("开设急诊", "慢病筛防中心", "老年医院")}
    assert set(kinds.values()) == {PLAN}, kinds
    assert all(f.period.year == 2025 for f in ff.facts)


def test_a_sites_notice_on_reposts_is_no_text():
    """中国质量新闻网's 本网注明“来源：XXX（非中国质量新闻网）”的作品，均转载自其他媒体… (286 characters, longer than a notice was
    looked for) was filed as a plan: a line opening on the site's marking of its works is the site's notice."""
    assert is_chrome(CQN_NOTICE)
    assert not is_chrome("本网记者从市市场监管局获悉，2021年全市共受理消费者投诉举报1.2万件，为消费者挽回经济损失860万元。")


def test_a_plan_news_items_account_of_its_day_is_no_plan(tmp_path):
    """In a news item of the year's work to come (西安三部门发布今年重点工作), its lede of the day's press conference (4月8日，…举行…
    新闻发布会，…介绍了有关情况) was filed as a plan: an event of a day, or a statement saying something done, is none."""
    ff = distil(tmp_path, _xian(tmp_path), XIAN_2025, "2025-04-10_西安三部门发布今年重点工作.txt")
    lede = fact_saying(ff, "新闻发布会")
    assert lede.kind in (CONTEXT, DONE)


# hd24b's probe suggestion (the tester's text for 南京市江宁区卫健委, its asks as written).
JIANGNING_ASKS = """关于加强基层慢性病管理和社区急诊服务的建议
建议：
一、加快基层慢病筛防中心建设，扩大慢性病早筛覆盖面。
二、提升社区卫生服务中心急诊服务能力，方便群众就近急诊。
三、加快江宁老年医院建设，满足老年人医疗需求。
"""


def test_the_needs_an_ask_meets_are_no_measure_of_it():
    """The part-two comment offered 满足老年人医疗需求 as what ask 三 proposes doing: a clause of the needs met says what the
    building is for, no measure to plan; 扩大慢性病早筛覆盖面 is one."""
    from drafter.compose.asks import parse_asks

    asks = parse_asks(JIANGNING_ASKS, "关于加强基层慢性病管理和社区急诊服务的建议")
    assert [a.measures for a in asks] == ["扩大慢性病早筛覆盖面。", "", ""]
    assert "江宁老年医院" in asks[2].phrase
