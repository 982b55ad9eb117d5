"""General rules found on held-out round 79 (鄂尔多斯市民政局's public pages, read by a tester as a clerk of that bureau:
the pages' opening excerpts, cut off mid-text, site footers kept).

Each test distils a few lines of a real page (its words as the page prints them, characters the page lost after a
number lost here too; the page is named in the test) through the public path a clerk takes, in a workspace of the
page's own bureau, and asserts on the facts or the draft that come out.
"""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner
from helpers import distil, page_draft, part_one, unit_workspace

from drafter.cli import cli

ORDOS_AREAS = "东胜区, 康巴什区, 达拉特旗, 准格尔旗, 鄂托克前旗, 鄂托克旗, 杭锦旗, 乌审旗, 伊金霍洛旗"

# 鄂尔多斯市民政局's reply to 第52037号 (mzj.ordos.gov.cn, 2023-06-29), as the stored page prints it (it
# breaks off after 并聘任在; the page lost the characters after some numbers: 4基层, 提高4690).
REPLY_52037 = """鄂尔多斯市民政局关于人大五届二次会议 第二次会议第52037号提案的答复

发布时间:2023-06-29 09:18:00    作者:    来源:鄂尔多斯市民政局 【字体: 打印页面 保存 分享:


    戚建平代表:

    人大代表戚建平提出的《规范社区服务事项,聚焦社区服务主责》,按照我局职能职责,现就有关问题答复如下:

    近年来,我市大力推进基层减负和社区工作者队伍建设。一是会同市发改委6部门联合印发了《改进和规范基层群众性自治组织出具证明工作的实施意见的通知》,明确了4基层群众性自治组织应出具证明事项和20不应出具证明事项;二是进一步健全规范专职社区工作者的岗位职级和薪酬待遇,全市专职社区工作者月均薪酬提高4690

    一、规范社区工作事项,减轻社区负担

    切实减轻基层负担,会同市发改委6部门联合印发了《改进和规范基层群众性自治组织出具证明工作的实施意见的通知》,推进基层自治组织逐步建立出具证明工作的规范化制度体系和长效机制,从根本上改变社区万能章社区成为证明大本营等现象。指导旗区全部出台制度文件,制定村级小微权力清单和基层群众性自治组织出具证明事项清单,进一步厘清基层群众性自治组织权责边界,规范村级组织事务、机制牌子和证明事项

    二、加大财政投入力度,提高薪酬待遇

    着力提高社区工作者薪酬待遇,报请市政府出台了《鄂尔多斯市社区工作者管理暂行办法》,市委组织部、市财政局、市人社局、市民政局联合印发《鄂尔多斯市专职社区工作者岗位职级和薪酬实施方案》,将1208全日制专职工作人员全部纳入三岗十八级薪酬体系,全市专职社区工作者月均薪酬达到4690元,全区最高。并且专职社区工作者取得《社会工作者职业水平证书》并聘任在
"""
# The tester's suggestion (第52149号, 刘小丽代表), its asks as the real reply's heads say them.
WORKERS = """关于加强社区工作者队伍建设的建议

领衔代表：刘小丽

建议：
一、加强社区工作者人才队伍建设，推动社区工作者队伍专业化、职业化、规范化。
二、保持社区工作者队伍稳定，完善社区工作者薪酬待遇，拓宽发展空间。
"""
WORKERS_TITLE = "关于加强社区工作者队伍建设的建议"

# A suggestion on pay (a probe of what the base says of it).
PAY = """关于健全社区工作者岗位职级和薪酬待遇的建议

建议：
一、健全规范专职社区工作者的岗位职级。
二、完善社区工作者薪酬待遇。
"""
PAY_TITLE = "关于健全社区工作者岗位职级和薪酬待遇的建议"

