"""Held-out round hd20 (岳阳县水利局, a county's water bureau): its own 2024 reply read as another place's (岳县 of its number's
code taken for a county), a clerk's correction of that place not followed by its facts, a signature's spaced date read as a
plan, kinds, figures and a plan's headings.

Each test distils a short excerpt of the tester's real seed (its lines as the page prints them, web clutter kept; the seed is
named in the test) through the public path a user's ``drafter distill`` takes, in a workspace of the bureau.
"""

from __future__ import annotations

from click.testing import CliRunner
from helpers import distil, page_draft, part_two_texts, unit_workspace

from drafter.cli import cli
from drafter.distill.figures import find_figures

YUEYANG_AREAS = "荣家湾镇, 新墙镇, 筻口镇, 张谷英镇, 新开镇, 中洲乡, 步仙镇, 麻塘办事处, 公田镇, 月田镇"


def _yueyang(root):
    return unit_workspace(root, "岳阳县水利局", "县水利局", "岳阳县", YUEYANG_AREAS)


# 2024-人大86号-七星垸大堤.txt: the bureau's reply to 人大第86号建议 (岳县水利字〔2024〕34号), posted by 来源:水利局, no signature.
REPLY_86 = """对县十八届人大三次会议第86号建议的答复
来源:水利局   2024-07-23
浏览量:1 | | | |

                                                                         岳县水利字〔2024〕34号B1类 同意公开

杨梅等代表:

  你们提出的《关于新开镇七星垸大堤加宽加固的建议》收悉。现答复如下:

  新开镇七星垸位于新墙河流域中游,属于单退垸,堤防加固工程按国家五级堤防标准设计,防洪大堤全长3.45千米,该垸保护人口0.15万人,保护面积0.51万亩,其中耕地面积0.37万亩。七星垸修筑过程中,就近采用河床砂性土,堤身基础相对薄弱,大堤分别于1983年、1988年、1998年经历3次险情。如遇暴雨天气导致排水不畅,极易造成垸区受淹,对堤垸大坝也存在安全隐患,因此对堤垸的建设改造也有必要性。

  七星垸属于单退垸,省、市暂时没有项目进行投资建设,因此七星垸建设只能依靠县财政。但近年来,我县财政日益紧张,暂时无力支持对七星垸进行加宽加固。针对七星垸内涝问题,我局于今年在“十四五”排涝能力建设工程中已规划建设了七星垸泵站,总装机功率396kw。目前工程已完成泵房建设,但配电室及附属用房因新开镇人民政府未完善项目用地手续,暂时已被国土部门责令停工。

  后续我单位也会积极配合新开镇人民政府完善用地手续,尽快将七星垸泵站后续工程建设完成,投入使用。同时通过水利秋冬修项目争取更多资金,尽早落实七星垸大堤加宽加固建设,进一步完善我县水利设施建设,确保人民群众的生命财产安全。

    感谢你们对我县水利工作的关心和支持。
"""


