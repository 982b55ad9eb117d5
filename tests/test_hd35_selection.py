"""How an ask's facts are chosen, found on held-out round hd35c (安康市文化和旅游广电局): its 2021 summary's paragraph on
二、公共文化设施提档升级 went to the 图书馆分馆 ask, and its sentence on the towns' and villages' facilities (对标中省要求，对139个镇、
2204个村（社区）文化设施管理运行全面排查治理…全省综合排名第二) was left in a comment under 加强镇村综合文化服务站（中心）建设和管理,
whose item was a placeholder.

Each test reads lines of the real page in a workspace of its own bureau.
"""

from __future__ import annotations

from click.testing import CliRunner
from helpers import distil_by_cli, distil_pages, part_one, sections, unit_workspace

import docx

from drafter.cli import cli

ANKANG_AREAS = "汉滨区, 汉阴县, 石泉县, 宁陕县, 紫阳县, 岚皋县, 平利县, 镇坪县, 旬阳市, 白河县"

# The city's 2021年公共文化设施建设和效能情况 (ankang.gov.cn, 2021-12-08), as the search store cut it, its chrome kept.
ANKANG_2021 = """
2021年公共文化设施建设和效能情况

索引号 719776475-GK-2021-0168 发布日期 2021-12-08 10:06
来源 本站原创
内容概述 2021年公共文化设施建设和效能情况
【字体: 分享:

  一、公共文化服务创建工作卓有成效。国家公共文化服务体系示范区获得文旅部、财政部命名,为全国公共文化服务体系建设贡献了“安康经验”;巩固提升国家公共文化服务体系示范区建设成果,实施乡村公共文化服务创新发展“八大工程”;创建省级“民间文化艺术之乡”4个(紫阳县、汉阴县、汉阴县涧池镇、旬阳市构元镇)、省级公共文化服务高质量发展示范镇3个(石泉县池河镇、汉阴县涧池镇、白河县城关镇)。

  二、公共文化设施提档升级。推进“三馆一院一中心”标准化、数字化转型,市县两级公共图书馆文化馆上等级率100%。市群艺馆、市图书馆改造提升项目完成,服务功能进一步增强。汉阴县图书馆迁建项目完工并开放。旬阳市文化馆图书馆和白河县图书馆新馆项目启动。新建开放“安康阅读吧”24小时自助图书馆9个。建成县域文化馆分馆130个、图书馆分馆134个,运行达标率90%以上(超出省定达标率80%标准)。对标中省要求,对139个镇、2204个村(社区)文化设施管理运行全面排查治理,基层公共文化设施管理运行情况在全省综合排名第二。建设公共数字文化墙1600余处,评选“群众喜爱的文化空间”27个,实施文化馆数字文化项目12个。

  三、公共文化服务效能持续提升。高质量推动“三馆一站”免费开放,市群艺馆、市图书馆、安康美术馆探索实施措施开放和夜间开放。群众性文化活动形成了市县镇村自下而上,城乡联动机制,形成了“文化安康大舞台、大展览、大讲堂”等一
"""
ANKANG_2021_NAME = "2021-12-08_2021年公共文化设施建设和效能情况.txt"

# A news item of 2022-12-20 on the city's village tourism (m.njpanjin.com, traditional characters as printed): its first
# lines and the paragraph on 石泉县's venues.
ANKANG_NEWS = """http://m.njpanjin.com/cn/Instant/municipal/202212/t20221220_7330115.html
安康:鄉村游文化味濃
進展覽館體會鄉村民俗文化,去古建遺存感受歷史的滄桑,逛農村大集購買生態的特色農產品……如今,許多游客去陜西安康的鄉村旅游,不僅能采摘、觀景、學習稼穡,還能進行深度文化游。
如今,公共文化服務旅游發展的例子在安康比比皆是。在石泉縣,依托當地非遺和文物資源建設的文化場所和體驗館免費對外開放,不僅豐富了當地群眾的生活,也吸引了廣大游客。漢濱區茨溝鎮組建的新時代文明實踐志愿者服務隊伍,深入村屯開展非遺項目展演展示等活動,助力了鄉村文化振興,豐富了當地鄉村旅游發展的內容。
"""
ANKANG_NEWS_NAME = "ankang_2022_乡村游文化味浓_新闻.txt"

# The three asks the real reply (第140号建议, 2023-08-30) answers.
ANKANG_ASKS = """关于加强青少年校外活动场所建设的建议
随着广大青少年对课后阅读、艺术普及等方面的需求不断增长，我市现有的公共文化设施网络体系和服务效能水平还不能充分满足青少年校外活动的需求。为此建议：
一、加强镇村综合文化服务站（中心）建设和管理，确保文体娱乐室、图书阅览室等功能部室和设施设备完备、高效运行，为青少年提供校外活动场所。
二、提升公共文化场馆服务效能，面向青少年开展课后阅读、艺术普及等活动。
三、推动图书馆分馆、服务点和24小时自助图书馆建设，方便青少年就近阅读。
"""