# 鄂尔多斯市民政局's news of 2023-02-03 (姜波调研推动特殊困难老年人居家适老化改造工作), as the stored page prints it.
NEWS_AGEING = """当前位置: 首页 > 图片新闻

姜波调研推动特殊困难老年人居家适老化改造工作

发布时间:2023-02-03 17:47:00    作者:吴凯强    来源:养老服务和儿童福利科 【字体: 打印页面 保存 分享:

    2月3日上午,鄂尔多斯市委常委、副市长姜波一行深入伊金霍洛旗特殊困难老年人家中,就适老化改造工作进行走访调研。鄂尔多斯市民政局局长高飞,伊金霍洛旗旗委、政府和旗民政局相关负责同志陪同调研。


    姜波指出,让老年人老有所养、老有所依,是党委政府应尽之责。实施居家适老化改造,是应对人口老龄化的现实需要和社会长治久安的必然需求,既是民生工程,也是民心工程,必须将其作为重要的政治任务抓在手上,把实事做实、好事办好。

    他强调,要围绕老年人居家安全、健康等方面需求,实行“定制服务”,在设计与细节上,更加贴近实际,满足老人需求,在项目实施过程中要不断探索和优化项目方案,高质量推动适老化改造工作,让更多符合条件的老年人家庭享受到政策带来的便利。

    2022年,鄂尔多斯市民政局列支300万元专项资金实施500户适老化改造项目,项目改造内容包括地面改造、门改造、卧室改造、如厕洗浴改造、物理环境改造、老年用品配置等30项改造内容,项目通过筛选、评估确定改造对象,再入户进行适老化项目改造,得到受益老人们的一致好评。2023年,鄂尔多斯市民政局将以党的二十大精神为指引,再实施1000户特殊困难老年人家庭适老化改造,全力推动养老服务工作高质量发展。

  • 主办单位:鄂尔多斯市民政局

    电 话:0477-8588228(传真)

    邮 箱:eedsmzj@126.com

  • 蒙ICP备19004350号-1

    网站标识码:1506000017

    技术支持:内蒙古海瑞科技有限责任公司

  • 市纪委派驻纪检组受理信访举报电话:047
"""
AGEING_TITLE = "关于推进特殊困难老年人家庭适老化改造的建议"

# 鄂尔多斯市民政局2022年工作总结和2023年工作安排 (2022-12-12), as the stored page prints it (cut off after 一是加强; the page
# lost the characters after some numbers: 900/·月, 惠及4).
SUMMARY_2022 = """鄂尔多斯市民政局2022年工作总结和2023年工作安排

发布时间:2022-12-12 09:30:00    作者:秦汉元    来源: 【字体: 打印页面 保存 分享:
        一、2022年工作开展情况

    (一)社会救助和兜底保障作用充分发挥

    一是合理提高社会救助标准城乡低保标准分别提高到900/·月和7800/·城乡特困人员基本生活补贴标准分别提高到1700/·月和11700/·年。二是推进分层分类的社会救助体系建设。精准实施基本生活救助,全力配合开展专项救助,及时高效开展急难救助,积极发展服务类救助,截至10月底,共发放低保、特困、临时救助资金2.14亿元,惠及4三是持续巩固拓展脱贫攻坚兜底保障成果截至10月底,已脱贫人口中符合条件纳入低保、特困供养2058人,实施临时救助148人次

    (二)养老服务质量有效提升

    一是长效发展机制不断完善。推动成立了养老服务工作领导小组和部门联席会议制度,形成以《鄂尔多斯市养老服务条例》为纲领、若干中长期规划为核心、多个规范性文件为基础的养老服务政策体系,近两年累计筹集资金1.8亿元(其中市级8000余万元)用于支持养老服务事业发展。二是机构养老高质量发展。高标准建成运营养老机构59家,总床位9429张,护理型床位占比61%三是居家社区养老全面提升。建成街道养老服务中心26个、社区养老服务站103个,居家社区养老服务设施覆盖率达100%。开展政府购买居家社区养老服务项目,10万余人次受益。投入300万元为500户特殊困难老年人家庭实施适老化改造。建成智慧养老服务平台并投入运营。四是农村牧区养老服务进一步提升。建成旗区级特困人员供养机构16个,互助幸福院51个,苏木乡镇养老服务中心42个,农村牧区养老服务中心覆盖率达82%

    (三)社会福利保障全面覆盖

    一是加强
"""
# 鄂尔多斯市民政局's news of 2022-06-20 (召开全市社工站建设暨五社联动工作部署会), its head and the meeting's charge as printed.
NEWS_STATIONS = """当前位置: 首页 > 工作动态

鄂尔多斯市民政局召开全市社工站建设暨 “五社联动”社会工作服务项目 工作部署会

发布时间:2022-06-20 08:44:00    作者:满都娜    来源:慈善事业促进和社会工作科 【字体: 打印页面 保存 分享:

      会议强调,各旗区要认真落实自治区民政厅、市委市政府关于五社联动工作的部署要求,建立健全机制体制,细化工作举措,加快推进苏木乡镇社工站标准化建设和五社联动社会工作服务试点项目政府采购手续,确保年内完成苏木乡镇社工站建设和五社联动社会工作服务项目实施全覆盖任务目标。要链接慈善资源,发挥好社会工作者的桥梁纽带作用,整合五社优势,发挥联动效应。
"""
# 鄂尔多斯市民政局's 2021年重点工作进展情况 (2021-12-15), as the stored page opens: no title line, its first a section's head.
PROGRESS_2021 = """发布时间:2021-12-15 14:36:00 作者:张恒 来源:办公室 | 【字体: 大 中 小】 | 【 打印页面】 | 【保存】 | 分享: |
一、重点工作进展情况
民政部门主要承担基本民生保障、基层社会治理、基本社会服务等基础性、兜底性工作,具体包括城乡居民最低生活保障、社会福利和社会事务、社会组织管理、基层社会治理、养老服务和儿童福利、殡葬服务管理、区划地名、福利彩票销售等职能职责。
(一)深入贯彻落实全面从严治党主体责任
二是严格落实抓党建主体责任。始终把党的政治建设摆在首位,局党组分别召开2次专题会议对党建设工作、党风廉政建设工作等进行研究部署。
"""
ELDERLY_TITLE = "关于完善养老服务体系的建议"


