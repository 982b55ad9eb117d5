"""Held-out round hd37 (舒城县水利局, 安徽): a reply the town's site published under its own title, the letter's title in
brackets after it; a 议事原案 listed as what it is; a drinking-water suggestion drafted from it (the tester's probe).

Each test distils (or drafts from) a few real lines of the pages the tester saved (as the pages print them) in a workspace
of the bureau, through the path ``drafter`` takes.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import distil, distil_by_cli, fact_saying, sections, unit_workspace

from drafter.cli import cli
from drafter.compose.sentences import finished_sentences

SHUCHENG_AREAS = ("城关镇, 桃溪镇, 万佛湖镇, 南港镇, 柏林乡, 杭埠镇, 千人桥镇, 干汊河镇, 百神庙镇, 张母桥镇, 五显镇, 山七镇, "
                  "河棚镇, 汤池镇, 晓天镇, 舒茶镇, 春秋乡, 庐镇乡, 高峰乡, 阙店乡, 棠树乡")

# 南港镇's site publishing the bureau's reply to 第14号建议 (2023-10-07), its 信息来源 the town.
SHUCHENG_14 = """当前位置:网站首页 > 信息公开 > 舒城县南港镇 > 建议提案办理 > 人大建议办理

南港镇2023年人大代表建议办理答复(舒城县水利局关于县十八届人大二次会议第14号代表建议办理的函)

发布时间:2023-10-07 09:50 信息来源:舒城县南港镇 阅读次数: 字体:[    ]我要纠错

夏文三、吴军涛、贾月超、陶月、卫道宝、程露、梁钧、樊浪生、黄小雨、昌春台代表:

你们提出的《关于加强山区自来水管网建设确保群众饮用水安全的建议》收悉,现将办理情况答复如下:

目前,我县建有农村规模水厂23座,千人供水工程1处,小型集中供水工程162处,铺设管网7000多公里,总供水能力12万吨/日。全县396个行政村全部通自来水,农村供水人口80.06万人,其中农村集中供水人口77.94万人,分散式供水2.12万人。全县农村人口自来水普及率97.4%,高于全国、全省平均水平。

为保障全县农村饮用水安全,助力乡村振兴战略实施,舒城县水利局以健全机制、强化安全管理责任体系为举措,全力开展农村供水工程设施建设。2023年根据十四五规划及农村供水保障规划,结合各乡镇实际情况,完成了对全县农村饮水工程项目的设计施工,共涉及12个乡镇20处,包括规模水厂改扩建、供水管网升级改造、小型集中供水工程升级改造,总投资3000万元。十三五以来我县农村饮水工程累计完成投资5.58亿元,形成了供水稳定、可靠的供水管网,规模化供水受益人口比例90.3%。极大地改善了全县农村群众生产、生活条件和健康状况。

县委、县政府制定了《关于加强农村饮水安全工程长效管理机制建设的实施意见》,出台《关于完善农村饮用水水质三级检(监)测体系的通知》《舒城县农村饮水安全工程运行管理考评办法》《舒城县农村小型集中供水工程运行管理办法》《舒城
"""


def _shucheng(tmp_path):
    return unit_workspace(tmp_path / "ws", "舒城县水利局", "县水利局", "舒城县", SHUCHENG_AREAS, "我县水利工作")


def test_the_letters_bracketed_title_names_the_issuer_over_the_sites_source(tmp_path):
    """A site's title closing on the letter's own in brackets (…答复(舒城县水利局关于…第14号代表建议办理的函)) names the
    writer: the bureau, not the town whose site published it (信息来源:舒城县南港镇)."""
    ff = distil(tmp_path, _shucheng(tmp_path), SHUCHENG_14, "舒城县水利局_2023_十八届二次_第14号建议办理函.txt")
    assert ff.source.issuer == "舒城县水利局"


# 关于对县十六届人大二次会议第8号议事原案的答复(水利局) (2013-08-02), its head as the page prints it.
SHUCHENG_8 = """您当前所在的位置:首页 > 议案建议 > 县十六届人大二次会议

关于对县十六届人大二次会议第8号议事原案的答复(水利局)

发布日期:2013-08-02 0:0    作者:xksh     来源:人大办公室    阅读:次   字体大小:[大] [中] [小]

王玉书、薛维功、王家传、陈传慧、花敬玲、韦九青、陈留根、吴本松、宋茂谷、黄光秀、周宗福、王世凤、韩芳代表:

    你们提出的“关于要求解决孔集办事处部分村农村饮水安全问题”的议事原案收悉。现答复如下:

    根据《舒城县农村集中供水发展规划》,城关镇孔集办事处所属舒勤、舒丰、太平、高塘4个村已划入上阳水厂供水范围;盛庄、梵坛、下河、付圩4个村归属春秋塘水厂供水范围。

    感谢你们对我县水利工作的关心和支持。
