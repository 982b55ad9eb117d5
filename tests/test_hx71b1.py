"""hx71b1: findings of the held-out test hd71b (襄阳市生态环境局枣阳分局, 第102号建议 关于对刘升镇区东、西河道治理工作的建议), on its
seed's real lines.

1. A draft never cuts inside quotation marks: a sentence's ；-parts are cut outside them (按照“控源截污、内源治理；活水循环…”的基本技术
   路线 was cut at its first ；, leaving an unclosed “ and losing 近期水系全面消除黑臭).
2. 不久前 (and 前不久) are relative times like 近日: a news item's of 2023-01-15 is 2023年1月 in a reply of May, and `drafter check`
   flags one left as written (an undated source). 此前 is not one: its only use in the held-out pages (因斗门旧街此前道路升级改造
   导致…) is "earlier", of no known distance.
3. The period mark stands in the place of the relative time its sentence opens on: 不久前 made 2023年1月 dates the sentence
   whole, and no 【待更新：统计期】 is put between its clauses (…PPP项目，【待更新：统计期】，治理河道总长度…).
4. An ask naming a town of the workspace's areas (刘升镇) is not answered by work scoped to the city's built-up area (城区沙河、
   护城河…, 中心城区): the city-centre PPP project is no work on 刘升镇's rivers.
"""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner
from helpers import comments_on, part_one, seeds_draft, unit_workspace

from drafter.cli import cli

from drafter.compose.sentences import sentence_parts

ZAOYANG = ("襄阳市生态环境局枣阳分局", "枣阳分局", "枣阳市")
AREAS = "刘升镇, 吴店镇, 兴隆镇, 环城街道"  # (of hd71b's 16 towns and streets)
SEED = "2023-01-15_枣阳市完成主城区雨污分流一期工程.txt"
# hd71b's seeds/2023-01-15_枣阳市完成主城区雨污分流一期工程.txt, whole (the page is cut at 建立農村生活污水治理“市、).
NEWS = ('極目新聞記者 呂銳\n'
        '通訊員付宏才 徐學波\n'
        '極目新聞記者15日從棗陽市住建局獲悉,該市目前已完成主城區雨污分流一期工程建設任務,新建污水管道近30公里長、雨水管道近10公里長。\n'
        '棗陽市主城區雨污分流工程項目總投資20億元,分三期進行,整個項目建設內容包括中心城區29條主次市政道路及各小區內部重新鋪設雨污管道。該工程是棗陽市城市水環境綜合治理PPP項目實施的重要保障,可以改善城市水環境,減少進入污水管道的雨水量,提高城市污水處理設施的利用率。\n'
        '綜合改造后的沙河(市區段)景觀\n'
        '近年來,棗陽市累計投資近43億元,全力抓好城鄉水污染治理工作。不久前,該市全面完成總投資10.7億元的沙河流域城市水環境綜合治理PPP項目,治理河道總長度約20.91公里,主要是圍繞城區沙河、護城河、東冷水溝、西冷水溝4條水系,通過實施截污治污工程、河道治理工程、引水連通工程、生態修復工程、景觀提升工程等措施,按照“控源截污、內源治理;活水循環、清水補給;水質凈化、生態修復”的基本技術路線具體實施,使中心城區的水環境得到有效改善,近期水系全面消除黑臭,遠期達到Ⅳ類水質,最終滿足水功能區的要求。\n'
        '與此同時,棗陽市投資10.8億元完成鄉鎮24座污水處理廠和截污管網建設任務,投資1.25億元完成工業園區第二污水處理廠建設任務,投資1677萬元完成王灣污水處理廠一級A提標改造任務,并完成吳店工業園、丹陽工業園、玫瑰海片區、烈士陵園等地段的截污管網建設任務,城鄉排放污水日處理規模達到13.32萬噸。另外,投資3500萬元,完成化工園區環境檢測監控中心項目建設并投入運行;投資1600余萬元完成沙河二壩下游生態治理,解決西冷水溝污水管網逢雨溢流的問題。棗陽市建立農村生活污水治理“市、\n')
