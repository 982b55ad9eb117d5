"""Leftovers of the held-out rounds hd19–hd21 (close44's list): each test reads real lines of a tester's page, or of a seed
or the corpus where they show the same thing, through the path a user's ``drafter distill`` takes."""

from __future__ import annotations

import docx
from click.testing import CliRunner

from drafter.cli import cli

from drafter.distill.figures import find_figures
from drafter.distill.places import places_in
from drafter.distill.topics import candidate_terms
from drafter.grammar import place_and_short_name
from helpers import distil, unit_workspace


def _guanghan(tmp_path):
    return unit_workspace(tmp_path / "ws", "广汉市商务局", "市商务局", "广汉市")


# 广汉市's report on its plan's first half of 2025 (送审稿, hd20b's seeds), its head and the 农业 paragraph (cut after its figures).
HALF_YEAR_2025 = """关于广汉市2025年1—6月国民经济和社会
发展计划执行情况的报告
(送审稿)
市人大常委会:
受市人民政府委托,现将广汉市2025年1—6月国民经济和社会发展计划执行情况汇报如下,请予审议。
一、上半年国民经济和社会发展执行情况
(一)三次产业协同互促,高质量发展步伐稳健
农业经济量质齐升,稳产保供根基稳固。小春粮食作物产量预计增长10%,稻茬小麦万亩连片最高单产688.9公斤,继续领跑西南地区最高水平,获评2024年全省粮油千亩高产先进县。建成省级区域农机社会化服务中心1个、智慧农业示范区2个,主要农作物综合机械化率达90.6%、高于全省16个百分点。
"""


def _tengzhou(tmp_path):
    return unit_workspace(tmp_path / "ws", "滕州市住房和城乡建设局", "市住建局", "滕州市", "龙泉街道, 北辛街道")


# 滕州市住建局's reply to 人大十九届一次会议第27号 as a mirror prints it (traditional characters, the posting day run into the title
# line, the page cut; hd21b's seeds/2022-27号-西部城区.txt).
REPLY_27 = """7月28日,2022年度滕州市住建局關于人大十九屆一次會議第27號代表建議(關于進一步加強西部城區基礎設施配套的建設)的答復:
你們好!你們提出的《關于進一步加強西部城區基礎設施配套的建設》已收悉,感謝你們提出的寶貴建議,我們高度重視,立即安排專人予以落實、辦理,現將辦理情況回復如下:
近年來,市委、市政府十分重視西部城區基礎設施建設,相繼實施了振興路全線、大地路、清水灣公園等一系列基礎設施建設工程,有效改善了西部城區的交通通行情況和居民的居住環境,但與其他城區相比仍有較大的提升空間。
感謝你們對我市城市建設的關心和支持,在以后的工作中,還請繼續對我們的工作予以關心和監督。
"""


def test_a_unit_opening_with_qian_is_not_the_scale_qian():
    """建设2000千瓦装机容量的… read 2000千 (the scale 千, unit none, 瓦装机容量 its label) and 滕州's 新增道路里程约12千米 read 12米:
    where a unit opens with 千 (千瓦, 千米, 千克) the longest unit wins."""
    power = find_figures("建设2000千瓦装机容量的光伏电站")
    assert [(g.value, g.unit, g.counts) for g in power] == [(2000, "千瓦", "装机容量")]
    roads = find_figures("全年新增道路里程约12千米,建成城市地下综合管廊约1.4千米")
    assert [(g.value, g.unit) for g in roads] == [(12, "千米"), (1.4, "千米")]
    assert [g.raw for g in find_figures("投入3千万元")] == ["3千万元"]


def test_a_day_opening_a_reply_title_before_its_year_dates_it(tmp_path):
    """"7月28日,2022年度…的答復:" left the reply undated (id undated-reply-27, a reminder to name the file by its date): the day
    opening a reply's title line is of the year its words then name."""
    ff = distil(tmp_path, _tengzhou(tmp_path), REPLY_27, "2022-27号-西部城区.txt")
    assert ff.source.date == "2022-07-28" and ff.source.id == "2022-reply-27"


