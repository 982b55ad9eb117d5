"""Found on held-out round hd28 (达州市城市管理行政执法局, 广州市应急管理局, 临沂市体育局): a source's place, title, issuer and kind.

达州's 2020 work summary was filed as of 市容市 (read from 市容市貌) and a 达州日报 note as of 管理市 (城市管理…精细管理市政), all
their facts another place's; its summary, naming 市城管执法局 and speaking as 我局, had no issuer; its 协办意见 letter to
市生态环境局 lost its proposer, the proposal's title and the unit it went to, and 广州市应急管理局's 会办意见 to 市公安局 was filed
as a reply to a deputy. A summary printing no title was listed under a made-up one (广州市应急管理局2023年工作报告), and 临沂's
news item 《…助推“未来之星”健康成长》 was titled by its outlet's dateline (临报融媒 2022-11-11), filed as a work report, its
first fact opening on the app's dateline (在临沂客户端讯).

Each test uses a few real lines of the pages, as saved, in a workspace built here.
"""

from __future__ import annotations

import re

from click.testing import CliRunner
from helpers import (
    CORPUS, DAZHOU_241, comments_on, corpus_rows, dazhou_workspace, distil, fact_saying, needs_corpus, page_draft, unit_workspace,
)
from starlette.testclient import TestClient

from drafter.cli import cli
from drafter.distill.metadata import _repeated_places
from drafter.distill.places import is_place, places_in
from drafter.model import NEWS, REPLY, WORK_REPORT
from drafter.web.app import create_app


# 达州市城管执法局's 2020 工作总结和2021工作安排 (the search store's excerpt), to part (二)'s first words.
SUMMARY = """市委办公室,市政府办公室:
2020年是全面建成小康社会和“十三五”规划的收官之年,也是达州城市管理工作深刻变革、突破发展的一年。在纵深推进“四城同创”、抢抓万达开统筹示范区建设大好机遇的形势下,市城管执法局用定了就干、干就干好的决心,坚持精细管理、服务民生、生态优先的原则,重点抓好全域指导、规范执法、服务民生等工作,实现了党建引领、市容管理、环境卫生、市政维护的全面突破。现将2020年工作总结和2021年工作安排报告如下:
一、2020年工作总结
本年度,我局紧扣“文明城市创建”和整治“群众最不满意的10件事”两条主线,奋力推进党建引领、体制改革、市容管理、市政管护、环境卫生、队伍建设等工作,主要是:
(一)城管体制改革加码落地。一是职能职责再厘清。今年5月,我局新《三定方案》正式印发,明确在原市政、环卫职能的基础上,增加燃气、供水的管理权,进一步理顺了市政基础(公用)设施、黑臭水体整治、餐厨垃圾油渣分离建管和收运处置责任。二是机构设置再优化。统筹调整机关内设科室,公开选调2人充实机关力量,选派2名年轻干部协助负责执法监督、市容环卫相关工作。三是市区融合再加强。根据通川区行政区划调整,配套明确派驻执法队伍,总结先行先试成效,研究提出三年内分步实施、梯度推进的力量下沉工作方案,探索破解市区两级松散联动问题。仍向达州高新区派驻市城管执法直属二大队,达川区城管分局更改为达川区城管执法大队并入达川区综合执法局,人财物由达川区政府负责。
(二)市容市貌秩序不断规范。一是强化各类整治。持续发挥占道经营、夜间烧烤、油烟噪音、大气污染防治等重点任务集中整治的优势
"""

# 达州日报's note of 2025-03-13, to its second paragraph's middle.
NOTE = """全市城市管理工作会议召开

版次:02    作者:2025年03月13日

本报讯(见习记者 李桦)3月11日,全市城市管理工作会议召开。

会议强调,2025年是“十四五”规划收官之年,也是“十五五”蓄势之年,做好全年工作至关重要。全市城管系统要锻造忠诚干净担当的城管铁军,加强党的建设,全面从严治党;提升城市功能品质,精细管理市政和环卫基础设施,推进智慧城管建设;激发创新活力,打造“暖心温情”城管品牌,优化营商环境,树立经营城市理念。
"""

# 达州市城管执法局's 协办意见 on 第241号提案 (its site's page), to its first point's first paragraph, then its signature.
LETTER = (DAZHOU_241[:DAZHOU_241.index("\n\n  为更好的服务市民")] + "\n\n"
          + DAZHOU_241[DAZHOU_241.rindex("  达州市城市管理行政执法局"):])

