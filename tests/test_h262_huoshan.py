"""hd49a (霍山县科技经信局, 安徽): a blind clerk's draft of 第56号建议 from two cut pages of the bureau's county.

F1: the suggestion's asks open on two parallel four-character clauses (一、全面排查，科学布局。二、适当新建，提高质量。); the
sections were headed by the first alone (（一）全面排查), their placeholders saying 布局 twice (全面排查，科学布局、科学规划通信
基站布局) or the ask's halves reversed (提高质量、适当新建通信基站).
F2: the news page's issuer was read as 霍山县发展和改革委员会, named once in a list of units reporting (县发改委、投创中心、经开区…
作了汇报发言), where the page's 信息来源:霍山县融媒体中心 (run into the author's name) names its publisher.
F3: 高毅主持会议并表示,县政协将持续聚焦战新产业…持续推进战新企业转型升级… was filed as a plan of 霍山县: the CPPCC's own pledge.
F4: the site's help line under the page, 如果您对该政策文件有疑问,可以拨打标题上方的电话咨询相关部门。, was a fact.
"""

from __future__ import annotations

import docx
import pytest
from helpers import distil, part_one, part_two_texts, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.select import others_plan
from drafter.model import CONTEXT

TITLE = "关于增强山区乡镇偏远村组通信网络信号的建议"
SUGGESTION = f"""{TITLE}

领衔代表：李芳菲

我县山区乡镇部分偏远村、村民组移动通信网络信号弱，影响群众生产生活。为此建议：

一、全面排查，科学布局。对山区乡镇偏远村、村民组的移动通信信号覆盖情况进行全面排查，科学规划通信基站布局。

二、适当新建，提高质量。针对信号弱、覆盖差的偏远村组，适当新建通信基站，提高通信网络信号质量。
"""
# The tester's news page (霍山县人民政府网, 2023-08-22), cut as the clerk saved it.
NEWS_SEED = "2023-08-22_政协对口协商会战新产业.txt"
NEWS = """县政协召开“推动转型升级 加快战新产业发展”对口协商会

浏览次数: 发表时间:2023-08-22 16:02  作者:刘皓 汪祥声信息来源:霍山县融媒体中心  字体:[  ]

近日,县政协召开“推动转型升级 加快战新产业发展”对口协商会,副县长王翔、县政协副主席高毅出席会议。

高毅主持会议并表示,县政协将持续聚焦战新产业、数字经济,进一步发挥委员专长和政协协商制度优势,多建务实之言,多献管用之策,多尽精诚之力,以久久为功的韧劲持续推进战新企业转型升级和战新产业发展壮大。

会上,县科技经信局通报了我县战新产业发展情况、存在问题及发展建议,县发改委、投创中心、经开区结合职能职责作了汇报发言,县政协常委、委员、企业负责人作交流发言。




政策咨询

如果您对该政策文件有疑问,可以拨打标题上方的电话咨询相关部门。

扫一扫在手机打开当前页
"""


HUOSHAN = ("霍山县科技经信局", "县科技经信局", "霍山县")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    """The tester's draft of 第56号建议 from the news page: part one's and part two's paragraphs."""
    tmp = tmp_path_factory.mktemp("huoshan")
    ws = unit_workspace(tmp / "ws", *HUOSHAN)
    _, out = seeds_draft(tmp, ws, {NEWS_SEED: NEWS}, "56", TITLE, SUGGESTION, "--deputy", "李芳菲",
                         "--session", "县十八届人大四次会议", "--type", "B", "--date", "2025-06-30")
    document = docx.Document(str(out))
    return part_one(document), part_two_texts(document)


def test_two_parallel_four_character_clauses_head_their_ask_together():
    """F1: 全面排查，科学布局 and 适当新建，提高质量 are each one heading, as the real reply keeps them; one clause with a point
    of other length after it is not (引进高端人才，完善服务: test_asks)."""
    asks = parse_asks(SUGGESTION, TITLE)
    assert [a.phrase for a in asks] == ["全面排查，科学布局", "适当新建，提高质量"]
    assert [a.phrase for a in parse_asks("一、加大研发投入。二、引进高端人才，完善服务。", TITLE)][1] == "引进高端人才"


