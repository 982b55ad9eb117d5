"""au58r1: two distillation faults of audit au58 (fault 8), each on its seed's real lines.

1. A title naming the workspace's place and then one of its areas (汕尾市城区2023年政府工作报告) is that area's, the chain's last
   link, though the place reader cannot take the area's name alone (城区): it was filed as 汕尾市's once the page's clutter issuer
   (城区政府网站管理中心 【字体：打印) was rightly dropped — the title's area was read only before a unit's word (西区退役军人
   事务局…), and no earlier test pinned the report's place (h317's head had an issuer, read as 城区's). A district named by a
   generic word is said with its city's name in the draft (汕尾市城区东坑…), so its figures never read as the city's own.
2. A figure a stored page wrapped between its digits (…农村居民人均可支配收入17 / 772元) is one number, 17772元 (was the label
   …收入17 and 772元); lines that are separate (a list's 2 / 3, a table's cells) stay apart.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from helpers import comments_on, distil, first_saying, seeds_draft, unit_workspace

from drafter.distill.metadata import _area_unit
from drafter.read import read_document
from helpers import XIAPU

SHANWEI_AREAS = "城区, 海丰县, 陆丰市, 陆河县"
SHANWEI = ("汕尾市住房和城乡建设局", "市住房城乡建设局", "汕尾市", SHANWEI_AREAS)
# seeds/2023-04-06_汕尾市城区2023年政府工作报告.txt of hd57c: its head and the review's first item, cut after its third sentence.
DISTRICT_REPORT = (
    "您现在所在的位置 : 首页 > 汕尾市城区人民政府门户网站 > 政务公开 > 政府工作报告\n汕尾市城区2023年政府工作报告\n"
    "2023-04-06 15:42 来源: 本网 发布机构: 城区政府网站管理中心 【字体:   打印\n\n——2023年2月23日  在汕尾市城区第九届\n\n"
    "人民代表大会第三次会议上\n\n汕尾市城区人民政府区长 李 绪\n\n各位代表:\n\n"
    "  我代表区人民政府向大会作政府工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。\n\n\n2022年工作回顾\n\n"
    "  过去一年,我们坚持筑牢底线、协调发展,扎实有力推进“双统筹”\n\n"
    "  ——疫情防控平稳转段因时因势优化防控措施,成功打赢多起疫情遭遇战、阻击战。东坑、龙溪健康驿站建成并投入使用,区防疫防控服务中心"
    "建设有序推进,市区亚定点医院改造基本完成,备用三批次隔离场所20家、房间2986间,设置救治床位300张(其中重症救治床位100张)。\n")
DISTRICT_NAME = "2023-04-06_汕尾市城区2023年政府工作报告.txt"


def test_1_a_title_naming_the_place_then_its_area_is_the_areas(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *SHANWEI), DISTRICT_REPORT, DISTRICT_NAME)
    assert ff.source.jurisdiction == "城区"  # (was 汕尾市)
    assert first_saying(ff.facts, "隔离场所20家").jurisdiction == "城区"


@pytest.mark.parametrize("title, place, area", [
    ("汕尾市城区2023年政府工作报告", "汕尾市", "城区"),  # the workspace's place, then its area: the area's
    ("汕尾市城区2024年政府工作报告", "汕尾市", "城区"),
    ("揭阳市城区2023年政府工作报告", "揭阳市", None),  # another city's 城区 is no area of ours
    ("汕尾市2023年政府工作报告", "汕尾市", None),  # the place alone
    ("西区退役军人事务局召开接受区人大评议工作自查评议会议", None, None),  # (an area's unit of the workspace's areas only)
])
def test_1_the_chains_last_link_among_the_workspaces_areas(title, place, area):
    assert _area_unit(None, title, place, [a.strip() for a in SHANWEI_AREAS.split(",")], "汕尾市") == area


@pytest.mark.parametrize("area, said", [("城区", "汕尾市城区"), ("海丰县", "海丰县")])
def test_1_a_district_named_by_a_generic_word_is_said_with_its_city(tmp_path, area, said):
    assert unit_workspace(tmp_path / "ws", *SHANWEI).area_said(area) == said


def test_1_the_districts_figures_are_never_the_citys(tmp_path):
    """Drafted for a city's bureau asked about what the district's report tells: the district's result stands under its name
    with its city's (an example, the city's own asked for before it), never as the city's."""
    ws = unit_workspace(tmp_path / "ws", "汕尾市卫生健康局", "市卫生健康局", "汕尾市", SHANWEI_AREAS)
    _, out = seeds_draft(tmp_path, ws, {DISTRICT_NAME: DISTRICT_REPORT}, "12", "关于加强疫情防控救治能力建设的建议",
                         "关于加强疫情防控救治能力建设的建议\n\n建议：一、增加隔离场所和救治床位，提升重症救治能力。\n",
                         "--date", "2023-06-01")
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    figures = next(p for p in paragraphs if "房间2986间" in p)
    assert "汕尾市城区东坑、龙溪健康驿站建成并投入使用" in figures and "我市" not in figures  # (was with no place: the city's)
    gap = next(p for p in paragraphs if "全市加强疫情防控救治能力建设方面的工作情况" in p)
    assert any("此方面只有汕尾市城区的情况" in c for c in comments_on(out, gap[:4]))