# 广州市应急管理局's 会办意见 to 市公安局 (its site's page), to its first paragraph's end.
CO_OPINION = """http://yjglj.gz.gov.cn/zwgk/jyta/content/post_8808116.html
网站支持IPV6

个人中心 繁体版 简体版 长者助手 无障碍辅助浏览
当前位置: 首页 > 政务公开 > 建议提案

广州市应急管理局关于广州市第十六届人民代表大会第20232152号提案的会办意见

信息来源:本网 时间:2023-02-14 字体: [大] [中] [小]

市公安局:

  烟花爆竹既是民间喜庆娱乐产品,也常用于大型庆典场合,具有很强的艺术欣赏价值,深受人们的喜爱。但烟花爆竹也是易燃易爆物品,其生产、经营、运输、燃放的每一个环节都可能引发爆炸、引起火灾,造成危及人民群众生命财产安全及社会稳定的事故。市应急管理局按照“三定”职责认真履职,按照烟花爆竹相关法律、法规以及规章依法行政,切实有效有力实施烟花爆竹安全监管。
"""

# 广州市应急管理局's 2023 summary (its site's page prints no title), its first paragraph.
UNTITLED = """http://yjglj.gz.gov.cn/zwgk/ghjh/content/post_9537075.html
2023年,在市委市政府领导下,广州市应急管理局全面学习贯彻党的二十大精神,紧紧围绕“压减控制事故总量”这个“牛鼻子”,不断推动应急管理体系和能力现代化,以高水平安全服务保障高质量发展。2023年,全市发生生产安全事故301起、死亡279人,同比下降14.0%、6.4%,未发生较大及以上事故,全市安全生产形势平稳。
一、2023年主要工作情况
"""

# 临报融媒's news item of 2022-11-11 on 临沂市体育局, to its second paragraph's end.
NEWS_ITEM = """创建全国文明城市丨临沂市体育局:助推“未来之星”健康成长

临报融媒 2022-11-11 阅读次数: 5825

在临沂客户端讯 长期以来,市体育局以深化“体教融合”为总抓手,大力实施“未来之星”青少年体质提升工程,按照《临沂市竞技体育八年提升计划(2019-2026年)》,培育未成年人健康向上的良好精神风貌。

构建“四位一体”赛事体系,塑造“未来之星”健康体魄。与教育部门共同举办田径、游泳、足球等项目中小学生体育联赛、全市中小学生运动会,策划举办射击、举重、轮滑、网球等市级锦标赛,鼓励支持中小学校开展校园竞赛活动,形成了市县中小学生体育联赛、中小学生运动会、锦标赛、校园比赛“四位一体”的赛事体系。
"""


def _distill_cli(ws, folder, pages: dict[str, str]) -> str:
    """``pages`` (file name → text) written to ``folder`` and distilled by ``drafter distill``: its output."""
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(folder)])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_common_word_on_a_level_word_names_no_place():
    """hd28b 2: 市容市貌 (the city's looks), 管理市政 (managing municipal works), 经营城市, 派驻市城管…, 探索破解市区两级… hold a
    level word, and no place's name; the places beside them are still read."""
    said = ("也是达州城市管理工作深刻变革。(二)市容市貌秩序不断规范。维护良好的城市市容市貌。探索破解市区两级松散联动问题。"
            "仍向达州高新区派驻市城管执法直属二大队,达川区城管分局更改为达川区城管执法大队。"
            "提升城市功能品质,精细管理市政和环卫基础设施;树立经营城市理念。荆州市沙市区新增企业")
    assert [name for _, _, name in places_in(said)] == ["达州高新区", "达川区", "达川区", "荆州市", "沙市区"]
    assert set(_repeated_places(said)) == {"达川区"}
    assert not any(is_place(w) for w in ("管理市", "精细管理市", "派驻市", "探索破解市"))