def _ordos(tmp_path):
    return unit_workspace(tmp_path / "ws", "鄂尔多斯市民政局", "市民政局", "鄂尔多斯市", ORDOS_AREAS)


def _filed(tmp_path, ws, page: str, name: str) -> None:
    """``page`` distilled into ``ws``'s base as ``drafter distill`` files it, from ``name`` outside the workspace (a name of its
    own: distill copies it into seeds/, never over another file of that name)."""
    (tmp_path / name).write_text(page, "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / name)]).exit_code == 0


def _titled(tmp_path, ws, pages: list[str], number: str, title: str, *options: str):
    """``pages`` filed in ``ws``, then ``title`` drafted from its title alone (a probe of what the base holds) with
    ``options`` (else dated 2023-06-29 as the tester's drafts): the draft."""
    for n, page in enumerate(pages, 1):
        _filed(tmp_path, ws, page, f"filed{n}.txt")
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", number, title, "--deputy", "王某某", "--type", "B",
                                      "-o", str(out), *(options or ("--date", "2023-06-29"))])
    assert result.exit_code == 0, result.output
    return docx.Document(out)


def test_a_text_cut_off_after_a_bare_number_drops_the_clause(tmp_path):
    """52149's (二) said 全市专职社区工作者月均薪酬提高4690。, unflagged and untraced: the page broke off on the number,
    its unit lost, so the draft read a rise *by* 4690 of no unit (the page's other sentence: 达到4690元). A text cut off
    on a bare number (no unit after it, no stop) lost its figure's unit: that last clause goes, as any cut clause."""
    _, document = page_draft(tmp_path, _ordos(tmp_path), REPLY_52037, PAY, "52150", PAY_TITLE,
                             "--date", "2023-06-29", "--type", "B")
    said = "".join(p.text for p in document.paragraphs)
    assert "提高4690" not in said and "4690元" in said, said


