"""Places, dates and labels of facts, found on held-out round 88 (hd19a: 沈阳市农业农村局's pages; hd19b: 天水市文化和旅游局's
replies and two news items), read by testers as the bureaus' clerks.

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test) through
the path a user's ``drafter distill`` takes, in a workspace of the page's own bureau, and asserts on what comes out.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from helpers import distil, page_draft, unit_workspace

from drafter.cli import cli
from drafter.compose.sentences import absolute_time
from drafter.distill.figures import find_figures
from helpers import TIANSHUI

SHENYANG = ("沈阳市农业农村局", "市农业农村局", "沈阳市", "")

# 甘肃日报's article on the bureau (2024-11-20), its opening as the page prints it.
GANSU_DAILY = """擦亮文旅“金招牌” 跑出发展“加速度”
——记全省“人民满意的公务员集体”天水市文化和旅游局
新甘肃·甘肃日报记者 安东
今年3月,“天水麻辣烫”在网络迅速走红,带动天水这座国家历史文化名城活力迸发。今年3月初至6月底,天水市累计接待游客2379.61万人次,旅游花费136.16亿元,同比分别增长46.94%和48.65%。
近年来,天水市文化和旅游局聚力打造“世界知名文化旅游目的地”的目标,在挖掘历史文化价值中增强自信,在加强文化遗产保护中擦亮品牌,在推动文旅融合发展中提质增效,文旅产业发展势头强劲,艺术精品创作成果丰硕,非遗保护传承利用水平不断提升。
2022年,天水市文化和旅游局被评为全省文物工作先进集体;2023年被授予“省级文明单位”称号。近日,荣获第七届全省“人民满意的公务员集体”称号。
"""


def test_a_papers_name_and_the_honours_a_province_gave_are_not_the_place_the_article_is_about(tmp_path):
    """The article was filed as 甘肃省's, every fact ``external``, the bureau's own honour too: its 全省 (said only of the honours
    the province gave it: 被评为全省…先进集体, 荣获…全省“…”称号) was read as the text speaking as the province, and 甘肃 (the
    paper's name, 新甘肃·甘肃日报) as that province named short. A paper's name is its publisher, and a level honouring a place
    is not the one the text speaks as: the article is 天水市's, of the bureau's own work."""
    ws = unit_workspace(tmp_path / "ws", *TIANSHUI)
    ff = distil(tmp_path, ws, GANSU_DAILY, "2024-11-20_甘肃日报_擦亮文旅金招牌.txt")
    assert ff.source.jurisdiction == "天水市", ff.source
    honour = next(f for f in ff.facts if "人民满意的公务员集体" in f.text)
    assert (honour.jurisdiction, honour.external) == ("天水市", False), honour
    assert not any(f.external for f in ff.facts), [(f.jurisdiction, f.text[:20]) for f in ff.facts]


def test_a_papers_name_alone_names_no_province_of_a_text_speaking_of_its_province(tmp_path):
    """Without the honours, a text speaking as a province (在全省率先) still names its province only in the paper's name: that
    is no province of the text's (it was 甘肃省, read from 甘肃日报), so the text is not filed as another place's."""
    ws = unit_workspace(tmp_path / "ws", *TIANSHUI)
    text = "\n".join(GANSU_DAILY.splitlines()[:4]) + "\n天水市文化和旅游局在全省率先推行文旅融合“一票通”,全省文旅系统在天水召开现场会。\n"
    ff = distil(tmp_path, ws, text, "2024-11-20_甘肃日报_b.txt")
    assert ff.source.jurisdiction != "甘肃省", ff.source


# 沈阳市农业农村局's reply to a provincial deputy (2024-06-12), its opening as the page prints it.
PROVINCIAL_DEPUTY = """首页 -> 政务公开 -> 法定主动公开内容 -> 建议提案办理公开 -> 省人大代表建议 -> 省人大十四届二次会议2024
省十四届人大二次会议《关于立足沈阳现代化都市圈发展都市农业的建议》(第1421516号)的答复
时间:2024年06月12日来源:市农业农村局
市农业农村局 2024年06月12日

丁杰代表:

  您提出的关于立足沈阳现代化都市圈发展都市农业的建议收悉,现答复如下:

  “十四五”时期,辽宁省正式提出构建“一圈一带两区”发展格局,其中“一圈”即以沈阳为中心的现代化都市圈。其中都市圈农业协同发展作为产业协作圈的重要组成部分,是农业农村部门及相关单位的一项重要工作。为加快推进我市现代化都市圈都市农业发展,实施乡村振兴战略,我市重点开展以下工作:

  一、加强规划设计

  充分发挥城市组团的集聚辐射、产业协同和同城化效应,推进都市圈各领域协同发展,编制了21个专项规划,其中《关于印发沈阳现代化都市圈农业发展专项规划》已印发,构建“一核、五带、四区”的总体空间布局。
"""


def test_a_city_bureaus_reply_to_a_provincial_deputy_is_the_citys(tmp_path):
    """The reply was filed as 辽宁省's, every fact external, because its session is a province's: who replies decides the place
    (市农业农村局, 我市重点开展以下工作), not the session's level — and 都市圈都市农业, 现代化都市 are the noun 都市, no city."""
    ws = unit_workspace(tmp_path / "ws", *SHENYANG)
    ff = distil(tmp_path, ws, PROVINCIAL_DEPUTY, "2024-06-12_省十四届人大二次会议第1421516号建议_答复.txt")
    assert ff.source.session == "省十四届人大二次会议"
    assert ff.source.jurisdiction == "沈阳市", ff.source
    done = next(f for f in ff.facts if "21个专项规划" in f.text)
    assert (done.jurisdiction, done.external) == ("沈阳市", False), done


# 天水市文化和旅游局's reply to 市政协八届二次会议第88号提案, posted 2024-01-11, two paragraphs as the page prints them.
REPLY_88 = """天水市文化和旅游局关于市政协八届二次会议第88号提案的答复

2024-01-11

于凤梅委员:

感谢您对我市文化旅游产业发展的关心与支持。天水市政协八届二次会议上提出的第88号提案《关于加快推动我市文化旅游产业提质升级的建议》已收悉。现将提案办理情况答复如下:

加快推进文旅项目建设,市博物馆新馆项目累计完成投资1.9亿元,争取年内完成主体工程建设。为进一步完善我市文旅康养产业链,今年我局共推出2批次66个招商引资推介项目,在微信和局网站进行广泛宣传推介。秦州区青鸾秘境原乡文旅休闲项目、麦积山大峡谷漂流项目等5个文旅项目今年5月签约,项目总投资7.4亿元,均已动工建设。

大力开展旅游资源开发利用,秦州区益农种植农民专业合作社等16家合作社被评为全省乡村旅游合作社。2条户外旅游精品线路被列入全省户外旅游精品线路目录。天水西关古城成功上榜第二批省级旅游休闲街区,秦州区玉泉镇李官湾村等6村成功创建为2023年全省文旅
"""


def test_a_district_opening_a_counts_first_example_is_no_place_of_the_count(tmp_path):
    """秦州区益农种植农民专业合作社等16家合作社 and 秦州区青鸾秘境…项目、…等5个文旅项目…7.4亿元 were filed as 秦州区's: the
    district's name opens the first example's name, and the count is of all of them, the city's."""
    ws = unit_workspace(tmp_path / "ws", *TIANSHUI)
    ff = distil(tmp_path, ws, REPLY_88, "2024-01-11_第88号提案的答复.txt")
    places = {g.raw: g.place for f in ff.facts for g in f.figures}
    assert places["16家"] is None and places["5个"] is None and places["7.4亿元"] is None, places


# 第17号建议's reply (2024-11-19): its history of the 三国 sites, as the page prints it.
HISTORY_17 = """天水市文化和旅游局关于市人大八届三次会议第17号建议的答复
2024-11-19
现天水市三国文化旅游资源主要分布在秦州、秦安及甘谷。街亭古战场遗址位于秦安县城东北40公里的陇城镇,是历代兵家必争之地。姜维墓位于甘谷县六峰乡姜家庄,姜维逝世后,忠骨埋于四川,但故乡人民为了纪念这位大将军,在距县城东5公里的姜家庄的将军岭上,修建了占地面积近6000平方米的姜维衣冠冢和姜维纪念馆。
"""


def test_now_a_conjunction_and_a_preposition_open_no_place(tmp_path):
    """现天水市 (now 天水市) was the fact's place, ``external``, and 距县 (距县城), 但故乡 (但故乡人民) its figures' places: a time
    word, a conjunction or a preposition opens no place's name."""
    ws = unit_workspace(tmp_path / "ws", *TIANSHUI)
    ff = distil(tmp_path, ws, HISTORY_17, "2024-11-19_第17号建议的答复.txt")
    (fact,) = [f for f in ff.facts if "三国文化旅游资源" in f.text]
    assert (fact.jurisdiction, fact.external) == ("天水市", False), fact
    assert not {g.place for g in fact.figures} & {"距县", "但故乡"}, fact.figures


def test_labels_are_not_cut_mid_word():
    """The measures read for figures of the testers' pages were cut inside a word, or were the verb or place after them."""
    def counts(text: str) -> dict[str, str | None]:
        return {g.raw: g.counts for g in find_figures(text)}

    # (hd19a, 沈阳 2023-10-12: the villages in a state, 正在…)
    assert counts("截至目前,80个村已达到创建标准,25个村正在进行收尾工作。")["25个"] == "村"
    # (hd19a, 民革 reply: 全覆盖 is the villages' state, no part of the name)
    assert counts("分类整改户厕7.4万座,1114个改厕村运维全覆盖。")["1114个"] == "改厕村运维"
    # (hd19a: a time, 于10月中下旬, names no thing)
    assert counts("预计于10月中下旬100%完成创建目标。")["100%"] is None
    # (hd19b 网易: the changes of the two figures before, in order; and a leap from one value to another, of the same thing)
    growth = counts("据统计,上半年全市共接待游客3104.14万人次,旅游花费177.58亿元,同比分别增长42.95%和43.92%。")
    assert (growth["42.95%"], growth["43.92%"]) == ("接待游客增长", "旅游花费增长"), growth
    fans = counts("天水文旅新媒体平台粉丝量从1.34万人次跃升至5.2万人次。")
    assert fans == {"1.34万人次": "天水文旅新媒体平台粉丝量", "5.2万人次": "天水文旅新媒体平台粉丝量"}, fans
    # (hd19b 88号: the time said after the things ends their name, not 文旅项目今年)
    assert counts(REPLY_88.splitlines()[8])["5个"] == "文旅项目"
    # (hd19b 17号: a distance from a place, not the town at its end, 陇城镇; 占地面积, not 地面积 cut at 占)
    history = counts(HISTORY_17.splitlines()[2])
    assert history == {"40公里": "距秦安县城", "5公里": "距县城", "近6000平方米": "占地面积"}, history


def test_this_year_of_a_reply_posted_early_in_the_next_is_the_year_its_text_speaks_of(tmp_path):
    """The reply, posted 2024-01-11 to a 2023 sitting, names 2023 as its latest year (…成功创建为2023年全省文旅…); its 今年我局共推出
    …66个 was dated 2024 by the posting date alone. Written in 2023, its 今年 is 2023's, and a draft writes it so, saying why."""
    ws = unit_workspace(tmp_path / "ws", *TIANSHUI)
    ff = distil(tmp_path, ws, REPLY_88, "2024-01-11_第88号提案的答复.txt")
    fact = next(f for f in ff.facts if "66个" in f.text)
    years = {g.raw: g.year or fact.period.year for g in fact.figures}
    assert years["66个"] == 2023 and years["7.4亿元"] == 2023, (fact.period, fact.figures)
    dated = absolute_time("今年我局共推出2批次66个招商引资推介项目", ff.source, fact.period.year, fact)  # (as a draft dates it)
    assert dated.text.startswith("2023年我局"), dated
    assert "成文于次年年初" in dated.marks[0].note, dated.marks


def _dated(tmp_path, page: str) -> dict[str, str]:
    """Each of the page's sentences opening on a time word as a draft says it (its fact passed, as drafts pass it)."""
    ws = unit_workspace(tmp_path / "ws", *TIANSHUI)
    ff = distil(tmp_path, ws, page, "2024-01-11_第88号提案的答复.txt")
    out = {}
    for said in ("去年全市新建文旅项目12个", "上半年全市共接待游客3104.14万人次", "今年我局共推出2批次66个招商引资推介项目",
                 "目前，全市共有文旅项目16个"):
        fact = next((f for f in ff.facts if said in f.text), None)
        if fact:
            out[said[:2]] = absolute_time(said, ff.source, fact.period.year, fact).text
    return out


SAID = REPLY_88.replace("加快推进文旅项目建设", "去年全市新建文旅项目12个。上半年全市共接待游客3104.14万人次。目前，全市共有文旅项目16个。"
                        "加快推进文旅项目建设")


@pytest.mark.parametrize("page", [SAID, SAID.replace("\n2024-01-11\n", "\n  • 成文日期: 2024-01-11\n")],
                         ids=["date line", "成文日期"])
def test_a_reply_posted_early_counts_every_time_word_from_the_year_it_was_written(tmp_path, page):
    """The reply posted 2024-01-11, written in 2023: its 今年 is 2023, so its 去年 is 2022, its 上半年 2023's, its 目前 2023's
    end — not 去年 2023 and 目前 截至2024年1月 counted from the posting date beside 今年 2023."""
    dated = _dated(tmp_path, page)
    assert dated["今年"].startswith("2023年"), dated
    assert dated["去年"].startswith("2022年"), dated
    assert dated["上半"].startswith("2023年上半年"), dated
    assert dated["目前"].startswith("截至2023年底"), dated


def test_this_year_of_a_reply_naming_its_posting_year_stays_that_year(tmp_path):
    """A reply posted in January that names its own year (2024年…) is of that year: its 今年 is its date's."""
    ws = unit_workspace(tmp_path / "ws", *TIANSHUI)
    text = REPLY_88.replace("2023年全省文旅", "2024年全省文旅")
    ff = distil(tmp_path, ws, text, "2024-01-11_第88号提案的答复.txt")
    fact = next(f for f in ff.facts if "66个" in f.text)
    assert {g.year or fact.period.year for g in fact.figures if g.raw == "66个"} == {2024}, fact
    assert absolute_time("今年我局共推出", ff.source, fact.period.year).text.startswith("2024年"), ff.source


def test_a_date_and_a_number_of_different_years_are_said_to_the_clerk(tmp_path):
    """109号's page is dated 2020-10-20 (成文日期), its number 天文旅函字〔2019〕54号: distill printed the number as its title and
    filed it as 2020's, saying nothing of the clash. It now says so."""
    ws = unit_workspace(tmp_path / "ws", *TIANSHUI)
    page = tmp_path / "2020-10-20_第109号提案的答复.txt"
    page.write_text("""  • 成文日期: 2020-10-20
天水市文化和旅游局关于市政协七届四次会议第109号提案的答复
天文旅函字〔2019〕54号
你们好!首先,感谢你们对天水市文化旅游事业的关心。你们提出的“关于南郭寺景区再建设的提案”收悉,现答复如下:
南郭寺属秦州八景之一,历史悠久,现为国家4A级旅游景区。近年来,先后建成了南山云端、李官湾民俗文化村等一批景点,建成了庙圣院、一览亭等30多个景点。
""", "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(page)])
    assert result.exit_code == 0, result.output
    said = result.output.replace("\n", "")
    assert "日期为2020-10-20" in said and "文号的年份为2019年" in said, result.output


def test_a_half_years_figures_are_dated_by_their_half(tmp_path):
    """上半年全市共接待游客3104.14万人次 was dated ``{year: 2024}``, a whole year's; the half is said in the figures' period."""
    ws = unit_workspace(tmp_path / "ws", *TIANSHUI)
    ff = distil(tmp_path, ws, "天水市2024年上半年文旅工作\n2024年上半年,天水市紧抓天水麻辣烫爆火“出圈”这一独特机遇,推动了全市文旅产业的"
                "蓬勃发展。据统计,上半年全市共接待游客3104.14万人次,旅游花费177.58亿元,同比分别增长42.95%和43.92%。\n",
                "2024-07-04_网易_天水市2024年上半年文旅工作.txt")
    (fact,) = ff.facts
    assert fact.period.year == 2024 and fact.period.part == "上半年", fact.period
    # (a statement naming a year whole and a half of another is of no half)
    mixed = distil(tmp_path, ws, "天水市文旅工作\n2023年全市接待游客5000万人次;2024年上半年全市共接待游客3104.14万人次。\n",
                   "2024-07-04_b.txt")
    assert mixed.facts[0].period.part is None, mixed.facts[0].period


def test_a_half_years_figure_is_not_the_full_years_value_in_the_next_years_draft(tmp_path):
    """A 2024 half year's figure from a report of 2025-01 stood in a 2025 draft as current, a whole year's value; it is asked to
    be updated, as a figure of a month inside the year is."""
    ws = unit_workspace(tmp_path / "ws", *TIANSHUI)
    page = ("天水市文化和旅游局2024年工作总结\n2024年上半年,全市共接待游客3104.14万人次,旅游花费177.58亿元,"
            "持续开展“四季村晚”等群众文化活动,文旅市场繁荣有序。\n")
    _, document = page_draft(tmp_path, ws, page, "建议持续开展群众文化活动,丰富四季村晚。", "8", "关于丰富群众文化活动的建议",
                             "--type", "B", "--date", "2025-07-15")
    body = "".join(p.text for p in document.paragraphs)
    assert "3104.14万人次" in body and "【待更新：2024年全年数据】" in body, body
    assert any("该数据为2024年上半年的情况，不是2024年全年数值" in c.text for c in document.comments), [c.text for c in document.comments]