def test_a_number_codes_abbreviation_is_no_place(tmp_path):
    """岳县 of 岳县水利字〔2024〕34号 (岳阳县's first character and its level word) was read as a county: the reply was 岳县水利局's
    and its facts another place's. A county of one character read in a number's code is one only when such a county exists,
    and 只能依靠县财政 names no county 能依靠县: the reply speaking as 我县 of the bureau's town is the bureau's own."""
    ff = distil(tmp_path, _yueyang(tmp_path / "ws"), REPLY_86, "2024-人大86号-七星垸大堤.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("岳阳县水利局", "岳阳县")
    assert ff.facts and not any(f.external for f in ff.facts)
    assert {f.jurisdiction for f in ff.facts} <= {"岳阳县", "新开镇"}


# 2015-水务局53号-岳坊水库水资源保护.txt: the reply of the bureau's predecessor (岳阳县水务局), its plan paragraph and its end as printed.
REPLY_53 = """岳县水务建字〔2015〕4号(B)类
对县第十六届人大三次会议第53号建议的
答 复
廖亚辉、蒋湘明、胡灿辉、付想保、吴小华、陈三平、彭黄梅、陈丹、魏岳明、付威、谢五雄等代表:
您提出的《关于对岳坊水库水资源进行保护的议案》收悉,现答复如下:
下一步,我们将从以下几方面着力,一是继续抓好水资源保护宣传工作;二是将积极争取项目资金,采取工作措施,争取在岳坊水库上游建设栏污坝,以解决上游生活垃圾的问题;三是联系属地乡镇政府及岳坊水库管理所,加快垃圾打捞,并教育当地群众爱护水环境,养成爱水好习惯。
感谢您对水务事业的关心。
岳阳县水务局
2015- 7-20
承办单位:岳阳县水务局
联 系 人:刘季用 刘大革
联系电话:13762793868
"""


def test_a_signature_date_padded_with_spaces_is_the_replys_date(tmp_path):
    """岳阳县水务局 / 2015- 7-20 (a one-digit month padded with a space) was no date: the reply was undated and the line a fact of
    kind plan under 下一步. It is the signature's date."""
    ff = distil(tmp_path, _yueyang(tmp_path / "ws"), REPLY_53, "2015-水务局53号-岳坊水库水资源保护.txt")
    assert ff.source.date == "2015-07-20", ff.source
    assert not [f.text for f in ff.facts if "7-20" in f.text]


def test_a_number_whose_code_spells_the_bureaus_name_is_the_bureaus(tmp_path):
    """The reply, its posting line (来源:水利局) lost, named no issuer and no place though its number's code, 岳县水利, is
    岳阳县水利局's name abbreviated (岳, 县, 水利 in its order): a reply so numbered is the bureau's own, of its place; a
    neighbour's code (岳县水务, the former 水务局's) names no issuer."""
    page = REPLY_86.replace("来源:水利局   2024-07-23\n", "")
    ff = distil(tmp_path, _yueyang(tmp_path / "ws"), page, "2024-人大86号-七星垸大堤.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("岳阳县水利局", "岳阳县")
    assert not any(f.external for f in ff.facts)
    (tmp_path / "t").mkdir()
    ff = distil(tmp_path / "t", _yueyang(tmp_path / "t" / "ws"), page.replace("岳县水利字", "岳县水务字"), "b.txt")
    assert ff.source.issuer is None


def _kind(ff, opening: str) -> str:
    return next(f.kind for f in ff.facts if f.text.startswith(opening))


# 2019-政协11号-水渠建设管理.txt: the bureau's reply to 政协第11号提案, an answer per ask headed by its matter and 问题.
PROPOSAL_11 = """对县政协十三届三次会议第11号提案的答复
来源:经研中心   2019-11-15 14:54
岳县水利函〔2019〕75号                B类  同意公开
任志华、龚红文、周升继、姜苹、李芳芳、万江文委员:
您提出的《关于加强水渠建设管理的建议》收悉。现答复如下:
2、沟渠清淤疏浚问题。我局已组织实施了2016年-2017年沟渠清淤工程,争取省级奖补资金800多万元对部分沟渠进行了疏浚。2017年又制订了《岳阳县沟渠塘坝疏浚三年行动方案(2018-2020)》,并于2018年争取省级奖补资金1100余万元,对中洲乡、麻塘办事处、荣家湾镇、新墙镇垸区的沟渠塘坝进行了疏浚,今明两年将继续组织实施剩余项目。
3、水田区域的末端沟渠建设及兴修灌溉机埠问题。根据机构改革相关职责的调整划转,相关农田水利建设项目全部归农业农村局承担。国家尚未将小型灌溉机埠纳入中央水利投资项目,我县机构改革三定方案也尚未出台,如果小型灌溉机埠管理职责仍属县水利局,我们将尽力争取地方财政资金支持,按轻重缓急原则安排实施!
感谢你们对水利工作的关心和支持。
岳阳县水利局
2019年7月9日
"""

# 2017-岳阳日报-大灾之后大干水利.txt: 岳阳日报's item on the county's autumn and winter water works, its head and one paragraph.
NEWS_2017 = """岳阳网> 县区

岳阳县:大灾之后大干水利
作者:甘治国 黄怡 陈勇平 李凌志    来源:岳阳日报    发布时间:2017年11月24日    责任编辑:汤嘉

经过前期施工,技术人员已经完成启闭机房拆除。曾经承担下游2.5万亩灌溉面积的大坳水库,随着的水位降低,正是施工的良好时机。新建的泄洪道及液压式闸门,主体工程将在明年3月底前完成。

岳阳县水域面积1190平方公里,辖东洞庭湖水面、新墙河、费家河、坪桥河等干支河流63条,有大中小型水库213座,堤垸15个,大堤79.1公里,山塘堰3万多处,是典型的水利大县。然而,今年汛期,全县发生了13次强降雨过程,遭受了自1998年以来最为严重的洪涝灾害,虽然各类水利工程设施发挥了巨大的防洪减灾效益,却受到了较为严重的冲击和损毁。
"""


def test_an_answer_under_its_asks_matter_says_its_own_kind(tmp_path):
    """Under 2、沟渠清淤疏浚问题 (an ask's matter and 问题, a reply's heading per ask) the bureau's result 我局已组织实施了…
    was a problem, and so lost to every draft; it is done. The obstacle under 3、…机埠问题 stays a problem."""
    ff = distil(tmp_path, _yueyang(tmp_path / "ws"), PROPOSAL_11, "2019-政协11号-水渠建设管理.txt")
    assert _kind(ff, "我局已组织实施了2016") == "done"
    assert _kind(ff, "根据机构改革相关职责的") == "problem"


def test_what_the_bureau_will_do_after_and_a_place_as_it_is_are_no_results(tmp_path):
    """后续我单位也会积极配合…尽快将…完成 (我单位 and 会: what will be done) was done; so were 七星垸位于…中游，属于单退垸…经历3次
    险情 and 岳阳县水域面积1190平方公里…有大中小型水库213座 (a place as it is, no work): a plan, and background."""
    ff = distil(tmp_path, _yueyang(tmp_path / "ws"), REPLY_86, "2024-人大86号-七星垸大堤.txt")
    assert (_kind(ff, "后续我单位也会积极配合"), _kind(ff, "新开镇七星垸位于新墙河"), _kind(ff, "七星垸属于单退垸，省、")) == (
        "plan", "context", "done")
    (tmp_path / "n").mkdir()
    ff = distil(tmp_path / "n", _yueyang(tmp_path / "n" / "ws"), NEWS_2017, "2017-岳阳日报-大灾之后大干水利.txt")
    assert _kind(ff, "岳阳县水域面积1190平") == "context"


def _figure(ff, raw: str):
    return next(g for f in ff.facts for g in f.figures if g.raw == raw)


def test_a_figures_years_unit_and_measure_as_its_sentence_says(tmp_path):
    """800多万元 of 我局已组织实施了2016年-2017年沟渠清淤工程，争取省级奖补资金800多万元对部分沟渠进行了疏浚 was the reply's year's
    (2019) and counted 部分沟渠: it is of the work's years and counts the funds; 总装机功率396kw (a power in lower-case symbols)
    was no figure; 2.5万亩灌溉面积的大坳水库 counted 灌溉面积的大坳水库 — the measure is 灌溉面积."""
    ff = distil(tmp_path, _yueyang(tmp_path / "ws"), PROPOSAL_11, "2019-政协11号-水渠建设管理.txt")
    funds = _figure(ff, "800多万元")
    assert (funds.year, funds.until, funds.counts) == (2016, 2017, "省级奖补资金")
    assert _figure(ff, "1100余万元").year == 2018
    (tmp_path / "r").mkdir()
    ff = distil(tmp_path / "r", _yueyang(tmp_path / "r" / "ws"), REPLY_86, "2024-人大86号-七星垸大堤.txt")
    power = _figure(ff, "396kw")
    assert (power.value, power.counts) == (396, "总装机功率")
    (tmp_path / "n").mkdir()
    ff = distil(tmp_path / "n", _yueyang(tmp_path / "n" / "ws"), NEWS_2017, "2017-岳阳日报-大灾之后大干水利.txt")
    assert _figure(ff, "2.5万亩").counts == "灌溉面积"


def test_a_measure_after_a_count_is_no_measure_of_the_figure(tmp_path):
    """A measure named after a figure's unit is what the figure is (2.5万亩灌溉面积的大坳水库 → 灌溉面积) only where the unit is
    a size, volume or power: 3个万亩规模的示范基地 counted 万亩规模 and 50人规模的专家服务团队 规模 — they count the bases and
    the experts."""
    figures = {f.raw: f.counts for f in find_figures(
        "新增500万立方米库容的水库1座，新建2000KW装机容量的光伏电站。建成3个万亩规模的示范基地，组建一支50人规模的专家服务团队。")}
    assert (figures["500万立方米"], figures["2000KW"]) == ("库容", "装机容量")
    assert figures["3个"].endswith("示范基地") and figures["50人"] == "专家", figures


# The tester's suggestion text for 县十八届人大四次会议第126号建议 (its asks as the real reply heads them, each phrased as a problem).
SUGGESTION_126 = """关于中洲乡排涝能力建设的问题与建议的建议

领衔代表：钱庭保等代表

中洲乡地处洞庭湖区，近年来排涝形势严峻。现提出以下问题与建议：

一、内垸外排能力不足、垸内水系不畅等问题。建议新建外排泵站，疏通垸内水系，提高内垸外排能力。

二、2024年汛期新发问题处置、渍水堤堤防薄弱等问题。建议对2024年汛期出现的险情及时处置，对薄弱渍水堤进行加固。
"""


def test_a_plan_item_for_an_ask_phrased_as_a_problem_says_what_will_be_done(tmp_path):
    """With no plan in the base, part two's items were the asks' phrases as they are — （一）内垸外排能力不足、垸内水系不畅等问题。
    【待补充：具体举措】 after 下一步我局将…重点做好以下工作：, no work at all. An ask phrased as the problem it raises is said as
    the step of solving it; part one keeps the ask's phrase as its heading."""
    ws = _yueyang(tmp_path / "ws")
    _, document = page_draft(tmp_path, ws, REPLY_86, SUGGESTION_126, "126", "关于中洲乡排涝能力建设的问题与建议的建议",
                             "--date", "2025-05-21", name="2024-人大86号-七星垸大堤.txt")
    items = part_two_texts(document)
    assert items[:2] == ["（一）着力解决内垸外排能力不足、垸内水系不畅等问题。【待补充：具体举措】",
                         "（二）着力解决2024年汛期新发问题处置、渍水堤堤防薄弱等问题。【待补充：具体举措】"], items
    assert any(p.text == "（一）内垸外排能力不足、垸内水系不畅等问题" for p in document.paragraphs)


def test_a_sites_name_and_channel_is_no_title_and_a_place_headline_is(tmp_path):
    """岳阳日报's item was titled 岳阳网> 县区 (the site's name and its channel, a breadcrumb of two steps) — and, that gone,
    its subtitle, as the headline 岳阳县:大灾之后大干水利 (its place, a colon, its words) was read as a field. The headline is
    the title."""
    ff = distil(tmp_path, _yueyang(tmp_path / "ws"), NEWS_2017, "2017-岳阳日报-大灾之后大干水利.txt")
    assert ff.source.title == "岳阳县：大灾之后大干水利"


def _title_126(tmp_path, *replies) -> list[str]:
    """The title of a draft of 第126号建议 from a base of REPLY_86 and ``replies`` (their texts)."""
    ws = _yueyang(tmp_path / "ws")
    for i, text in enumerate(replies):
        (tmp_path / f"{i}.txt").write_text(text, "utf-8")
        assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / f"{i}.txt")]).exit_code == 0
    _, document = page_draft(tmp_path, ws, REPLY_86, SUGGESTION_126, "126", "关于中洲乡排涝能力建设的问题与建议的建议",
                             "--date", "2025-05-21", "--session", "县十八届人大四次会议", name="2024-人大86号-七星垸大堤.txt")
    return [p.text.replace("\n", "") for p in document.paragraphs if p.text.endswith("第126号建议的答复")]  # (its line break)