def test_a_leaders_words_never_open_part_one(tmp_path):
    """9002's part one opened on 他强调，要围绕老年人居家安全…需求，实行“定制服务”… of a news item: a vice-mayor's
    instruction, no work of the bureau, its 他 pointing to nobody. A statement of what someone said (…指出，; 他强调，)
    is no overview of the bureau's work."""
    ws = _ordos(tmp_path)
    said = "".join(p.text for p in _titled(tmp_path, ws, [SUMMARY_2022, NEWS_AGEING], "9002", AGEING_TITLE).paragraphs)
    assert "适老化改造" in said and "强调" not in said and "指出" not in said, said


def test_a_year_opening_what_the_bureau_named_in_full_will_do_is_a_plan(tmp_path):
    """…得到受益老人们的一致好评。2023年，鄂尔多斯市民政局将以…为指引，再实施1000户特殊困难老年人家庭适老化改造 stayed in the
    done fact of 2022's 500户, its 1000户 a count reached: 9002 reported it in part one and said the base held no plan. A
    sentence opening on a year and then who will act (我局, or the unit named in full) is the plan of a paragraph
    that reported before it; not 将 as 把 with what it made of the thing (2023年，我局将…标准提高至…)."""
    facts = distil(tmp_path, _ordos(tmp_path), NEWS_AGEING).facts
    done = next(f for f in facts if "500户" in f.text)
    plan = next(f for f in facts if "1000户" in f.text)
    assert (done.kind, plan.kind, done.period.year) == ("done", "plan", 2022) and done is not plan, (done, plan)


def test_a_reply_in_sections_by_its_points_planning_nothing_is_written_per_ask(tmp_path):
    """The base's only reply (52037) is headed by its points (一、规范社区工作事项，减轻社区负担 / 二、加大财政投入力度，提高薪酬
    待遇) with no part named, its page cut in the second, so its form went unrecorded and 52149 came out as 一、基本情况 /
    二、下一步工作计划, the real 52149 being per point as 52037. Two or more first-level heads that name no part and plan
    nothing are the bureau's points answered one by one: its form is per ask (a clerk writes as the bureau writes)."""
    _, document = page_draft(tmp_path, _ordos(tmp_path), REPLY_52037, WORKERS, "52149", WORKERS_TITLE,
                             "--date", "2023-06-29", "--type", "B")
    texts = [p.text for p in document.paragraphs]
    assert "一、加强社区工作者人才队伍建设" in texts and "二、保持社区工作者队伍稳定" in texts, texts
    assert not any("基本情况" in t or "下一步工作计划" in t for t in texts), texts


def test_a_figure_after_a_span_of_recent_years_gets_no_year_before_it(tmp_path):
    """9004 said …养老服务政策体系，2022年，近两年累计筹集资金1.8亿元…: bad Chinese, and the amount is two years', not
    2022's. A clause stating its figures' span (近两年, 近5年, 近年来) before them is dated by it: no year is put in — a counted
    run is written as its years, up to the 2022 summary's (hd42a: 近两年 in a 2024 draft read as 2023–2024)."""
    said = "".join(part_one(_titled(tmp_path, _ordos(tmp_path), [SUMMARY_2022], "9004", ELDERLY_TITLE,
                                    "--date", "2024-05-20")))
    assert "2021—2022年累计筹集资金1.8亿元" in said and "年，近两年" not in said and "近两年" not in said, said


def test_the_sites_owner_and_its_contacts_closing_a_page_are_no_fact(tmp_path):
    """The footer's 主办单位：鄂尔多斯市民政局 (its 电话：…（传真）and 邮箱：… under it) became a fact, in a second news item a
    done one dated 2020 as repeating the first's: only 主办单位：…人民政府 was known for the site's owner. A line naming the
    owner alone (no 协办单位 beside it) closing a page, with the site's contact lines after it, is the site's."""
    facts = distil(tmp_path, _ordos(tmp_path), NEWS_AGEING).facts
    assert facts and not any("主办单位" in f.text or "8588228" in f.text for f in facts), [f.text for f in facts]