TITLE = "关于对刘升镇区东、西河道治理工作的建议"
# hd71b's suggestion.txt, whole.
TEXT = '关于对刘升镇区东、西河道治理工作的建议\n\n刘升镇区东、西河道河道淤塞,生活污水直排入河,已成为黑臭水体,影响镇区人居环境,且两条河道位于华阳河水库上游,威胁饮用水源安全。为此建议:\n一、尽快将刘升镇东西河道治理纳入市河道治理项目库,规划治理河道2.7公里,改善河道水系环境;\n二、对东西河道进行清淤、衬砌,截断排污口,禁止污水直排,彻底解决黑臭水体问题;\n三、开展刘升镇东西河道水环境修复。\n'
QUOTED = "按照“控源截污、内源治理；活水循环、清水补给；水质净化、生态修复”的基本技术路线具体实施，"


def _draft(tmp_path, areas: str, seed: str = SEED):
    """hd71b's news item (named ``seed``) and suggestion drafted in a workspace of 枣阳分局 listing ``areas``."""
    ws = unit_workspace(tmp_path / "ws", *ZAOYANG, areas)
    result, out = seeds_draft(tmp_path, ws, {seed: NEWS}, "102", TITLE, TEXT,
                              "--deputy", "习拥军、杜恒胜", "--session", "枣阳市第九届人大第二次会议", "--date", "2023-05-18")
    return ws, out, [p.text for p in docx.Document(str(out)).paragraphs]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    """Drafted where no area is listed: the PPP project stands under the first ask, as in hd71b's draft."""
    return _draft(tmp_path_factory.mktemp("102"), "")


def test_1_parts_are_cut_outside_quotation_marks():
    sentence = "通过实施截污治污工程等措施，" + QUOTED + "近期水系全面消除黑臭。"
    assert sentence_parts(sentence) == [sentence]
    assert sentence_parts("改造提升7处敬老院；运营兴办30处社区幸福食堂；") == ["改造提升7处敬老院；", "运营兴办30处社区幸福食堂；", ""]


def test_1_no_paragraph_holds_a_quotation_cut_open(drafted):
    _, _, paragraphs = drafted
    assert all(p.count("“") == p.count("”") for p in paragraphs), [p for p in paragraphs if p.count("“") != p.count("”")]
    assert any(QUOTED in p for p in paragraphs)


PPP = "全面完成总投资10.7亿元的沙河流域城市水环境综合治理PPP项目"


def test_2_a_while_ago_is_the_news_items_month(drafted):
    _, out, paragraphs = drafted
    done = next(p for p in paragraphs if PPP in p)
    assert done.startswith("2023年1月，我市" + PPP) and "不久前" not in done, done
    assert any("原文为“不久前”，已按来源日期改为“2023年1月”" in c for c in comments_on(out, "2023年1月"))


def test_2_check_flags_a_while_ago_left_as_written(tmp_path):
    ws, out, paragraphs = _draft(tmp_path, "", seed="枣阳市完成主城区雨污分流一期工程.txt")  # (undated: not rewritten)
    assert any(p.startswith("不久前，") and PPP in p for p in paragraphs), paragraphs
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "check", str(out)])
    assert "[time-relative]" in result.output and "“不久前”是来源原文按其发布时间说的" in result.output.replace("\n", "").replace(" ", ""), result.output


def test_3_the_time_heads_the_sentence_and_no_flag_stands_between_its_clauses(drafted):
    # (it was …PPP项目，【待更新：统计期】，治理河道总长度…: 不久前 read as no time, the source's date was put before the first
    # figure's clause as a period never stated)
    _, _, paragraphs = drafted
    done = next(p for p in paragraphs if PPP in p)
    assert done.startswith("2023年1月，") and "【待更新：统计期】" not in done, done


def test_4_city_centre_work_is_no_answer_on_a_towns_ask(tmp_path):
    _, out, paragraphs = _draft(tmp_path, AREAS)
    one = part_one(docx.Document(str(out)))
    assert not any(PPP in p or "城区沙河" in p for p in paragraphs), one
    first = one[one.index("（一）尽快将刘升镇东西河道治理纳入市河道治理项目库") + 1]
    assert first.startswith("【待补充：尽快将刘升镇东西河道治理纳入市河道治理项目库"), first