def test_the_bureaus_own_summary_is_its_own_not_a_words(tmp_path):
    """hd28b 2 and 9: a summary speaking as 我局 and naming the bureau (市城管执法局用定了就干…) and no other city is the bureau's, of
    its place: its issuer the bureau, every fact 达州市's, none another place's, no reminder of a place 市容市."""
    ws = dazhou_workspace(tmp_path)
    ff = distil(tmp_path, ws, SUMMARY, "dazhou_cgj_2020工作总结和2021工作安排.txt")
    assert ff.source.kind == WORK_REPORT
    assert (ff.source.issuer, ff.source.jurisdiction) == ("达州市城市管理行政执法局", "达州市")
    assert ff.facts and not any(f.external for f in ff.facts)
    assert {f.jurisdiction for f in ff.facts if "达川区" not in f.text} == {"达州市"}
    output = _distill_cli(ws, tmp_path / "seeds", {"summary.txt": SUMMARY, "note.txt": NOTE})
    assert "市容市" not in output and "管理市" not in output and "不是本单位的地区" not in output


def test_a_note_naming_no_place_is_of_none_its_credit_no_fact(tmp_path):
    """hd28b 2 and 9: the paper's note of 全市城市管理工作会议, naming no place, is of none (the bureau's own, as a base reads it),
    never 管理市's; its credit (本报讯（见习记者 李桦）) is cut from the fact it opens."""
    ff = distil(tmp_path, dazhou_workspace(tmp_path), NOTE, "dzrb_2025-03-13_全市城市管理工作会议召开.txt")
    assert ff.source.kind == NEWS and ff.source.jurisdiction is None
    assert not any(f.external for f in ff.facts)
    assert not any("本报讯" in f.text or "李桦" in f.text for f in ff.facts)
    assert fact_saying(ff, "全市城市管理工作会议召开").text.startswith("3月11日")


def test_a_co_handlers_letter_names_its_proposer_title_and_lead_unit(tmp_path):
    """hd28b 9: the 协办意见 passing on its opinion (现将任欣玥委员在…提出的《关于加强洗车行业管理的建议》…函告如下) to the unit it
    is addressed to: its proposer, the proposal's title and its lead unit, 市生态环境局, recorded."""
    ff = distil(tmp_path, dazhou_workspace(tmp_path), LETTER, "dazhou_cgj_241.txt")
    assert ff.source.kind == REPLY
    assert ff.source.deputy == "任欣玥"
    assert ff.source.suggestion_title == "关于加强洗车行业管理的建议"
    assert ff.source.lead == "市生态环境局"


def test_a_co_opinion_is_listed_as_one_whatever_its_page_calls_the_item(tmp_path):
    """hd28a 8: 广州市应急管理局's 会办意见 to 市公安局 is a co-handling opinion to its lead unit, not a reply to a deputy: its lead
    unit recorded, distill and ``drafter sources`` list it as 会办意见; a reply to a deputy has no lead unit."""
    ws = unit_workspace(tmp_path / "ws", "广州市应急管理局", "市应急管理局", "广州市")
    ff = distil(tmp_path, ws, CO_OPINION, "gz_yjj_20232152_coreply_2023.txt")
    assert ff.source.lead == "市公安局"
    output = _distill_cli(ws, tmp_path / "seeds", {"coreply.txt": CO_OPINION})
    line = next(t for t in output.splitlines() if "20232152" in t and "-" in t.split()[0])
    assert "会办意见" in line and "答复" not in line
    listed = CliRunner().invoke(cli, ["-w", str(ws.root), "sources"]).output
    assert "会办意见" in listed


@needs_corpus
def test_the_corpus_co_opinions_name_their_lead_unit_its_replies_none(tmp_path):
    """hd28a 8, on the real corpus: 咸宁市科学技术局's 会办工作的意见 (to 市农业农村局, …请综合后一并答复代表) and its 2021 one name the
    lead unit they go to; no reply to a deputy does."""
    from drafter.distill import distill_document
    from drafter.read import read_document

    ws = unit_workspace(tmp_path / "ws", "泉州市科学技术局", "市科技局", "泉州市")  # (the corpus is of other places)
    kinds = {row["file"]: row["kind"] for row in corpus_rows() if row["kind"] in ("coreply", "reply", "proposal_reply")}
    leads = {name: distill_document(read_document(CORPUS / name), ws).source.lead for name in kinds}
    assert leads["09_xianning_coreply_2022.txt"] == "市农业农村局"
    assert {name for name, lead in leads.items() if lead} == {name for name, kind in kinds.items() if kind == "coreply"}


