"""Two held-out testers' findings (hd45c: 常德市住房和城乡建设局; hd45a: 南昌市应急管理局) on places, figure years, kinds and labels,
each on the real lines of their seeds."""

from drafter.distill.figures import find_figures
from drafter.distill.places import is_place, places_in

from helpers import distil, fact_saying, unit_workspace

# hd45c's seeds/2016-05-17_局长接话接访.txt, its title and text (the site's chrome after it left out).
DIRECTOR_ON_THE_LINE = (
    "市住房和城乡建设局党委书记、局长黄金陵接话接访活动圆满完成\n"
    "为有效处理群众投诉,妥善化解建设领域的各类矛盾,努力建设人民满意政府机关,2016年5月17日,市住房和城乡建设局党委书记、局长黄金陵,"
    "副局长熊新平,局信访科科长杨正杰,村镇科科长张玻、法制科科长熊键,质安处处长伍和平,市住保办主任李勇军一行7人来到市长热线办,"
    "与市民通过热线电话开展互动交流,活动期间市电视台进行了同步录播,整个接话接访活动收到了解决群众咨询、宣传建设法律法规的效果。\n"
    "在一个上午的接话接访活动期间,总共有7位市民打进市长热线,咨询反映问题9个,这9个问题均在现场进行了解答处理。反映问题主要集中在2015年"
    "市城区提质改造项目的工程完成情况,今年我市海绵城市即将开工建设哪些工程项目、十三五期间我市城市建设的远景规划、工程建设施工许可证的发放"
    "与工程竣工验收的标准等方面。\n"
    "最后,黄金陵局长还与主持人就2015年市住建局的工作完成情况以及今年下半年还有哪些重大市政工程即将呈现在全体常德人面前等具体问题进行了交流、"
    "分享与畅谈。\n"
)

# hd45c's seeds/2018-01-31_常德海绵城市建设.txt, whole (the page is cut in its last sentence).
SPONGE_CITY = (
    "(三)积极建设海绵城市。常德市在积极创建海绵城市范例,有效应对强降雨天气,确保城市水安全等方面的建设成效,已得到国家多部委和社会各界的"
    "高度认可,多次在中央媒体上推介,并在喜庆党的“十九大”全国“砥砺奋进的五年”大型成就展亮相。\n"
    "1.建设背景。上世纪80年代以来,随着城市化进程加快,开发强度高、硬质铺装多、雨水调蓄渗滞能力减弱,内涝灾害时有发生;工业废水、生活污水"
    "直排进入河道,河水浑浊发臭,水面蓝藻泛滥。内涝问题成为市民的“心头之患”,水体黑臭成为常德市的“城市之殇”。2013年12月,习近平总书记在"
    "中央城镇化工作会议上提出了“建设自然积存、自然渗透、自然净化的海绵城市”。2014年12月,住建部、财政部、水利部三部联合启动全国首批海绵城市"
    "建设试点城市申报工作。2015年4月,常德市以优异成绩从135个申报城市中脱颖而出,跻身全国首批16个试点城市之一。\n"
    "2.建设进度。试点海绵城市建设以来,在市委、市政府的的指导下,常德市海绵城市建设积极探索,因地制宜,开创性地推进海绵城市建设工作,系统谋划"
    "和统筹推进海绵城市建设五大工程148个子项目,总投资78.15亿元。截至2017年12月,已完成工程项目113个,在建项目35个,已建成面积52.98平方公里"
    "(试点区域内27.58平方公里,试点区域外25.4平方公里),在建项目35个,在建面积6.41平方公里,已完成投资64.22亿元,投资完成比达82.2%。"
    "水质及内涝方面,已整治完成内涝点15个、黑臭水体4条,建成区不积水面积达34.97平方公里,占示范区面积的96.9%,剩余1个内涝点及3条黑臭水体"
    "预计海绵总验收前可全部完工。已完成市人大机关、市检察院机关、市环保局机关、芷兰居小区、金色晓岛小区等48个院落改造,建成面积3.83平方公里"
    "(试点区域内2.72平方\n"
)


def _changde(tmp_path):
    return unit_workspace(tmp_path / "ws", "常德市住房和城乡建设局", "市住建局", "常德市")


def _counts(text: str) -> dict[str, str | None]:
    return {f.raw: f.counts for f in find_figures(text)}


