"""Held-out round hd25a (武定县住房和城乡建设局): a proposal on works at one site, drafted from replies on other sites.

Each test distils excerpts of the tester's real seeds (their lines as the pages print them) in a workspace of the bureau.
"""

from __future__ import annotations

import zipfile

import docx

from click.testing import CliRunner
from helpers import unit_workspace

from drafter.check import flagged_before
from drafter.cli import cli
from drafter.compose.asks import site_of
from drafter.workspace import load_workspace

# 武定县住建局's 2019 reply (武住建复〔2019〕19号) on another site, and its undated reply on 环州乡's garbage plant (a mirror
# page in traditional characters), as the pages print them.
WUDING_2019 = """索  引  号:11532329015178442p-/2019-1004013 公文目录:人大代表建议 发文机关:武定县政府办 成文日期:2019年08月12日 发文字号:武住建复〔2019〕19号 主  题  词: 标      题:武定县住房和城乡建设局对武定县十七届人大三次会议第80号建议的答复 发布日期:2019年10月04日

武定县住房和城乡建设局对武定县十七届人大三次会议第80号建议的答复

吴光翠代表:

你在武定县十七届人大三次会议提出的“关于对中马社区玉皇阁居民住宿区道路硬化的建议”,已交我局研究办理,现答复如下:

根据县城总体规划,中马社区玉皇阁居民住宿区周边的规划道路只有白凹中路、环城西路和东泰路三条市政道路,而现状村间道路不属于规划市政道路,未纳入县城市政道路建设计划,因此,中马社区玉皇阁居民住宿区村间道路硬化问题主要依靠中马社区及村组通过多渠道争取项目资金来解决,另外,在有政策支持的情况下,县住建局也会结合本部门工作职能积极帮助中马社区解决玉皇阁居民住宿区道路硬化问题。

感谢你对我县住房和城乡建设工作的关心和支持,欢迎今后一如既往的关心支持武定住建工作。

2019年8月12日
"""
WUDING_HUANZHOU = """趙建佳代表:
您提出的“關(guān)于支持幫助環(huán)州鄉(xiāng)垃圾焚燒廠提高整體運(yùn)行功能的建議”,已交我局研究辦理,現(xiàn)答復(fù)如下:
為進(jìn)一步加強(qiáng)我縣農(nóng)村人居環(huán)境綜合整治工作,逐步改善農(nóng)村發(fā)展面貌,我縣結(jié)合實(shí)際,制定了下發(fā)了《武定縣進(jìn)一步提升城鄉(xiāng)人居環(huán)境五年行動(dòng)計(jì)劃(2016—2020年)》等配套文件,並積極通過州交投公司融資貸款,到位資金3000萬元,全部用于鄉(xiāng)鎮(zhèn)公廁、垃圾池、垃圾焚燒爐、路燈安裝、環(huán)衛(wèi)設(shè)施等建設(shè)。
"""
# The held-out proposal (政协武定县十届一次会议第2号提案), its asks as the tester wrote them from the real reply.
WUDING_TITLE = "关于对武定县城供电所背后往西至狮山大道广场大坝外山箐进行开发建设的提案"
WUDING_SITE = "武定县城供电所背后往西至狮山大道广场大坝外山箐"
WUDING_ASKS = """武定县城供电所背后往西至狮山大道广场大坝外山箐，连接着武定县城和狮山景区，目前尚未开发建设，道路不通。为此建议：
一、将县城供电所背后往西至狮山大道广场大坝外山箐片区纳入县城规划，统筹开发建设。
二、加快修通牡丹路西延长线等片区道路，连接县城与狮山大道。
三、多渠道筹措资金，推进片区开发建设。
"""


def _wuding(tmp_path, config: str = ""):
    ws = unit_workspace(tmp_path / "ws", "武定县住房和城乡建设局", "县住建局", "武定县", "狮山镇, 环州乡",
                        work="我县住房和城乡建设工作")
    if config:
        with open(ws.config_path, "a", encoding="utf-8") as f:
            f.write(config)
    for name, text in (("2019_80.txt", WUDING_2019), ("环州乡垃圾焚烧厂.txt", WUDING_HUANZHOU)):
        (tmp_path / name).write_text(text, "utf-8")
        assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / name)]).exit_code == 0
    return load_workspace(ws.root)


def _draft(tmp_path, ws, number: str, title: str, text: str, *options: str):
    (tmp_path / f"{number}.txt").write_text(text, "utf-8")
    out = tmp_path / f"{number}.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", number, title, "--deputy", "周廷质", "--date", "2022-09-20",
                                      "--text", str(tmp_path / f"{number}.txt"), "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as z:
        notes = z.read("word/comments.xml").decode("utf-8")
    return result, [p.text for p in docx.Document(out).paragraphs], notes


def test_a_site_named_by_dui_jinxing_kaifa_jianshe_ends_before_its_verbs():
    """对…进行开发建设: the site is the place, not 「…外山箐进行开发」 (hd25a: a reminder put the verb inside the place name)."""
    assert site_of(WUDING_TITLE) == WUDING_SITE