def test_a_forecast_is_no_result(tmp_path):
    """小春粮食作物产量预计增长10%，稻茬小麦…单产688.9公斤… was one result (kind done) holding the forecast's 10%: a clause saying
    what its subject is expected to reach is a plan of its own, and the clause after it reporting a figure of its own thing a
    result again."""
    ff = distil(tmp_path, _guanghan(tmp_path), HALF_YEAR_2025, "广汉市2025年1-6月国民经济和社会发展计划执行情况的报告_送审稿.txt")
    forecast = next(f for f in ff.facts if "预计增长10%" in f.text)
    assert forecast.kind == "plan" and forecast.text == "小春粮食作物产量预计增长10%"
    done = next(f for f in ff.facts if "688.9公斤" in f.text)
    assert done.kind == "done" and done.text.startswith("稻茬小麦") and "10%" not in done.text
    assert {g.raw for g in done.figures} >= {"688.9公斤", "90.6%"}


def test_an_honours_year_does_not_date_the_work(tmp_path):
    """广汉's first half of 2025: 稻茬小麦…单产688.9公斤，…获评2024年全省粮油千亩高产先进县。… was dated 2024 (basis text) while
    its figures said 2025: a year naming an honour conferred (获评, 荣获, 入选…) is the honour's, not the work's."""
    ff = distil(tmp_path, _guanghan(tmp_path), HALF_YEAR_2025, "广汉市2025年1-6月国民经济和社会发展计划执行情况的报告_送审稿.txt")
    done = next(f for f in ff.facts if "688.9公斤" in f.text)
    assert done.period.year == 2025 and done.period.basis == "report period"


def test_a_verb_of_going_is_no_part_of_the_place():
    """来广汉市参观三星堆的大量外地游客 (hd20b's suggestion on 消费券, its place written out) named the place 来广汉市, as 赴/到/前往 did
    theirs: a verb of going opens no name; 来宾市, 来凤县, 来安县 stay names."""
    said = "二是来广汉市参观三星堆的大量外地游客难以领取和使用我市消费券，赴成都市、到德阳市、前往绵阳市消费"
    assert [name for *_, name in places_in(said)] == ["广汉市", "成都市", "德阳市", "绵阳市"]
    assert [name for *_, name in places_in("来宾市、来凤县和来安县的经验")] == ["来宾市", "来凤县", "来安县"]


def test_a_bureau_of_education_and_sports_goes_by_its_joined_short_name():
    """A 教育和体育局 kept its full name as its short name (init's short_name, the draft's 我局's unit) while 卫生健康和体育局 went by
    卫体局: a field that is a two-character short name whole, joined by 和 to another, is said by both first characters (教体局);
    自然资源和规划局 (a four-character field) and 人力资源和社会保障局 keep what they had."""
    names = ("本溪市教育和体育局", "岳阳县教育和体育局", "高平市卫生健康和体育局", "本溪市自然资源和规划局", "本溪市人力资源和社会保障局", "本溪市教育局")
    assert [place_and_short_name(n)[1] for n in names] == ["市教体局", "县教体局", "市卫体局", "市自然资源和规划局", "市人社局", "市教育局"]


# 高平市卫生健康和体育局's reply 高卫体发〔2023〕148号 (hd21a), its second item led in by the topic the deputy raised as replies do
# (the page itself writes 需要向您说明的是:, tests/test_heldout_round95.py).
REPLY_71 = """高平市卫生健康和体育局
关于对市七届人大五次会议第71号建议的
答 复
高卫体发〔2023〕148号
尊敬的王爱珍代表:
您好!您所提的“关于改善神农卫生院就医环境的建议”已收悉,我局高度重视,召开会议专题讨论研究,并确定专人负责答复落实。现答复如下:
一、您这一提案提得很好,表明您对我市基层医疗卫生事业的高度关注。
二、关于您提到的神农分院建设进度问题,目前北京阜外医院心血管神农分院项目场地平整已完成,现场办公区和生活区以及东侧场地外协队伍生活彩钢房搭设完成,水电开始安装,土方已开挖,同步加快土地手续办理。
以上答复您是否满意,如有意见,敬请反馈。
高平市卫生健康和体育局
2023年6月29日
"""