def test_a_drafts_title_opens_as_the_bureaus_own_replies_titles_do(tmp_path):
    """Every reply of 岳阳县水利局's is titled 对…建议的答复 (对…提案的答复); the draft said 关于县十八届人大四次会议第126号建议的答复.
    A draft's title opens on the word the bureau's own replies' titles open on, two of them at least, as its opening does."""
    assert _title_126(tmp_path, PROPOSAL_11) == ["对县十八届人大四次会议第126号建议的答复"]


def test_one_reply_titled_otherwise_is_no_habit(tmp_path):
    """One reply is no habit, for the title as for the opening: a base of one reply titled 对… leaves the draft's 关于."""
    assert _title_126(tmp_path) == ["关于县十八届人大四次会议第126号建议的答复"]


def test_a_draft_thanks_once_where_the_bureau_does(tmp_path):
    """岳阳县水利局's replies open 你们提出的《…》收悉。现答复如下 and thank at the end alone; the draft thanked in its opening and
    again (再次感谢…) in its closing. distill learns whether a reply's opening thanks (``opening: plain`` here), and a draft
    opens and closes as most of the bureau's replies do, two at least: no thanks in its opening, 感谢… (no 再次) in its closing."""
    ws = _yueyang(tmp_path / "ws")
    (tmp_path / "11.txt").write_text(PROPOSAL_11, "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "11.txt")]).exit_code == 0
    _, document = page_draft(tmp_path, ws, REPLY_86, SUGGESTION_126, "126", "关于中洲乡排涝能力建设的问题与建议的建议",
                             "--date", "2025-05-21", name="2024-人大86号-七星垸大堤.txt")
    assert all("  opening: plain\n" in f.read_text("utf-8") for f in (ws.root / "facts").glob("*.yaml"))
    texts = [p.text for p in document.paragraphs]
    opening = next(t for t in texts if "收悉" in t)
    assert "感谢" not in opening and opening.endswith("提出的《关于中洲乡排涝能力建设的问题与建议的建议》收悉。现答复如下："), opening
    thanks = [t for t in texts if "感谢" in t]
    assert len(thanks) == 1 and thanks[0].startswith("感谢"), thanks