def test_a_site_reply_takes_no_other_sites_work_nor_plan(tmp_path):
    """A 县城 proposal's draft copies neither the 环州乡 garbage reply's work (the site's works are no 垃圾 plant) nor the 2019
    plan for 中马社区's lane (the site that reply answered): its parts are the clerk's placeholders (hd25a)."""
    ws = _wuding(tmp_path)
    _, paragraphs, _ = _draft(tmp_path, ws, "2", WUDING_TITLE, WUDING_ASKS, "--proposal", "--type", "B")
    body = "\n".join(paragraphs)
    assert "三、下一步工作计划" in paragraphs and f"对{WUDING_SITE}的具体安排" in body
    assert "环州乡" not in body and "垃圾" not in body and "中马社区" not in body


def test_the_clerks_plain_form_holds_for_a_reply_on_one_site(tmp_path):
    """``draft: form: plain`` makes a one-site reply paragraphs under no heading, as it does any other (hd25a: the three
    headed parts came out whatever the setting)."""
    ws = _wuding(tmp_path, "draft:\n  form: plain\n")
    _, paragraphs, _ = _draft(tmp_path, ws, "2", WUDING_TITLE, WUDING_ASKS, "--proposal", "--type", "B")
    assert not any(p.startswith(("一、", "二、", "三、")) for p in paragraphs)
    assert any(p.startswith("下一步，我局将【待补充：") for p in paragraphs)
    assert any("【待补充：该处的现状" in p for p in paragraphs)


def test_a_site_reply_in_three_parts_names_its_plan_part_three(tmp_path):
    """The same site asked again: the 2019 plan for it is kept, flagged, and its comment names the plan's part as the draft
    numbers it (三、下一步工作计划 after 二、建议办理情况), not 第二部分 (hd25a)."""
    ws = _wuding(tmp_path)
    asks = "中马社区玉皇阁居民住宿区道路狭窄破损，群众出行不便。建议：尽快硬化中马社区玉皇阁居民住宿区道路。\n"
    _, paragraphs, notes = _draft(tmp_path, ws, "5", "关于硬化中马社区玉皇阁居民住宿区道路的建议", asks)
    assert "二、建议办理情况" in paragraphs and "三、下一步工作计划" in paragraphs
    assert "中马社区玉皇阁居民住宿区村间道路硬化问题" in "\n".join(paragraphs)
    assert "第三部分应写2022年的工作计划" in notes and "第二部分" not in notes and "连同编号" not in notes


def test_a_mark_after_a_finished_sentence_confirms_that_sentence():
    """【待核实：…】 after a highlighted sentence's 。 confirms it, not the sentence after (hd25a: the 征求材料清单 showed
    中马社区's sentence under the mark on 环州乡's)."""
    said = "武定县农村人居环境治理项目计划采用PPP模式运作，环州乡垃圾焚烧厂运行功能将得到很大提升。"
    mark = "【待核实：以往答复的安排是否适用于该处】"
    text = said + mark + "根据县城总体规划，中马社区玉皇阁居民住宿区周边的规划道路只有白凹中路。"
    start = len(said)
    assert flagged_before(text, start, start + len(mark), [(0, start)]) == (0, start)
    inside = "到位资金3000万元"  # (a mark inside a sentence is its own: no sentence before it finished)
    assert flagged_before(inside + "【待核实：年份】，全部用于", len(inside), len(inside) + 8, [(4, len(inside))]) is None


OLD_ESTATES = "关于加快推进老旧小区改造和物业管理的建议"
OLD_ESTATES_ASKS = """为此建议：
一、加大城镇老旧小区改造资金投入，改善居民居住条件。
二、完善小区物业管理，提升物业服务水平。
"""


def test_a_plain_reply_of_placeholders_opens_on_the_matters_state_before_its_first_item(tmp_path):
    """A plain draft whose items the base lacks all went from 现答复如下： to 一是…【待补充…】, no sentence on the deputy's
    concern between (hd25a's plain form): a paragraph stands there, the matter's present state to write, its comment saying
    the items are yet to be written — no 近年来，我局…积极开展工作 claiming work nothing reports (hd46a). A reply in parts has
    its head there, and no such paragraph over gaps alone."""
    ws = _wuding(tmp_path, "draft:\n  form: plain\n")
    _, paragraphs, notes = _draft(tmp_path, ws, "9", OLD_ESTATES, OLD_ESTATES_ASKS)
    opening = next(k for k, p in enumerate(paragraphs) if p.endswith("答复如下："))  # (its one reply's words: …，已交我局研究办理，现答复如下：)
    assert paragraphs[opening + 1] == "【待补充：老旧小区改造和物业管理方面的现状（基本情况、存在的问题）】", paragraphs
    assert paragraphs[opening + 2].startswith("一是加大城镇老旧小区改造资金投入。【待补充："), paragraphs
    assert "下列工作情况各段尚待补充，本段不写“近年来，我局…积极开展工作”之类的概述" in notes
    (tmp_path / "parts").mkdir()
    parts = _wuding(tmp_path / "parts", "draft:\n  form: parts\n")
    _, paragraphs, notes = _draft(tmp_path / "parts", parts, "9", OLD_ESTATES, OLD_ESTATES_ASKS)
    assert not any(p.startswith(("近年来", "【待补充：老旧小区")) for p in paragraphs) and "本段不写" not in notes, paragraphs
