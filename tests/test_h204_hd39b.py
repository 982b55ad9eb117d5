"""Held-out test hd39b (杨凌示范区公安局交巡警支队): its suggestion and the real pages of its base (the 杨陵大队's 2020 reply
to 第64号建议, 杨凌交警's 工作动态 items, 陕西法制网's news of the 农高会 coordination meeting), excerpts as the pages print
them, read through the public paths (``drafter distill``, ``drafter draft``) in a workspace of the 支队."""

from __future__ import annotations

from pathlib import Path

from helpers import distil, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.distill.places import is_place
from drafter.model import NEWS
from drafter.read.clean import Piece, in_news_column
from drafter.workspace import self_name_of

NAME, SHORT, PLACE = "杨凌示范区公安局交巡警支队", "区公安局交巡警支队", "杨凌示范区"
TITLE = "关于禁限行期间人才公寓西农教师车辆经洪璋路口至西农北校区北门报备处理的建议"
ASK = "建议：禁限行期间，对人才公寓西农教师车辆经洪璋路口至西农北校区北门的通行予以报备处理。"

# The 杨陵大队's reply (首页/ 政府信息公开 / … / 人大建议 / 正文): the deputies' list, then 办理结果 and its opening.
REPLY_2020 = """首页/ 政府信息公开 / 法定主动公开内容 / 建议提案 / 人大建议 / 正文

关于区九届人大四次会议第64号代表建议 办理情况的复函

类别:A类                      杨公交贰〔2020〕79号

杨凌示范区公安局交巡警支队杨陵大队

关于区九届人大四次会议第64号代表建议

办理情况的复函

代表姓名:管清美 佟小刚

建议内容:关于提升杨陵区交通环境水平的建议

1.因为陇海铁路的存在,杨凌南北一直困扰着我们;

2.博学嘉苑东门口的路有栏杆拦着,进入小区要从北边掉头;

3.摩托车、非机动车经常闯红灯,建议交管部门管起来;

7.高新中学在神农路中间,路上车辆繁多,造成安全隐患。

办理结果:

尊敬的管清美、佟小刚代表,关于你们提出的题目为“关于提升杨陵区交通环境水平的建议”已收悉,公安交管部门领导高度重视,带领支队交管宣传科和杨陵大队、新区大队负责人现场调研并召开专题讨论会广泛收集社会各界意见建议,现将办理结果答复如下:

1.有序指挥疏导陇海铁路三个立交桥南口上下行车辆,提高道路通行能力。加大对违法乱停车交通违法行为查处力度,开展“车让人·人守规“宣传活动,确保车辆、行人通行有序安全畅通。

2.博学嘉苑东门口护栏有开口存在安全隐患、人才公寓小区安装测速摄像头等问题,大队会同支队交管科现场实地调研、论证后予以解决。

3.持续开展电动车、非机动车专项整治,加大交通安全宣传力度,建立健全交通违法曝光机制,有效减少交通违法行为发生。
"""

# 杨凌交警's 工作动态 item of 2022-01-30, its picture place-holders as the page left them.
NEWS_2022 = """首页 / 动态 / 工作动态 / 正文

【平安春运 交警同行】采购年货群众忙 疏导交通交警忙

来源:杨凌交警 发布时间:2022-01-30 11:08

2022年春节临近,市民已进入火爆的“年货采购高潮”,城区道路交通管理进入一年中最繁忙的时刻,道路交通管理压力随之增大。为了有效提高道路通行效率,杨凌示范区公安局交巡警支队全员上路,全天候对城区商场周边、菜场周边等主要路段的交通秩序进行维护。

图片

图片

面对交通流量压力,支队强化路面管控力度,合理调配警力,延长勤务时间,将警力向城区重点路段、重点时段倾斜,针对每天车辆量较大的康乐路、五胡路、渭惠路西转盘、常青路等路段设置固定的执勤点位,同时采取路口执勤疏导与路面巡逻、分流管控等相结合的方式,有效应对出行高峰,及时排除交通堵情,避免道路车流量过饱造成交通拥堵。

图片
"""

# 陕西法制网's news of 2023-09-01, its first paragraph.
NEWS_2023 = """杨凌交警:第三十届农高会环杨凌交通安保工作协调会在杨凌召开

时间:2023-09-01 20:25:53来源:陕西法制网作者:

为进一步推进第三十届农高会交通管理区域警务协作,全面夯实交通安全协同共治基础,9月1日下午,第三十届农高会“环杨凌”交通安保工作协调会在杨凌示范区公安局交巡警支队召开。来自“环杨凌”友邻市、县的咸阳高交、宝鸡高交、周至、武功、扶风等交警大队及西宝高速杨陵管理所负责同志受邀参加了会议。杨凌示范区公安局党委委员、交巡警支队支队长权小虎参加会议并讲话,会议由杨交巡警支队副支队长丁杰雄主持。
"""


