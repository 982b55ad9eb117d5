"""What a draft says on a title's matter, found on held-out round hd31 (大姚县公安局): the one fact of its base on 电动车 — a
clause of a 2019 reply, 对乱停乱放摩托车、电动车加大拖移处罚力度 — was never found for a title on 电动车综合治理, which the
draft then called a matter the base says nothing of; with the default max_age of 3 every fact was left out, one section's
comment naming the 2019 reply, another's only 请写明本单位此方面的工作情况, and none saying how the old reply could be used.

Each test reads a short excerpt of the real page (its words as the page prints them, web clutter kept; the page is named in
the test), in a workspace of the page's own bureau.
"""

from __future__ import annotations

from click.testing import CliRunner
from helpers import comments_on, part_one, unit_workspace

import docx

from drafter.cli import cli

DAYAO_AREAS = "金碧镇, 石羊镇, 六苴镇, 龙街镇, 赵家店镇, 新街镇, 三岔河镇, 桂花镇, 湾碧乡, 铁锁乡, 昙华乡, 三台乡"

# 大姚县公安局's reply to 第177号建议 (dayao.gov.cn, 2019-11-25), as the search store cut it.
DAYAO_177 = """大姚县公安局关于对大姚县第十七届人民代表大会第三次会议代表建议第177号建议的答复

索 引 号:115323260151757350-/2021-0804152 公文目录:人大代表建议 发文机构:大姚县政府办 主 题 词: 发布日期:2019年11月25日 文  号: 标  题:大姚县公安局关于对大姚县第十七届人民代表大会第三次会议代表建议第177号建议的答复

大公复字〔2019〕2号

尊敬的王以华、张光燕、杨平代表:

你们提出的《关于加强县城道路交通管理的建议》已交我局研究办理。现答复如下:

县城区道路交通秩序管理一直是我局交警部门一项重点工作,为加强县城区道路交通秩序管理,主要采取了以下措施:一是强化日常管理,严管严治城区秩序。每天安排警力对县城区开展交通巡逻疏道和乱停乱放车辆整治工作,严查严处车辆乱停乱放交通违法行为。二是利用公安科技信息化,实施精准打击。利用平安城市视频监控系统,对县城区交通情况实时视频巡查,及时指令路面执勤人员对交通乱点实施精准打击,对乱停乱放摩托车、电动车加大拖移处罚力度,对交通堵点进行及时疏通保畅,确保县城区道路交通有序畅通。三是深入推进“五进宣传”,不断增强广大交通参与者的交通安全意识。深入社区、学校、机关、企业等广泛开展宣传活动,进一步提高市民群众、中小学生及驾驶人的文明交通安全意识。
"""
DAYAO_177_NAME = "2019-11_大姚县公安局_第177号建议答复.txt"


def _dayao(tmp_path, setting: str = ""):
    ws = unit_workspace(tmp_path / "ws", "大姚县公安局", "县公安局", "大姚县", DAYAO_AREAS)
    with open(ws.root / "drafter.yaml", "a", encoding="utf-8") as config:
        config.write(setting)
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / DAYAO_177_NAME).write_text(DAYAO_177, "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(folder)]).exit_code == 0
    return ws


def _title_draft(tmp_path, ws):
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "10030043", "关于加强电动车综合治理的提案", "--proposal",
                                      "--deputy", "杨陈新", "--date", "2024-08-05", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return result, docx.Document(out)


def test_title_word_named_in_a_clause_is_the_matter(tmp_path):
    """hd31b 1: a title on 电动车综合治理 and the base's one clause naming 电动车 (…对乱停乱放摩托车、电动车加大拖移处罚力度…, in
    a reply of 2019 within draft.max_age 6): the draft reports it, and says nothing of a base with nothing on the title."""
    result, document = _title_draft(tmp_path, _dayao(tmp_path, "draft:\n  max_age: 6\n"))
    assert "电动车加大拖移处罚力度" in "".join(part_one(document))
    assert "没有与标题相关" not in result.output


DAYAO_ASKS = """关于加强电动车综合治理的提案
近年来，我县电动车不按规定车道行驶、违法载人、闯红灯、醉酒驾驶等交通违法行为较为突出。为此建议：
一、明确整治重点，加大违法查处力度。严查电动车不按规定车道行驶、违法载人、闯红灯、醉酒驾驶等严重交通违法行为。
二、加强交通安全劝导和宣传教育，发挥交通安全劝导站作用，提高电动车驾驶人的交通安全意识。
"""


def test_each_placeholder_names_the_old_material_on_its_ask_and_max_age(tmp_path):
    """hd31b 5: under the default max_age (3), the 2019 reply's 严查严处车辆乱停乱放交通违法行为, which answers 明确整治重点 at
    max_age 6, is named in that section's comment as it is under 宣传教育's; each such comment says how to use it."""
    ws = _dayao(tmp_path)
    (tmp_path / "asks.txt").write_text(DAYAO_ASKS, "utf-8")
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "10030043", "关于加强电动车综合治理的提案", "--proposal",
                                      "--deputy", "杨陈新", "--date", "2024-08-05", "--text", str(tmp_path / "asks.txt"),
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = docx.Document(out)
    texts = [p.text for p in document.paragraphs]
    for heading in ("（一）明确整治重点", "（二）加强交通安全劝导和宣传教育"):
        gap = texts[texts.index(heading) + 1]
        notes = "".join(comments_on(out, gap))
        assert "大公复字〔2019〕2号" in notes and "距成文年份已5年" in notes and "重新起草" not in notes, (heading, notes)
    assert "在 drafter.yaml 的 draft 中设 max_age（现为3）" in result.output
