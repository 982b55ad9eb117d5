"""A sentence taken from a source names its places as the reply's own would: the city's work as 我市, a kept
sentence with the clause that gives it its subject, a district's sentence with the district named once and dated.

qa18 (上海市科学技术委员会, areas 闵行区 and 青浦区, the corpus's 上海 reply 沪科建复〔2023〕18号 and 青浦's 2016 report):
0023's item read 一是上海市于1995年成立了… (the city's reply naming its city) and …。要求各区人民政府建立健全…
(its 根据《上海市科学技术普及条例》有关要求， left out); 0112's read 青浦区本市唯一的…研究院成立。 (the district glued
before the city's 本市, no year)."""

from __future__ import annotations

import shutil

import docx
import pytest
from click.testing import CliRunner
from helpers import CORPUS, needs_corpus, part_one, unit_workspace

from drafter.cli import cli

pytestmark = needs_corpus

SUGGESTION_0023 = ("关于提升远郊新城科普场馆服务能级的建议\n领衔代表：张伟\n为此建议：\n"
                   "一、完善科普工作联席会议机制。推动各区建立健全区级科普工作联席会议制度，形成市区联动。\n"
                   "二、加大科普基地和科普项目支持力度。\n")
SUGGESTION_0112 = ("关于推动青浦区北斗导航产业集聚发展的提案\n提案人：陈红\n青浦区是我市北斗导航产业的重要集聚区，上海北斗导航创新"
                   "研究院落户青浦。\n为此建议：\n一、支持北斗导航创新功能型平台建设，提升研发能力。\n"
                   "二、推动北斗导航与位置服务产业跨界应用，拓展应用场景。\n三、加强北斗产业园区建设，吸引龙头企业集聚。\n"
                   "四、加强北斗领域知识产权保护和专利布局。\n")


@pytest.fixture(scope="module")
def shanghai(tmp_path_factory):
    """上海市科学技术委员会's workspace, its areas 闵行区 and 青浦区, the corpus's 上海 reply and 青浦 report distilled."""
    root = tmp_path_factory.mktemp("places") / "ws"
    ws = unit_workspace(root, "上海市科学技术委员会", "市科委", "上海市", "闵行区, 青浦区")
    (root / "seeds").mkdir()
    for name in ("12_shanghai_reply_2023.txt", "21_qingpu_report_2016.txt"):
        shutil.copy(CORPUS / name, root / "seeds" / name)
    result = CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")])
    assert result.exit_code == 0, result.output
    return ws


def drafted(ws, tmp_path, number: str, text: str, date: str, *options: str) -> list[str]:
    """Part one's paragraphs of ``number`` drafted in ``ws`` from the suggestion ``text`` on ``date``."""
    (tmp_path / "s.txt").write_text(text, "utf-8")
    out = tmp_path / f"{number}.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", number, text.splitlines()[0], "--date", date,
                                      "--text", str(tmp_path / "s.txt"), "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return part_one(docx.Document(out))


def test_the_citys_own_work_in_a_kept_sentence_reads_as_its_reply_says_it(shanghai, tmp_path):
    paragraphs = drafted(shanghai, tmp_path, "0023", SUGGESTION_0023, "2025-05-20")
    item = next(p for p in paragraphs if "1995年" in p)
    # its quoted name stays (the section's one item: what it still owes is named on its heading, no 二是 slot)
    assert item.startswith("我市于1995年成立了“上海市科普工作联席会议”"), item
    # a clause saying what a document requires keeps the frame naming it: its subject
    assert "根据《上海市科学技术普及条例》有关要求，要求各区人民政府建立健全" in item, item


def test_a_districts_sentence_names_the_district_once_and_its_year(shanghai, tmp_path):
    paragraphs = drafted(shanghai, tmp_path, "0112", SUGGESTION_0112, "2017-05-20", "--proposal")
    item = next(p for p in paragraphs if "北斗导航创新研究院成立" in p)
    # the district's 本市 is the city, all of it; the district's name and the year its report states go in front
    assert item.startswith("2016年，青浦区全市唯一的卫星导航领域产业创新功能型平台-上海北斗导航创新研究院成立。"), item
    assert "本市" not in item and item.count("青浦区") == 2, item  # (and once in its policy's title)