def _ws(tmp_path: Path):
    return unit_workspace(tmp_path / "ws", NAME, SHORT, PLACE)


def test_a_time_clause_is_no_point_of_the_ask():
    """The one ask's time clause (禁限行期间) was its point and the clause saying what to do (…的通行予以报备处理) was lost;
    when it is to be done is no matter."""
    ask, = parse_asks(ASK, TITLE)
    assert ask.points == ["对人才公寓西农教师车辆经洪璋路口至西农北校区北门的通行予以报备处理"]


def test_the_placeholders_and_reminders_name_the_matter_asked(tmp_path):
    """Part one's placeholder read 【待补充：、禁限行期间方面的…】, part two's 【待补充：方面的下一步举措】 and both reminders
    ended on a colon listing nothing: the ask is named (its point), else by the title's matter — never nothing."""
    result, out = seeds_draft(tmp_path, _ws(tmp_path), {"2022-01-30_春运年货疏导.txt": NEWS_2022}, "1", TITLE, ASK,
                              "--deputy", "张某", "--type", "C", "--date", "2024-07-23")
    import docx

    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "【待补充：对人才公寓西农教师车辆经洪璋路口至西农北校区北门的通行予以报备处理方面的工作情况" in text
    assert "【待补充：禁限行期间人才公寓西农教师车辆经洪璋路口至西农北校区北门报备处理方面的下一步举措】" in text
    assert "【待补充：、" not in text and "【待补充：方面" not in text
    reminders = [line for line in result.output.splitlines() if line.startswith("提醒：事实库中没有")]
    assert reminders and all(not line.endswith("：") for line in reminders)


def test_a_squad_names_itself_by_its_rank():
    """A 支队 was 我单位: a unit ending in 支队, 大队 or 中队 speaks of itself by it."""
    assert self_name_of(NAME) == "我支队"
    assert self_name_of("杨凌示范区公安局交巡警支队杨陵大队") == "我大队"


def test_a_unit_under_the_bureau_is_its_own(tmp_path):
    """The 大队's reply was filed as 杨陵区's, its facts external; a unit whose name opens on the bureau's full name is the
    bureau's own, of its place. Its body starts after the opening (…已收悉…答复如下:), not at the deputies' numbered list
    before it; and a numbered first sentence with a clause longer than a heading's is a statement (1.有序指挥疏导…车辆,
    提高道路通行能力。), no section over the next fact."""
    ws = _ws(tmp_path)
    ff = distil(tmp_path, ws, REPLY_2020)
    assert ff.source.issuer == "杨凌示范区公安局交巡警支队杨陵大队"
    assert ff.source.jurisdiction == PLACE
    assert ff.facts and not any(f.external for f in ff.facts)
    assert not any("陇海铁路的存在" in f.text or "已收悉" in f.text for f in ff.facts)
    first = next(f for f in ff.facts if f.text.startswith("有序指挥疏导陇海铁路"))
    assert first.section == [] and "加大对违法乱停车" in first.text
    assert all(not any(s.startswith(("1.", "7.")) for s in f.section) for f in ff.facts)


def test_neighbouring_cities_are_no_place(tmp_path):
    """来自“环杨凌”友邻市、县的… gave the news the jurisdiction 友邻市."""
    assert not any(is_place(p) for p in ("友邻市", "周边县", "兄弟市", "相关县"))
    assert is_place("咸阳市")
    ff = distil(tmp_path, _ws(tmp_path), NEWS_2023)
    assert ff.source.jurisdiction != "友邻市"
    assert not any(f.jurisdiction == "友邻市" for f in ff.facts)


def test_a_news_columns_items_are_news_and_pictures_no_sections(tmp_path):
    """Two 工作动态 items were filed work_report, one fact under the section 图片 (the page's picture place-holder)."""
    assert in_news_column(Piece("首页 / 动态 / 工作动态 / 正文"))
    assert not in_news_column(Piece("首页/ 政府信息公开 / 法定主动公开内容 / 建议提案 / 人大建议 / 正文"))
    ff = distil(tmp_path, _ws(tmp_path), NEWS_2022)
    assert ff.source.kind == NEWS
    assert ff.facts and not any("图片" in s for f in ff.facts for s in f.section)
