"""General reading rules found on the pages held-out round 22 left misread (a district 工信局's half-year summary, a news
item on 溧阳市工信局's yearly meeting, a news item on 济阳区市场监管局's yearly meeting, a county 发改局's first-quarter
summary, 沙河市交通局's reply to suggestion 31).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document), in a
workspace of the page's own bureau, and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, unit_workspace


@pytest.fixture
def district(tmp_path):
    """A workspace of a district's 工业和信息化局 (the summary names its district XX区 only)."""
    return unit_workspace(tmp_path / "ws_qu", "某某区工业和信息化局", "区工信局", "某某区", "城关街道")


# A district 工信局's summary of 2023's first half (laobiganzi.top/255679.html): its title and two items.
HALF_YEAR = ("区工信局2023年上半年工作总结和下半年工作打算\n一、主要经济指标运行情况\n(一)工业方面\n"
             "2.“主导+特色”产业方面:2023年市下达两区“主导+特色”产业产值目标201亿元。2023年1-5月,两区“主导+特色”产业"
             "规上企业79家,产值66.42亿元,占规上总产值68%,同比增长24.66%。\n(二)商贸方面\n"
             "1.外贸进出口总额方面:1-5月,XX区(含新区)外贸进出口总额为13亿元,同比增长0.5%,完成年任务(40.2亿元)的32.5%。"
             "预测两区上半年外贸进出口总额15.6亿元,同比增长4.5%。\n")


def _figures(ff):
    return {g.raw: g.counts for f in ff.facts for g in f.figures}


def test_a_growth_after_a_share_is_the_growth_of_the_part(tmp_path, district):
    """The summary says 产值66.42亿元,占规上总产值68%,同比增长24.66%: the growth was read as 规上总产值增长 (of the whole the
    share is of) and the share as 规上总产值 itself; the growth is of 产值, and 68% is 产值's share of 规上总产值."""
    counts = _figures(distil(tmp_path, district, HALF_YEAR, "half.txt"))
    assert counts["24.66%"] == "产值增长"
    assert counts["68%"] == "产值占规上总产值"


def test_a_targets_amount_in_brackets_and_the_share_of_it_done(tmp_path, district):
    """It says 外贸进出口总额为13亿元,同比增长0.5%,完成年任务(40.2亿元)的32.5%: 40.2亿元 was read as the 外贸进出口总额 (it is
    the year's target) and 32.5% as its growth (it is the share of the target done)."""
    counts = _figures(distil(tmp_path, district, HALF_YEAR, "half.txt"))
    assert counts["40.2亿元"] == "年任务"
    assert counts["32.5%"] == "完成年任务"
    assert counts["13亿元"].endswith("外贸进出口总额") and counts["0.5%"].endswith("外贸进出口总额增长")


@pytest.fixture
def liyang(tmp_path):
    """A workspace of 溧阳市工业和信息化局."""
    return unit_workspace(tmp_path / "ws_ly", "溧阳市工业和信息化局", "市工信局", "溧阳市", "溧城街道, 天目湖镇")


# A news item on 溧阳市's yearly industry meeting (www9599116.com/talkpic/livevideo/index.php?id=706, a mirror): no date
# but its lede's month and day.
LIYANG = ("2月23日上午,溧阳市“工业经济品质突破年”动员大会召开,总结回顾2023年工信工作,部署安排2024年重点工作任务,"
          "动员工信系统上下立足新起点,振奋精气神,为“品质城市突破年”加速汇聚新型工业化的强大力量。副市长方学军参加会议。\n"
          "过去的一年,市工信局坚持以习近平新时代中国特色社会主义思想为指导,紧扣“品质城市攻坚年”工作主题,"
          "加快产业向高端化、智能化、绿色化发展,全市工业向高质量发展取得新成效、实现新突破,有力支撑全市经济回升向好。\n")


def test_a_meeting_reviewing_one_year_and_planning_the_next_is_held_in_the_next(tmp_path, liyang):
    """The lede says 2月23日上午,…动员大会召开,总结回顾2023年工信工作,部署安排2024年重点工作任务 and the page gives no date:
    the item was undated (its id undated-news-…), and 过去的一年,市工信局… of no period."""
    ff = distil(tmp_path, liyang, LIYANG, "news.txt")
    assert ff.source.date == "2024-02-23"
    past = next(f for f in ff.facts if f.text.startswith("过去的一年"))
    assert past.period.year == 2023, past.period


@pytest.fixture
def jiyang(tmp_path):
    """A workspace of 济南市济阳区市场监督管理局."""
    return unit_workspace(tmp_path / "ws_jy", "济南市济阳区市场监督管理局", "区市场监管局", "济阳区", "济阳街道")


def test_a_news_title_opening_on_the_unit_holding_its_meeting_names_the_issuer(tmp_path, jiyang):
    """A 齐鲁晚报 item (epaper.qlwb.com.cn/qlwb/content/20240301/ArticelE06004SA.htm) is titled 济阳区市场监管局召开2024年
    工作动员部署会议: its issuer was empty."""
    text = ("济阳区市场监管局召开2024年工作动员部署会议\n\n齐鲁晚报     2024年03月01日\n"
            "  本报2月29日讯(通讯员 张沁雪) 2月27日,济阳区市场监管局召开贯彻落实全区“攻坚突破年”会议精神暨2024年工作动员部署会议。"
            "局党组领导班子全体成员出席会议,局党组书记、局长孟立龙讲话。\n"
            "  孟立龙讲话指出,2023年,区市场监管系统紧扣高质量发展目标任务,充分发挥自身职能作用,聚焦主责主业,守紧筑牢“四条底线”。\n")
    assert distil(tmp_path, jiyang, text, "news.txt").source.issuer.startswith("济阳区市场监")


