"""How an ask's facts are chosen, found on held-out round hd35c (安康市文化和旅游广电局): its 2021 summary's paragraph on
二、公共文化设施提档升级 went to the 图书馆分馆 ask, and its sentence on the towns' and villages' facilities (对标中省要求，对139个镇、
2204个村（社区）文化设施管理运行全面排查治理…全省综合排名第二) was left in a comment under 加强镇村综合文化服务站（中心）建设和管理,
whose item was a placeholder.

Each test reads lines of the real page in a workspace of its own bureau.
"""

from __future__ import annotations

from click.testing import CliRunner
from helpers import distil_by_cli, part_one, unit_workspace

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


def _ankang_draft(tmp_path) -> list[str]:
    """Part one of the draft of 第140号建议 from the 2021 summary."""
    ws, _, _ = _ankang_ws(tmp_path)
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