def _ankang_ws(tmp_path):
    """The bureau's workspace with the 2021 summary distilled: the workspace, its facts and the summary's source."""
    ws = unit_workspace(tmp_path / "ws", "安康市文化和旅游广电局", "市文化和旅游广电局", "安康市", ANKANG_AREAS,
                        "我市文化和旅游工作")
    _, facts, source = distil_by_cli(tmp_path, ws, ANKANG_2021, ANKANG_2021_NAME)
    return ws, facts, source


def _ankang_draft(tmp_path, news: bool = False) -> list[str]:
    """Part one of the draft of 第140号建议 from the 2021 summary (and the 2022 news item when ``news``)."""
    ws, _, _ = _ankang_ws(tmp_path)
    if news:
        distil_pages(ws, {ANKANG_NEWS_NAME: ANKANG_NEWS})
    (tmp_path / "asks.txt").write_text(ANKANG_ASKS, "utf-8")
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "140", "关于加强青少年校外活动场所建设的建议", "--deputy",
                                      "邱海燕", "--type", "B", "--date", "2023-08-30", "--text", str(tmp_path / "asks.txt"),
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    return part_one(docx.Document(out))


def _item_under(texts: list[str], heading: str) -> str:
    return texts[next(n for n, t in enumerate(texts) if t.startswith(heading)) + 1]


def test_a_sentence_after_the_rule_followed_on_towns_and_villages_answers_their_ask(tmp_path):
    """hd35c F1: 对标中省要求，对139个镇、2204个村（社区）文化设施管理运行全面排查治理… names no doer (its first clause is the
    rule followed) and says the 镇村 of 镇村综合文化服务站 as 镇、…村: left out of the 分馆 ask's item, it is the item of the
    towns' and villages' ask, not a comment under its placeholder."""
    texts = _ankang_draft(tmp_path)
    item = _item_under(texts, "（一）加强镇村综合文化服务站")
    assert "139个镇" in item and "全省综合排名第二" in item, item
    assert "待补充" not in item, item


def test_a_sentence_saying_one_word_of_the_ask_in_passing_does_not_open_its_item(tmp_path):
    """hd35c F3: the 分馆 ask's item opened on 推进“三馆一院一中心”标准化、数字化转型，…市县两级公共图书馆文化馆上等级率100%,
    the grading of libraries, sharing only 图书馆 with the ask, kept to fill the room beside 新建开放“安康阅读吧”24小时自助图书馆9个
    and 建成…图书馆分馆134个, which say the ask's matter: the sentence in passing goes, those on the ask stay."""
    item = _item_under(_ankang_draft(tmp_path), "（三）推动图书馆分馆")
    assert "上等级率" not in item and "三馆一院一中心" not in item, item
    assert "24小时自助图书馆9个" in item and "图书馆分馆134个" in item, item


def test_a_page_crediting_itself_titled_a_years_situation_is_its_report(tmp_path):
    """hd35c: once 来源 本站原创 was no issuer (the site's credit to itself), 2021年公共文化设施建设和效能情况 named no issuer nor
    number, and a page naming places under a title of no report was taken for a third party's article: news, its results
    (建成县域文化馆分馆130个、图书馆分馆134个…) background, none written into the draft. A title telling a year's situation is
    a report's: the page is the bureau's summary, its results done."""
    _, facts, source = _ankang_ws(tmp_path)
    assert source.kind == "work_report" and not source.issuer, source
    held = next(f for f in facts if "图书馆分馆134个" in f.text)
    assert held.kind == "done", held


def test_a_fact_under_a_heading_saying_the_asks_matter_answers_it(tmp_path):
    """hd35c F2: under 提升公共文化场馆服务效能 the draft gave 石泉县's 文化场所和体验馆免费对外开放 of a 2022 news item, sharing only
    公共文化 and a seam of 文化场馆 (化场), while the summary's 高质量推动“三馆一站”免费开放…夜间开放, set under 三、公共文化服务效能持续
    提升, was left out: its text says none of the ask's words, its heading says 服务效能. The heading counts, and a fact saying
    the ask's matter outranks one sharing only a common word."""
    item = _item_under(_ankang_draft(tmp_path, news=True), "（二）提升公共文化场馆服务效能")
    assert "三馆一站" in item and "夜间开放" in item, item
    assert "石泉" not in item, item


def test_an_item_another_ask_left_out_is_not_taken_on_its_heading(loo_draft):
    """泉科函〔2025〕81号 set 建设泉州技术转移转化数字化平台 under 二、加快整合提升科技平台，加强高能级科创平台建设, whose 高能级
    is 建设高能级创新平台's matter; its words say the 技术转移 of 畅通科技成果转化渠道, whose group holds it. An item an ask leaves
    out is tried at another on its words alone, not taken there for its heading (hd35c F2's rule): it stays under the ask of
    its words."""
    parts = sections(docx.Document(loo_draft))
    assert any("泉州技术转移转化数字化平台" in t for t in parts["畅通科技成果转化渠道"]), parts["畅通科技成果转化渠道"]
    assert not any("技术转移" in t for t in parts["建设高能级创新平台"]), parts["建设高能级创新平台"]