def test_a_lead_in_naming_the_readers_topic_does_not_drop_the_answer(tmp_path):
    """关于您提到的…问题，目前…场地平整已完成… was never used in another reply (the 您 of its lead-in read the whole fact as said
    to that deputy): the lead-in names the topic the reader raised; the progress after it is the bureau's own."""
    ws = unit_workspace(tmp_path / "ws", "高平市卫生健康和体育局", "市卫体局", "高平市")
    page = tmp_path / "高平_市七届人大五次会议第71号建议答复_2023-06-29.txt"
    page.write_text(REPLY_71, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(page)]).exit_code == 0
    out = tmp_path / "35.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "35", "关于加快阜外医院心血管神农分院建设的建议", "--date", "2024-06-20",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    body = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "北京阜外医院心血管神农分院项目场地平整已完成" in body and "您提到" not in body, body


def test_topics_are_cut_at_words():
    """hd21a's 晋城市卫健委 news gave the topics 日上午 (of 1月24日上午), 学习邓志蓉副市长 and 他们送上新春祝福: a day's number is cut out
    with its 日, the time of day is no topic, a verb opening what was studied (传达学习…) and a pronoun open none."""
    meeting = ("1月24日上午,2025年全市卫生健康工作会议召开,会议深入学习贯彻习近平总书记关于健康中国建设的重要论述精神,"
               "传达学习邓志蓉副市长对全市卫生健康工作的批示精神")
    visit = ("1月22日,农历大年初一上午,市卫健委党组书记张俊威,党组成员、副主任赵锦会,党组成员、副主任李琳,先后到晋城市中心血站、"
             "晋城市妇幼保健院、晋城市第三人民医院、120急救指挥中心,看望春节期间一线值班值守人员,并为他们送上新春祝福。")
    terms = candidate_terms(meeting) + candidate_terms(visit)
    assert "邓志蓉副市长" in terms and "送上新春祝福" in terms and "农历大年初一" in terms
    assert not [t for t in terms if t.startswith(("日", "学习", "传达", "他们", "上午")) or t.endswith("上午")], terms
    assert "党纪学习教育" in candidate_terms("扎实开展党纪学习教育")


def test_study_opens_no_term_it_is_part_of():
    """学习 (传达) is cut only before what is studied or relayed (a person's title, …精神, …会议); in a fixed term it stays.
    Made-up lines, worded as work reports word them."""
    assert "学习型社会" in candidate_terms("加快建设学习型社会,推进终身教育")
    assert "学习强国平台应用" in candidate_terms("全面推广学习强国平台应用")
    assert "教育大会精神" in candidate_terms("传达全市教育大会精神")


def test_a_state_for_a_span_is_no_part_of_a_measures_name():
    """石家庄's 2021 reply (the corpus's 08): …14家企业正在贷款期内贷款金额共6150万元 labelled its figure 正在贷款期内贷款金额: the state
    the counted ones are in for a span opens no measure's name (贷款金额)."""
    said = "截止目前累计共有21家企业获得专项资金贷款7910万元,其中有7家企业贷款到期正常还款1760万元,14家企业正在贷款期内贷款金额共6150万元。"
    assert [g.counts for g in find_figures(said) if g.raw == "6150万元"] == ["贷款金额"]


# …its reply to 第48号 of the same day (hd21b's seeds/2022-48号-荆泉路.txt), the addressee run into the opening line.
REPLY_48 = """- 成文时间:2022年07月28日
2022年度滕州市住建局关于人大十九届一次会议第48号代表建议的答复(关于将荆泉路南延至笃西路并提升基础设施建设的议案)
刘雪源等10位代表: 你们好!你们提出的《关于将荆泉路南延至笃西路并提升基础设施建设的议案》已收悉,现将办理情况回复如下: 荆泉路是东部城区的一条贯穿南北的城市次干道,当前已完成滕平路至腾飞路城区段道路的建设,道路建成后缓解了龙泉路的交通压力,带动了荆泉路沿线经济的发展,提升了东部城区的城市形象。
"""


def test_an_addressee_run_into_the_opening_line_is_read_for_the_salutation(tmp_path):
    """滕州's 刘雪源等10位代表: 你们好!你们提出的…已收悉 was read for no salutation (the habit of 尊敬的 learned from the bureau's
    replies missed it): an addressee run into the opening line before its greeting is the reply's addressee line (no 尊敬的)."""
    ff = distil(tmp_path, _tengzhou(tmp_path), REPLY_48, "2022-07-28_第48号建议的答复.txt")
    assert ff.source.salutation == "plain" and ff.source.address == "你们"