@pytest.fixture
def county_drc(tmp_path):
    """A workspace of a county's 发展和改革局 (the summary names its county 全县 only)."""
    return unit_workspace(tmp_path / "ws_fg", "某某县发展和改革局", "县发改局", "某某县", "城关镇")


def test_the_unit_a_speaker_reports_for_is_the_issuer(tmp_path, county_drc):
    """A county 发改局's first-quarter summary (laobiganzi.top/300855.html) says 现在,我代表县发改局,就全县2024年第一季度
    重大工程和重大项目工作进行总结汇报。: its issuer was empty."""
    text = ("全县2024年第一季度重大工程和重大项目工作总结\n尊敬的各位领导、同事们:\n"
            "现在,我代表县发改局,就全县2024年第一季度重大工程和重大项目工作进行总结汇报。\n一、总体进展概述\n"
            "一季度以来,全县上下深入贯彻中央经济工作会议精神,以项目建设为重要抓手,全力推进重大工程和重大项目落地见效。\n")
    assert distil(tmp_path, county_drc, text, "q1.txt").source.issuer == "县发改局"


@pytest.fixture
def shahe(tmp_path):
    """A workspace of 沙河市交通运输局."""
    return unit_workspace(tmp_path / "ws_sh", "沙河市交通运输局", "市交通局", "沙河市", "白塔镇, 褡裢街道")


def test_a_numbers_code_printed_as_a_field_is_the_number(tmp_path, shahe):
    """沙河市交通局's reply to suggestion 31 (shaheshi.gov.cn/article/240/81060.html) heads its page with
    建议字:〔2023〕8号 (the code printed as a field's name): the reply had no number."""
    text = ("对沙河市第九届人民代表大会 第三次会议第31号建议的答复\n\n发布时间:2023-07-21    来源:交通局 打印\n\n"
            "是否同意公开:是\n\n办理结果:(C)\n\n建议字:〔2023〕8号\n\n纪占斌等3名代表:\n\n"
            "您提出的关于“关于老邢峰线(群英路)进行改造”的建议收悉。我局高度重视此建议的办理,现答复如下:\n\n"
            "经结合白塔镇共同研究,现邢峰线(群英路)白塔段(西郝庄—朱金紫)道路,已列入交通厅动态管理系统,待省厅终审后实施。\n\n"
            "2023年7月18日\n")
    assert distil(tmp_path, shahe, text, "31.txt").source.number == "建议字〔2023〕8号"


def test_a_forecasts_figures_are_named_forecasts(tmp_path, district):
    """The same summary says 1-5月已申报新入库项目3个,预计上半年完成投资0.48亿元。预计全区上半年工业投资完成34.8亿元 and
    预测上半年两区规模以上工业总产值122亿元,同比增长13%;规模以上工业增加值25亿元: the forecasts were named 投资, 工业投资 and
    规模以上工业增加值, as if reached; the figure reported (3个) stays as it was."""
    text = ("区工信局2023年上半年工作总结和下半年工作打算\n一、主要经济指标运行情况\n(一)工业方面\n"
            "1.规上工业增加值方面:1-5月,规上工业总产值上报数为97.74亿元。预测上半年两区规模以上工业总产值122亿元,"
            "同比增长13%;规模以上工业增加值25亿元,同比增长14%。\n"
            "4.工业投资方面:1-5月已申报新入库项目3个,预计上半年完成投资0.48亿元。预计全区上半年工业投资完成34.8亿元,增速34.9%。\n")
    counts = _figures(distil(tmp_path, district, text, "half.txt"))
    assert counts["0.48亿元"] == "预计投资" and counts["34.8亿元"] == "预计工业投资"
    assert counts["25亿元"] == "预测规模以上工业增加值" and counts["122亿元"].startswith("预测")
    assert counts["3个"] == "申报新入库项目" and counts["97.74亿元"] == "规上工业总产值上报数"


def test_a_statement_of_forecasts_only_is_no_work_done(tmp_path, district):
    """The same summary's items close on forecasts (预测两区上半年外贸进出口总额15.6亿元,同比增长4.5%。): an item made of that
    sentence alone was work done; one that reports first (1-5月,…外贸进出口总额为13亿元,…) stays work done."""
    text = ("区工信局2023年上半年工作总结和下半年工作打算\n一、主要经济指标运行情况\n(二)商贸方面\n"
            "1.外贸进出口总额方面:预测两区上半年外贸进出口总额15.6亿元,同比增长4.5%。\n"
            "2.外贸方面:1-5月,XX区(含新区)外贸进出口总额为13亿元,同比增长0.5%。预测两区上半年外贸进出口总额15.6亿元,"
            "同比增长4.5%。\n")
    kinds = [f.kind for f in distil(tmp_path, district, text, "half.txt").facts]
    assert kinds == ["plan", "done"], kinds