# seeds/2019-12-29_2020年霞浦县政府工作报告.txt of hd61b (公文搜's copy, wrapped at a fixed width, each paragraph's end
# stamped 7rw): its head and the review's first paragraph.
WRAPPED_REPORT = (
    "(福建省)2020年霞浦县人民政府工作报告(全文)\n政府工作报告7rw\n――2019年12月29日在霞浦县第十七届人民代表大会第四次会议上7rw\n"
    "霞浦县人民政府代县长 陈贵裕7rw\n各位代表:7rw\n现在,我代表霞浦县人民政府向大会报告政府工作,请予审议,并请各位政协委员\n"
    "和列席人员提出意见。7rw\n一、2019年工作回顾7rw\n即将过去的一年,是霞浦坚持高质量发展落实赶超、决胜全面建成小康社会的重要\n"
    "一年。一年来,我们坚持以新时代中国特色社会主义思想为指导,学习贯彻党的\n十九大和十九届二中、三中、四中全会精神,认真落实重要讲话重要指示\n"
    "批示精神,在市委、市政府和县委的坚强领导下,在县人大和县政协的监督支持下,团\n结依靠全县人民,充分调动和凝聚一切积极因素,攻坚克难、砥砺奋进,较好完成了县\n"
    "十七届人大三次会议确定的目标任务。预计全年地区生产总值增长8.3%;固定资产投资(\n不含农户)增长20%;公共财政总收入12.77亿元,下降2.4%,地方公共财政收入8.58亿元\n"
    ",下降4.3%;城镇居民人均可支配收入35504元、增长8.7%,农村居民人均可支配收入17\n772元、增长8.5%。7rw\n一年来的主要工作和成效是:7rw\n")


def _blocks(tmp_path: Path, text: str, name: str = "page.txt") -> list[str]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return [b.text for b in read_document(path).blocks]


def test_2_a_number_wrapped_between_its_digits_is_one_number(tmp_path):
    assert any("农村居民人均可支配收入17772元、增长8.5%。" in t for t in _blocks(tmp_path, WRAPPED_REPORT))  # (was 17 772元)
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *XIAPU[:3]), WRAPPED_REPORT, "2019-12-29_2020年霞浦县政府工作报告.txt")
    income = {f.raw: f.counts for f in first_saying(ff.facts, "农村居民人均可支配收入").figures}
    assert "17772元" in income and "772元" not in income
    assert not income["17772元"].endswith("17")  # (was 预计农村居民人均可支配收入17)


def test_2_a_number_an_html_source_broke_between_its_digits_is_one_number(tmp_path):
    page = ("<html><head><title>霞浦县政府工作报告</title></head><body><p>城镇居民人均可支配收入35504元、增长8.7%,农村居民人均可支配收入17\n"
            "772元、增长8.5%。</p></body></html>")
    assert any("农村居民人均可支配收入17772元、增长8.5%。" in t for t in _blocks(tmp_path, page, "page.html"))


@pytest.mark.parametrize("text, lines", [
    ("各位代表:\n今年完成投资12亿元，新建道路35公里，改造管网6公里，其中城区完成投资\n2\n3\n", ["2", "3"]),  # a list's numbers
    ("县区\n城区\n2\n3\n海丰县\n5\n6\n", ["2", "3", "5", "6"]),  # a table's cells, one a line
])
def test_2_separate_lines_of_digits_stay_apart(tmp_path, text, lines):
    blocks = _blocks(tmp_path, text)
    assert all(line in blocks for line in lines) and not any("23" in t or "56" in t for t in blocks)


def test_2_separate_html_lines_of_digits_stay_apart(tmp_path):
    page = ("<html><head><title>表</title></head><body><table><tr><td>2</td></tr><tr><td>3</td></tr></table>"
            "<p>5<br>6</p></body></html>")
    blocks = _blocks(tmp_path, page, "page.html")
    assert all(n in blocks for n in ("2", "3", "5", "6"))