def test_a_paired_heading_heads_both_parts_and_its_placeholder_asks_each_half_once_in_order(drafted):
    """F1: part one's sections and part two's items are headed by both clauses; the placeholders name the first ask's
    排查 of its signal's reach before its 基站布局 (布局 once), and the second's 新建 before its 信号质量, the aim its
    heading names (提高质量)."""
    one, two = drafted
    assert "（一）全面排查，科学布局" in one and "（二）适当新建，提高质量" in one, one
    assert [t[:13] for t in two] == ["（一）全面排查，科学布局。", "（二）适当新建，提高质量。"], two
    gaps = [p for p in one if p.startswith("【待补充")]
    # (its first clause, too long for a point, said by what it does to what: 对…村民组的移动通信信号覆盖情况进行全面排查 was dropped and
    # its 排查 asked from the heading alone, hx59k)
    assert gaps[0].startswith("【待补充：对移动通信信号覆盖情况进行全面排查、科学规划通信基站布局方面"), gaps
    assert gaps[1].startswith("【待补充：适当新建通信基站、提高通信网络信号质量方面"), gaps


def test_a_page_field_run_into_the_value_before_it_names_the_publisher(tmp_path):
    """F2: 作者:刘皓 汪祥声信息来源:霍山县融媒体中心 — the 信息来源 field read though no space parts it from the author's name."""
    source = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUOSHAN), NEWS, NEWS_SEED).source
    assert source.issuer == "霍山县融媒体中心", source


def test_a_unit_named_once_heading_a_list_of_units_is_no_issuer(tmp_path):
    """F2: the page without its field line — 县发改委 is named once, opening a list of the units reporting (县发改委、投创中心、
    经开区…作了汇报发言): one of several, not the page's writer."""
    page = "\n".join(line for line in NEWS.splitlines() if "信息来源" not in line)
    source = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUOSHAN), page, NEWS_SEED).source
    assert not any(name in (source.issuer or "") for name in ("发改委", "发展和改革")), source


def test_an_assemblys_word_of_what_it_will_do_is_its_own_pledge_no_plan(tmp_path):
    """F3: the CPPCC vice-chair's 县政协将持续聚焦… is context, its speaker kept (whose words they are); the bureau's plans stay
    plans wherever they are said (test_hd36_news, test_hd30*)."""
    facts = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUOSHAN), NEWS, NEWS_SEED).facts
    pledge = next(f for f in facts if "县政协将持续聚焦" in f.text)
    assert pledge.kind == CONTEXT and pledge.text.startswith("高毅主持会议并表示"), pledge


@pytest.mark.parametrize("text, theirs", [
    ("县政协将持续聚焦战新产业、数字经济，进一步发挥委员专长和政协协商制度优势。", True),
    ("下一步，县人大常委会将持续加强对战新产业发展的监督。", True),
    ("下一步，我局将持续推进战新企业转型升级。", False),
])
def test_a_plan_an_assembly_will_carry_out_is_not_the_bureaus(tmp_path, text, theirs):
    """F3: a plan whose doer is a body of no organ's word (县政协, 县人大常委会) is that body's, never offered as the bureau's next
    step, as another unit's is (others_plan)."""
    from types import SimpleNamespace

    ws = unit_workspace(tmp_path / "ws", *HUOSHAN)
    assert others_plan(SimpleNamespace(fact=SimpleNamespace(text=text)), ws) is theirs


def test_a_pages_help_line_on_its_document_is_no_fact(tmp_path):
    """F4: 如果您对该政策文件有疑问，可以拨打…电话咨询相关部门 asks the reader to ring about the page's document — a note on the
    document, as 如对本年度报告有疑问，请联系… is; a bureau's service to the public stays (对林木采伐审批有疑问的群众，可联系…)."""
    from drafter.distill.facts import DOCUMENT_NOTE

    facts = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUOSHAN), NEWS, NEWS_SEED).facts
    assert not [f.text for f in facts if "疑问" in f.text]
    assert not DOCUMENT_NOTE.match("对林木采伐审批有疑问的群众，可联系县林业局咨询。")