def test_a_reply_to_a_deputy_answers_a_suggestion_whatever_its_title_says(tmp_path):
    """52037's page is titled …第52037号提案的答复 but addressed to 戚建平代表 of 人大五届二次会议: it was filed as a 提案,
    mixing the clerk's 建议 history with 提案. A deputy addressed (…代表：) answers a suggestion."""
    source = distil(tmp_path, _ordos(tmp_path), REPLY_52037).source
    assert (source.proposal, source.deputy, source.suggestion_number) == (False, "戚建平", "52037"), source


def test_things_listed_before_one_figure_share_its_count(tmp_path):
    """共发放低保、特困、临时救助资金2.14亿元 counted 临时救助资金 and 纳入低保、特困供养2058人 counted 特困供养: a total read as
    its last item's, misleading ``facts`` and any matching by measure. Short nouns listed before the one a figure's name
    ends in (no figure among them, no verb between them and the figure) share its count, the first read after the verb its
    clause opens on (共发放, 纳入)."""
    counts = {g.raw: g.counts for f in distil(tmp_path, _ordos(tmp_path), SUMMARY_2022).facts for g in f.figures}
    assert (counts["2.14亿元"], counts["2058人"]) == ("低保、特困、临时救助资金", "低保、特困供养"), counts


def test_within_the_year_is_the_documents_year(tmp_path):
    """会议强调，…确保年内完成苏木乡镇社工站建设… in news of 2022-06-20 was dated 2021: 年内 was read as 全年, the year just
    ended when reported in January–June. 年内 is the document's own year, whenever in it."""
    fact = next(f for f in distil(tmp_path, _ordos(tmp_path), NEWS_STATIONS).facts if "年内" in f.text)
    assert fact.period.year == 2022, fact.period


def test_a_page_printing_no_title_is_titled_by_its_files_name(tmp_path):
    """The 2021 progress report, its page opening on 一、重点工作进展情况 with no title line, became a 新闻 titled
    市民政局2021年新闻报道, of no place. A page printing no title of its own is titled as the clerk named its file (the
    day it opens on dropped; a slug names none), and a title of 工作进展情况 names a report."""
    source = distil(tmp_path, _ordos(tmp_path), PROGRESS_2021, "2021-12-15_鄂尔多斯市民政局2021年重点工作进展情况.txt").source
    assert (source.kind, source.title, source.jurisdiction) == (
        "work_report", "鄂尔多斯市民政局2021年重点工作进展情况", "鄂尔多斯市"), source


def test_init_reads_a_city_of_four_characters(tmp_path):
    """``drafter init ws --name 鄂尔多斯市民政局`` refused (无法从单位名称…看出所属地区), and with --jurisdiction 鄂尔多斯市 wrote
    short_name 鄂尔多斯市民政局 for the clerk to correct: a place was read of two or three characters before its level
    only. A place of four (鄂尔多斯市, 呼和浩特市, 乌鲁木齐市) is read as any other."""
    from drafter.workspace import load_workspace

    result = CliRunner().invoke(cli, ["init", str(tmp_path / "ws"), "--name", "鄂尔多斯市民政局"])
    assert result.exit_code == 0, result.output
    ws = load_workspace(tmp_path / "ws")
    assert (ws.jurisdiction, ws.short_name) == ("鄂尔多斯市", "市民政局"), (ws.jurisdiction, ws.short_name)


def test_a_work_reported_by_two_sources_is_said_once(tmp_path):
    """9002 said 投入300万元为500户特殊困难老年人家庭实施适老化改造 (the 2022 summary) and 2022年，我局列支300万元专项资金实施
    500户适老化改造项目… (the news of 2023-02) in one section: the same work twice, in other words. A sentence stating two
    figures or more, all of them stated by a sentence already kept that shares much of its words, says it again: it is
    kept once, in the newer source."""
    document = _titled(tmp_path, _ordos(tmp_path), [SUMMARY_2022, NEWS_AGEING, REPLY_52037], "9002", AGEING_TITLE)
    said = "".join(p.text for p in document.paragraphs)
    assert said.count("300万元") == 1 and "列支300万元专项资金实施500户适老化改造项目" in said, said