def test_no_place_is_cut_out_of_a_time_word():
    """活动期间市电视台 names no 期间市 (nor 活动期间市): the level word after a time word (期间, 时期, 年间…) opens the clause's
    subject; 市城区 is the city's urban area, no district's name."""
    assert not is_place("期间市") and not is_place("活动期间市") and not is_place("改革时期县")
    assert not is_place("市城区")
    assert [name for *_, name in places_in(DIRECTOR_ON_THE_LINE) if name.endswith(("市", "区"))] == []
    assert is_place("常德市") and is_place("鼓楼区")  # (names still read, and one after a place: 民权县, no 市民)
    assert [name for *_, name in places_in("商丘市民权县新增")] == ["民权县"]


def test_the_directors_page_is_the_citys_own(tmp_path):
    """The bureau's director answering citizens' calls (我市, 常德人) is 常德市's page, its facts the city's own: never a place
    期间市 cut out of 活动期间市电视台 (hd45c, which kept every fact of it out of the city's drafts)."""
    ff = distil(tmp_path, _changde(tmp_path), DIRECTOR_ON_THE_LINE, "2016-05-17_局长接话接访.txt")
    assert ff.source.jurisdiction == "常德市", ff.source
    assert {f.jurisdiction for f in ff.facts} == {"常德市"}


def _year(fact, raw: str) -> tuple[int | None, str | None]:
    fig = next(f for f in fact.figures if f.raw == raw)
    return (fig.year or fact.period.year), fig.basis


def test_a_count_as_of_a_cut_off_runs_on(tmp_path):
    """截至2017年12月，…在建面积6.41平方公里 is the area under way then, not at the page's date (2018); and the next sentence,
    naming no time of its own, goes on with that count (水质及内涝方面，已整治完成内涝点15个…48个院落改造: 2017)."""
    ff = distil(tmp_path, _changde(tmp_path), SPONGE_CITY, "2018-01-31_常德海绵城市建设.txt")
    fact = fact_saying(ff, "截至2017年12月")
    for raw in ("113个", "6.41平方公里", "64.22亿元", "15个", "4条", "34.97平方公里", "96.9%"):
        assert _year(fact, raw) == (2017, None), (raw, fact.period, fact.figures)
    # (the forecast between them, 剩余1个内涝点…预计…可全部完工, is cut off as a plan: the sentence after it is a fact of its own, h245)
    assert _year(fact_saying(ff, "48个院落改造"), "48个") == (2017, None)


def test_results_are_done_and_their_acclaim_is_not(tmp_path):
    """Under 2.建设进度 (a heading on the progress made) the results are work done; the paragraph saying the results won the
    acclaim of ministries and the media (…建设成效，已得到国家多部委和社会各界的高度认可，多次在中央媒体上推介) is context."""
    ff = distil(tmp_path, _changde(tmp_path), SPONGE_CITY, "2018-01-31_常德海绵城市建设.txt")
    assert fact_saying(ff, "已完成工程项目113个").kind == "done"
    assert fact_saying(ff, "高度认可").kind == "context"


def test_labels_of_the_held_out_lines():
    """What each figure counts, on the testers' lines: the things one was picked from (从135个申报城市中), the built-up area
    (建成区, no verb 建成), a body after its item's heading run into it (3、基础性工作开展情况 单位…), a share of the province's whole
    (仅占全省森林火灾起数的3.3%) and a change of a change (事故起数减少45起，同比下降30.4%: 事故起数下降, never 减少下降)."""
    assert _counts("2015年4月,常德市以优异成绩从135个申报城市中脱颖而出,跻身全国首批16个试点城市之一。")["135个"] == "申报城市"
    counts = _counts("水质及内涝方面,已整治完成内涝点15个、黑臭水体4条,建成区不积水面积达34.97平方公里,占示范区面积的96.9%。")
    assert counts["34.97平方公里"] == "建成区不积水面积"
    assert counts["96.9%"] == "建成区不积水面积占示范区面积"
    # (hd45c's seeds/2019-03-20_2018年度政府信息公开年报.txt, a line of its table)
    assert _counts("3、基础性工作开展情况 单位主要领导听取政务公开工作情况汇报5次")["5次"] == "单位主要领导听取政务公开工作情况汇报"
    # (hd45a's seeds/2023-04-01_2022年工作总结和2023年工作要点.txt)
    counts = _counts("我市发生森林火灾3起,仅占全省森林火灾起数的3.3%,未发生造成人员伤亡的森林火灾。")
    assert counts["3.3%"] == "发生森林火灾占全省森林火灾起数"
    counts = _counts("1-12月,全市共发生各类生产安全事故103起、死亡88人。与2021年同期比,事故起数减少45起,同比下降30.4%;死亡人数减少41人,"
                     "同比下降31.8%。")
    assert (counts["30.4%"], counts["31.8%"]) == ("事故起数下降", "死亡人数下降"), counts