def test_a_page_printing_no_title_is_listed_as_untitled(tmp_path):
    """hd28a 9: a summary whose page prints no title keeps none in its fact file, and distill lists it as described, said to be
    untitled (…2023年工作报告（无标题）), never under a made-up title as the document's own."""
    ws = unit_workspace(tmp_path / "ws", "广州市应急管理局", "市应急管理局", "广州市")
    output = _distill_cli(ws, tmp_path / "seeds", {"gz_yjj_work_summary_2023.txt": UNTITLED})
    ff = distil(tmp_path, ws, UNTITLED, "gz_yjj_work_summary_2023.txt")
    assert ff.source.title is None
    said = [t for t in output.splitlines() if "2023年工作报告" in t]
    assert said and all("（无标题）" in t for t in said)


def _listings(ws) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The workspace's sources as ``drafter sources`` and the web page /sources list them: per source id, the row's cells
    (the CLI's type and its 文号/标题 column's first line; the web page's type and 文号/标题 cells)."""
    out = CliRunner().invoke(cli, ["-w", str(ws.root), "sources"]).output.splitlines()
    cli_rows = {t.split()[0]: [t.split()[1], out[k + 1].strip()] for k, t in enumerate(out) if re.match(r"\S+-\S+\s", t)}
    with TestClient(create_app(ws.root), base_url="http://127.0.0.1:8765") as client:
        page = client.get("/sources").text
    web_rows = {m.group(3): [m.group(1), m.group(2)] for m in re.finditer(
        r"<tr>\s*<td>([^<]*)</td>\s*<td>([^<]*).*?/sources/([^/]+)/withdraw", page, re.S)}
    return cli_rows, web_rows


def test_a_co_opinion_is_named_by_what_it_is_in_every_listing(tmp_path):
    """hd28a 8: ``drafter sources`` called 广州's 会办意见 so, but the web page's 来源文件 listed it as 答复, and 达州's 协办意见 (its
    title: …提案协办意见的函) was called 会办意见 in both: each is named what its title calls it, in the CLI and on the web page."""
    ws = unit_workspace(tmp_path / "ws", "达州市城市管理行政执法局", "市城管执法局", "达州市")
    _distill_cli(ws, tmp_path / "seeds", {"gz_yjj_20232152_coreply_2023.txt": CO_OPINION, "dazhou_cgj_241.txt": LETTER})
    cli_rows, web_rows = _listings(ws)
    kinds = {source: row[0] for source, row in web_rows.items()}
    assert sorted(kinds.values()) == sorted(["协办意见", "会办意见"])
    assert {source: row[0] for source, row in cli_rows.items()} == kinds
    assert next(s for s, k in kinds.items() if k == "会办意见").endswith("20232152")


def test_an_untitled_source_is_named_alike_in_the_comments_and_the_listings(tmp_path):
    """hd28a 9: the listings said 广州市应急管理局2023年工作报告（无标题）, but the draft's comment on the fact it gave named a
    document of that title, which the clerk finds nowhere (and the web page listed it so): every one names it as untitled."""
    ws = unit_workspace(tmp_path / "ws", "广州市应急管理局", "市应急管理局", "广州市")
    _, document = page_draft(tmp_path, ws, UNTITLED, "关于压减生产安全事故的提案\n\n为此建议：\n\n一、强化安全生产责任落实，压减控制事故总量。\n",
                             "3053", "关于压减生产安全事故的提案", "--proposal", name="gz_yjj_work_summary_2023.txt")
    named = "广州市应急管理局2023年工作报告（无标题）"
    cited = next(p.text[:4] for p in document.paragraphs if "301起" in p.text)
    assert any(c.startswith(named) for c in comments_on(tmp_path / "draft.docx", cited))
    cli_rows, web_rows = _listings(ws)
    assert [row[1] for row in cli_rows.values()] == [row[1] for row in web_rows.values()] == [named]


def test_a_news_item_is_titled_by_its_headline_its_dateline_cut(tmp_path):
    """hd28c 6 and 2: the headline over its outlet's dateline (临报融媒 2022-11-11 阅读次数) is the item's title, the item news,
    not a work report titled by the dateline; the app's dateline opening its lede (在临沂客户端讯 ) is cut from the fact."""
    ws = unit_workspace(tmp_path / "ws", "临沂市体育局", "市体育局", "临沂市")
    ff = distil(tmp_path, ws, NEWS_ITEM, "临沂市体育局_2022_助推未来之星健康成长.txt")
    assert ff.source.kind == NEWS
    assert "助推“未来之星”健康成长" in (ff.source.title or "") and "临报融媒" not in (ff.source.title or "")
    lede = fact_saying(ff, "体教融合")
    assert lede.text.startswith("长期以来") and "客户端讯" not in lede.text