def test_a_past_year_the_bureau_named_in_full_put_something_through_is_no_plan(tmp_path):
    """The plan rule above is for the year to come: in a summary of 2023 (dated 2023-12-12) a sentence opening on 2022 then
    …民政局将养老服务补贴足额发放到户 is 将 as 把, what was done that year — its 5000人 a result, never part two's plan."""
    page = ("鄂尔多斯市民政局2023年工作总结\n发布日期：2023-12-12\n"
            "2023年，全市民政系统认真落实各项民生保障政策，新建社区养老服务站12个。"
            "2022年，鄂尔多斯市民政局将养老服务补贴足额发放到户，惠及老人5000人。\n")
    fact = next(f for f in distil(tmp_path, _ordos(tmp_path), page).facts if "5000人" in f.text)
    assert fact.kind == "done", fact


@pytest.mark.parametrize("said, kind", [
    ("2023年，鄂尔多斯市民政局将养老服务补贴发放到位，惠及老人1.2万人。", "done"),
    ("2023年，鄂尔多斯市民政局将高龄津贴标准提高到每人每月200元，惠及老人1.2万人。", "done"),
    ("2023年，鄂尔多斯市民政局将新建社区养老服务站10个，惠及老人1.2万人。", "plan"),
    ("2024年，鄂尔多斯市民政局将养老服务补贴发放到位，惠及老人1.2万人。", "plan"),
])
def test_the_year_of_a_summary_its_bureau_put_something_through_is_no_plan(tmp_path, said, kind):
    """In a summary of 2023 dated 2023-12-12, a paragraph opening on its own year's 将 with figures and a word of work finished
    (发放到位) or on 将 as 把 (将…提高到…) is what was done that year; its year's 将 of what is to be built is a plan, and so is
    the next year's, whatever its 将."""
    page = ("鄂尔多斯市民政局2023年工作总结\n发布日期：2023-12-12\n"
            + said + "全市民政系统认真落实各项民生保障政策。\n")
    fact = next(f for f in distil(tmp_path, _ordos(tmp_path), page).facts if "1.2万人" in f.text)
    assert fact.kind == kind, fact


@pytest.mark.parametrize("said, kind", [
    ("2023年，鄂尔多斯市民政局将养老服务补贴发放到位，惠及老人1.2万人。", "done"),
    ("2023年，鄂尔多斯市民政局将高龄津贴标准提高到每人每月200元，惠及老人1.2万人。", "done"),
    ("2023年，鄂尔多斯市民政局将新建社区养老服务站10个，惠及老人1.2万人。", "plan"),
    ("2024年，鄂尔多斯市民政局将养老服务补贴发放到位，惠及老人1.2万人。", "plan"),
    ("2024年，鄂尔多斯市民政局将高龄津贴标准提高到每人每月200元，惠及老人1.2万人。", "plan"),
])
def test_the_year_of_a_summary_its_bureau_put_something_through_after_a_sentence_is_no_plan(tmp_path, said, kind):
    """The same sentences after another of the 2023 summary: the turn to a plan there decides by the document's year as the
    year's rule does at the paragraph's start — its own year's 将 as 把 (发放到, 提高到) work done, the next year's a plan
    whatever its 将 (the 2024 the summary names the latest it speaks of, not its year, 2023-12-12)."""
    page = ("鄂尔多斯市民政局2023年工作总结\n发布日期：2023-12-12\n"
            "全市民政系统认真落实各项民生保障政策，新建社区养老服务站12个。" + said + "\n")
    fact = next(f for f in distil(tmp_path, _ordos(tmp_path), page).facts if "1.2万人" in f.text)
    assert fact.kind == kind, fact


def test_a_reply_whose_head_says_again_the_title_it_names_is_per_ask(tmp_path):
    """52037 names its item by title alone (人大代表戚建平提出的《规范社区服务事项，聚焦社区服务主责》，按照…): that is the
    suggestion's title, and its first head says it again (规范社区工作事项): the points answered one by one."""
    source = distil(tmp_path, _ordos(tmp_path), REPLY_52037).source
    assert (source.suggestion_title, source.form) == ("规范社区服务事项，聚焦社区服务主责", "per_ask"), source