"""


def test_sources_lists_a_reply_to_a_motion_as_the_motion_its_title_names(tmp_path):
    """``drafter sources`` names the item a reply answers as its title does (第8号议事原案), not as a 建议."""
    ws = _shucheng(tmp_path)
    distil_by_cli(tmp_path, ws, SHUCHENG_8, "舒城县水利局_2013_十六届二次_第8号议事原案答复.txt")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "sources"])
    assert result.exit_code == 0, result.output
    listed = result.output.replace("\n", "").replace(" ", "")
    assert "第8号议事原案的答复（水利局）第8号议事原案" in listed
    assert "第8号建议" not in listed


# The tester's probe: a suggestion on the reply's own matter.
PROBE = """关于提升山区乡镇农村饮水保障水平的建议
领衔代表：王某某
晓天镇、庐镇乡等山区乡镇部分村民组地处偏远，供水管网末端水压不足，枯水期时有停水。建议：
一、加快山区供水管网延伸和升级改造，提高自来水普及率；
二、加强农村饮水工程运行管护和水质检测。
"""


def _probe_draft(tmp_path) -> str:
    """:data:`SHUCHENG_14` distilled by ``drafter distill`` in the bureau's workspace, then :data:`PROBE` drafted from it as of
    2024-06-20: the draft's body text."""
    return "\n".join(p.text for p in docx.Document(_probe_docx(tmp_path)).paragraphs)


def _probe_docx(tmp_path):
    """:func:`_probe_draft`'s draft: its path."""
    ws = _shucheng(tmp_path)
    distil_by_cli(tmp_path, ws, SHUCHENG_14, "舒城县水利局_2023_十八届二次_第14号建议办理函.txt")
    probe = tmp_path / "probe.txt"
    probe.write_text(PROBE, "utf-8")
    out = tmp_path / "99.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "99", "关于提升山区乡镇农村饮水保障水平的建议", "--deputy", "王某某",
                                      "--session", "县十八届人大三次会议", "--type", "B", "--date", "2024-06-20",
                                      "--text", str(probe), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_a_sentence_naming_a_plans_span_gets_no_period_before_it(tmp_path):
    """十三五以来…累计完成投资5.58亿元 states its own span: no 2016—2023年 is put before it (the period said twice)."""
    text = _probe_draft(tmp_path)
    assert "十三五以来我县农村饮水工程累计完成投资5.58亿元" in text
    assert "2023年，十三五以来" not in text


def test_a_projects_total_investment_is_flagged_for_news_not_for_the_full_year(tmp_path):
    """A project's 总投资3000万元 is what it cost, no statistic of 2023 to update to the full year: its flag asks what came
    since."""
    text = _probe_draft(tmp_path)
    assert "总投资3000万元【待更新：是否有新的安排或进展】" in text
    assert "总投资3000万元【待更新：2023年全年数据】" not in text


PIPES, CARE = "加快山区供水管网延伸和升级改造", "加强农村饮水工程运行管护和水质检测"


def test_a_list_of_titles_cut_in_its_next_title_keeps_those_it_closed(tmp_path):
    """hd37a: the page stops inside its fourth title (…《舒城县农村小型集中供水工程运行管理办法》《舒城): the fact kept only
    县委、县政府制定了《…实施意见》, its 出台 of the 水质三级检（监）测 notice and the 运行管理 rules cut with the unfinished
    title; the titles closed before it are whole."""
    ff = distil(tmp_path, _shucheng(tmp_path), SHUCHENG_14, "舒城县水利局_2023_十八届二次_第14号建议办理函.txt")
    rules = fact_saying(ff, "县委、县政府制定了")
    assert rules.text.endswith("《舒城县农村小型集中供水工程运行管理办法》，……"), rules.text  # (marked cut: hx68c)
    assert finished_sentences(rules.text)[-1].endswith("《舒城县农村小型集中供水工程运行管理办法》。")  # (a draft says it closed: h292)
    assert "水质三级检（监）测体系的通知》《舒城县农村饮水安全工程运行管理考评办法》" in rules.text, rules.text


def test_each_ask_gets_its_own_work_and_the_figures_counting_its_matter(tmp_path):
    """hd37a: the county's rules on 运行管理 and 水质…检测 are the 管护 ask's item (they were dropped); 十三五以来我县农村饮水工程
    累计完成投资5.58亿元 says of that ask only the title's 农村饮水 and the 工程 of its 农村饮水工程运行管护, no 运行管护 nor
    水质检测: it stays with the 供水管网 it built under the pipes' ask (it had been cut off to the 管护 ask, 形成了…供水管网
    left dangling); and 铺设管网7000多公里 (a figure counting the ask's 管网) is said under the pipes' ask, not filtered out."""
    drafted = {k: "".join(v) for k, v in sections(docx.Document(_probe_docx(tmp_path))).items()}
    assert "《舒城县农村饮水安全工程运行管理考评办法》" in drafted[CARE], drafted
    assert "5.58亿元" not in drafted[CARE], drafted[CARE]
    assert "累计完成投资5.58亿元，形成了供水稳定、可靠的供水管网" in drafted[PIPES], drafted[PIPES]
    assert "铺设管网7000多公里" in drafted[PIPES] and "水厂23座" in drafted[PIPES], drafted[PIPES]
