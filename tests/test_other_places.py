"""Replies and reports of other cities, in other formats, read and distilled as their own bureau would.

The fixtures (tests/fixtures/other/, built by tests/fixtures/build_other.py) are composed in the
style of published documents: a 杭州 proposal reply saved from the web (GBK page declaring
gb2312, with site chrome, a metadata table, half-width (一) headings, 第一/第二 items), a 南山区
work report in Word (Heading styles, 存在问题), the same report as a three-page PDF from
LibreOffice (page numbers — 2 —, paragraphs running across pages), and a 常州 人大建议 reply
as GB18030 text (常科建[2024]17号, （A类）, 你提出的关于…的建议收悉, 依申请公开). Each is
distilled in a workspace for ITS organisation, and in the seeds' 泉州 workspace, where all of it
is another city's.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from drafter.compose.suggestion import Suggestion
from drafter.distill import distill_document
from drafter.docx.read import read_draft
from drafter.draft import make_draft
from drafter.facts.index import FactIndex
from drafter.ingest import ingest_paths
from drafter.model import CONTEXT, DONE, PLAN, PROBLEM
from drafter.sources import read_document
from drafter.workspace import load_workspace

ROOT = Path(__file__).resolve().parents[1]
OTHER = Path(__file__).resolve().parent / "fixtures" / "other"
HTML = OTHER / "hangzhou_proposal_210.html"
DOCX = OTHER / "nanshan_work_report_2023.docx"
PDF = OTHER / "nanshan_work_report_2023.pdf"
TXT = OTHER / "changzhou_suggestion_0123.txt"

HANGZHOU = """
organisation:
  name: 杭州市科学技术局
  short_name: 市科技局
  jurisdiction: 杭州市
  areas: [上城区, 拱墅区, 西湖区, 滨江区, 萧山区, 余杭区, 临平区, 钱塘区, 富阳区, 临安区, 桐庐县, 淳安县, 建德市]
signatory: 某某某
contact: 李某某
phone: 0571-87016542
disclosure: 主动公开
cc:
  suggestion: [[市人大常委会代表工委], [市政府办公厅]]
  proposal: [[市政协提案委], [市政府办公厅]]
classes:
  甲: 所提问题已经解决或基本解决
  乙: 正在解决或已列入计划逐步解决
  丙: 因条件限制需以后解决或留作参考
"""
CHANGZHOU = """
organisation:
  name: 常州市科学技术局
  jurisdiction: 常州市
  areas: [天宁区, 钟楼区, 新北区, 武进区, 金坛区, 溧阳市]
classes:
  A: 所提问题已经解决或基本解决
  B: 所提问题正在解决或列入计划解决
  C: 所提问题因条件限制需以后解决
  D: 所提问题留作参考
"""
NANSHAN = """
organisation:
  name: 深圳市南山区科技创新局
  short_name: 区科技创新局
  jurisdiction: 南山区
  areas: [南头街道, 南山街道, 沙河街道, 蛇口街道, 招商街道, 粤海街道, 桃源街道, 西丽街道]
"""


def workspace(root: Path, config: str):
    root.mkdir(parents=True, exist_ok=True)
    (root / "drafter.yaml").write_text(config, encoding="utf-8")
    return load_workspace(root)


@pytest.fixture(scope="module")
def quanzhou():
    return load_workspace(ROOT)


@pytest.fixture(scope="module")
def hangzhou(tmp_path_factory):
    return workspace(tmp_path_factory.mktemp("hz") / "ws", HANGZHOU)


@pytest.fixture(scope="module")
def changzhou(tmp_path_factory):
    return workspace(tmp_path_factory.mktemp("cz") / "ws", CHANGZHOU)


@pytest.fixture(scope="module")
def nanshan(tmp_path_factory):
    return workspace(tmp_path_factory.mktemp("ns") / "ws", NANSHAN)


def fact_with(ff, words: str):
    found = [f for f in ff.facts if words in f.text]
    assert len(found) == 1, (words, [f.text for f in ff.facts])
    return found[0]


def figure(fact, raw: str):
    found = [g for g in fact.figures if g.raw == raw]
    assert found, (raw, [g.raw for g in fact.figures])
    return found[0]


# --- a. a saved web page (GBK declared as gb2312) of a CPPCC proposal reply -------------------

CHROME = ("当前位置", "首页", "字体", "打印", "关闭窗口", "ICP", "公网安备", "网站标识码", "欢迎访问",
          "主办单位", "技术支持", "分享到", "浏览次数", "长者模式", "无障碍", "English", "【", "】")


def test_web_page_is_decoded_and_its_chrome_dropped():
    data = HTML.read_bytes()
    assert b'charset=gb2312' in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the fixture really is legacy-encoded
    doc = read_document(HTML)
    assert doc.format == "html" and doc.title == "关于市政协十二届三次会议第210号提案的答复"
    texts = [b.text for b in doc.blocks]
    assert not [t for t in texts if any(word in t for word in CHROME)]
    assert "尊敬的王某某委员：" in texts
    # the metadata table: each row one line, labels next to their values
    assert "发文日期：2024-06-18 文号：杭科函〔2024〕35号" in texts
    # half-width (一) and the half-width colon of the opening made full-width
    assert any(t.startswith("（一）完善梯次培育体系。第一，") for t in texts)
    assert any(t.endswith("现答复如下：") for t in texts)
    assert texts[-1] == "抄送：市政协提案委，市政府办公厅。"


def test_web_page_proposal_metadata(hangzhou):
    m = distill_document(read_document(HTML), hangzhou).source
    assert (m.kind, m.proposal, m.deputy) == ("reply", True, "王某某")
    assert (m.issuer, m.jurisdiction) == ("杭州市科学技术局", "杭州市")
    assert (m.number, m.date) == ("杭科函〔2024〕35号", "2024-06-18")
    assert (m.suggestion_number, m.session) == ("210", "市政协十二届三次会议")
    assert m.suggestion_title == "关于加快培育科技型中小企业的提案"
    assert m.co_handlers == ["市经信局", "市财政局", "市市场监管局"]
    assert (m.reply_class, m.contact, m.phone) == ("B", "李某某", "0571-87016542")
    assert m.cc == ["市政协提案委", "市政府办公厅"] and m.disclosure == "主动公开"
    assert m.id == "2024-proposal-210"


def test_web_page_proposal_facts(hangzhou):
    ff = distill_document(read_document(HTML), hangzhou)
    # courtesy, signature and contact lines are not facts
    assert not [f for f in ff.facts if re.search(r"感谢|联系人|抄送|杭州市科学技术局$|收悉", f.text)]
    # every fact is Hangzhou's own
    assert all(hangzhou.is_own(f.jurisdiction) and not f.external for f in ff.facts)

    basics = fact_with(ff, "1.2万家")
    assert basics.section == ["一、基本情况"] and basics.kind == DONE
    assert (basics.period.year, basics.period.basis) == (2023, "text")
    g = figure(basics, "1.2万家")
    assert (g.value, g.scale, g.unit) == (1.2, "万", "家") and "科技型中小企业" in g.counts
    assert figure(basics, "15.3%").value == 15.3
    rd = figure(basics, "3.86%")
    assert rd.unit == "%" and "GDP" in rd.counts

    # half-width (一) headings and 第一/第二/第三 items: one fact per item, under its heading
    tiers = [f for f in ff.facts if f.section[-1:] == ["（一）完善梯次培育体系"]]
    assert [f.text[:2] for f in tiers] == ["第一", "第二", "第三"]
    assert tiers[0].section == ["二、主要做法", "（一）完善梯次培育体系"]
    g = figure(tiers[0], "1.52万家")
    assert (g.value, g.scale) == (1.52, "万") and "国家高新技术企业" in g.counts
    # 全年 in a reply of June 2024 speaks of 2023
    loans = fact_with(ff, "312亿元")
    assert (loans.period.year, loans.period.basis) == (2023, "relative to document date")
    g = figure(loans, "312亿元")
    assert (g.value, g.scale, g.unit, g.counts) == (312, "亿", "元", "贷款")
    assert figure(loans, "4600余家").value == 4600
    # 联合市财政局… opens with a verb, not with a place called 联合市
    assert fact_with(ff, "科创母基金，已参股").jurisdiction == "杭州市"

    plans = [f for f in ff.facts if f.section[:1] == ["三、下一步工作"]]
    assert plans and all(f.kind in (PLAN, CONTEXT) for f in plans)
    target = fact_with(ff, "突破4万家")
    assert target.kind == PLAN and target.period.year == 2025
    assert figure(target, "4万家").counts == "国家科技型中小企业"


# --- b. a county-level work report in Word ---------------------------------------------------


def test_word_report_outline(nanshan):
    doc = read_document(DOCX)
    assert doc.title == "深圳市南山区科技创新局2023年工作总结和2024年工作计划"
    levels = {b.text: b.heading for b in doc.blocks if b.heading}
    assert levels["一、2023年工作总结"] == 1 and levels["（一）创新主体持续壮大"] == 2

    ff = distill_document(doc, nanshan)
    m = ff.source
    assert (m.kind, m.issuer, m.jurisdiction) == ("work_report", "深圳市南山区科技创新局", "南山区")
    assert (m.period, m.date) == (2023, "2024-01-15")
    assert all(f.jurisdiction == "南山区" and not f.external for f in ff.facts)

    by_kind = {k: [f for f in ff.facts if f.kind == k] for k in (DONE, PROBLEM, PLAN)}
    assert all(f.section[0] == "一、2023年工作总结" for f in by_kind[DONE])
    assert [f.text[:2] for f in by_kind[PROBLEM]] == ["一是", "二是", "三是"]
    assert all(f.section[0] == "三、2024年工作计划" and f.period.year == 2024 for f in by_kind[PLAN])
    assert len(by_kind[PLAN]) == 4

    hi_tech = fact_with(ff, "4528家")
    assert hi_tech.section == ["一、2023年工作总结", "（一）创新主体持续壮大", "1.高新技术企业量质齐升"]
    assert (hi_tech.period.year, hi_tech.period.basis) == (2023, "report period")
    assert figure(hi_tech, "4528家").counts == "国家高新技术企业"
    rd = fact_with(ff, "438.6亿元")
    g = figure(rd, "438.6亿元")
    assert (g.value, g.scale, g.unit, g.counts) == (438.6, "亿", "元", "全社会研发投入")
    assert figure(rd, "312.4亿元").counts == "规模以上工业企业研发投入"
    vouchers = fact_with(ff, "3850万元")
    assert (figure(vouchers, "3850万元").scale, figure(vouchers, "1260家次").unit) == ("万", "家次")
    patents = fact_with(ff, "6712件")
    assert figure(patents, "6712件").counts == "PCT国际专利申请"
    basic = fact_with(ff, "基础研究经费")
    assert (figure(basic, "不足5%").value, basic.kind) == (5, PROBLEM)


# --- d. the same report as a PDF: pages rejoined, page numbers dropped ------------------------


def test_pdf_reads_as_the_word_file():
    from pypdf import PdfReader

    pages = [page.extract_text() for page in PdfReader(PDF).pages]
    assert len(pages) == 3 and "— 2 —" in pages[1]
    # the text layer really breaks a paragraph across pages 1 and 2
    assert "重大平台建设加快推进" in pages[0] and "重大平台建设" not in pages[1]
    pdf, word = read_document(PDF), read_document(DOCX)
    assert pdf.format == "pdf" and pdf.title == word.title
    assert [b.text for b in pdf.blocks] == [b.text for b in word.blocks]
    assert not [b for b in pdf.blocks if re.search(r"[—-]\s*\d+\s*[—-]", b.text)]
    platform = next(b for b in pdf.blocks if "重大平台建设" in b.text)
    assert "— 1 —" not in platform.raw and platform.raw.count("\n") >= 1  # lines of two pages


def test_pdf_distills_as_the_word_file(nanshan):
    pdf = distill_document(read_document(PDF), nanshan)
    word = distill_document(read_document(DOCX), nanshan)
    assert [(f.text, f.kind, f.section) for f in pdf.facts] == [(f.text, f.kind, f.section) for f in word.facts]
    assert pdf.source.jurisdiction == "南山区" and pdf.source.period == 2023


# --- c. a 人大建议 reply as GB18030 text ---------------------------------------------------


def test_gb18030_suggestion_reply(changzhou):
    data = TXT.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    doc = read_document(TXT)
    texts = [b.text for b in doc.blocks]
    assert "刘䶮代表：" in texts  # a character outside GBK, four bytes in GB18030
    assert any("运营机制不活" in t for t in texts)  # a hard-wrapped line rejoined

    ff = distill_document(doc, changzhou)
    m = ff.source
    assert (m.kind, m.proposal, m.deputy) == ("reply", False, "刘䶮")
    assert (m.issuer, m.jurisdiction) == ("常州市科学技术局", "常州市")
    assert (m.number, m.signatory, m.reply_class) == ("常科建〔2024〕17号", "周某某", "A")
    assert (m.suggestion_number, m.session) == ("0123", "市十五届人大三次会议")
    assert m.suggestion_title == "关于加强科技成果转化中试平台建设的建议"
    assert m.co_handlers == ["市发展改革委", "市工业和信息化局", "市财政局"]
    assert (m.date, m.contact, m.phone) == ("2024-05-28", "陈某某", "0519-85681234")
    assert m.disclosure == "依申请公开"
    assert m.cc == ["市人大常委会代表工作委员会", "市政府办公室", "市发展改革委", "市工业和信息化局", "市财政局"]
    assert m.id == "2024-reply-0123"

    assert not [f for f in ff.facts if re.search(r"感谢|联系人|公开方式|A类", f.text)]
    pilots = fact_with(ff, "23家")
    assert (pilots.kind, pilots.period.year) == (DONE, 2023)  # 截至2023年底
    assert figure(pilots, "23家").counts == "省级以上中试平台"
    g = figure(pilots, "386.2亿元")
    assert (g.value, g.scale, g.counts) == (386.2, "亿", "技术合同成交额")
    wujin = fact_with(ff, "武进区")
    assert wujin.jurisdiction == "武进区" and not wujin.external  # a district of Changzhou
    plans = [f for f in ff.facts if f.section[:1] == ["二、下一步工作打算"]]
    assert [f.section[-1] for f in plans] == ["（一）加大平台布局力度", "（二）强化资金支持", "（三）创新运营机制"]
    assert all(f.kind == PLAN for f in plans)
    money = figure(fact_with(ff, "5000万元"), "不少于5000万元")
    assert (money.value, money.scale, money.unit) == (5000, "万", "元")
    assert all(f.jurisdiction in ("常州市", "武进区") for f in ff.facts)


# --- every fixture in the seeds' 泉州 workspace: another city's facts ---------------------------


@pytest.mark.parametrize("path, place", [(HTML, "杭州市"), (DOCX, "南山区"), (PDF, "南山区"),
                                         (TXT, "常州市")])
def test_other_cities_are_external_to_quanzhou(quanzhou, path, place):
    ff = distill_document(read_document(path), quanzhou)
    assert ff.source.jurisdiction == place
    assert ff.facts and all(f.external and not quanzhou.is_own(f.jurisdiction) for f in ff.facts)
    assert not [f for f in ff.facts if f.jurisdiction == "泉州市"]


# --- end to end: a proposal reply drafted in the Hangzhou workspace ----------------------------


def test_hangzhou_proposal_draft(tmp_path):
    root = tmp_path / "ws"
    ws = workspace(root, HANGZHOU)
    shutil.copytree(ROOT / "templates", root / "templates")
    (root / "seeds").mkdir()
    shutil.copy(HTML, root / "seeds")
    shutil.copy(next((ROOT / "seeds").glob("000_*.txt")), root / "seeds")  # a 泉州 reply, not ours
    report = ingest_paths(ws, [root / "seeds"])
    assert report.ok and len(report.sources) == 2

    suggestion = Suggestion(
        number="305", title="关于加大科技型中小企业培育和科技金融支持力度的提案", deputy="赵某某",
        session="市政协十二届四次会议", reply_class="乙", proposal=True, date=dt.date(2025, 6, 10))
    result = make_draft(ws, suggestion, out=root / "drafts" / "305.docx")
    paragraphs = read_draft(result.path)
    text = "\n".join(p.text for p in paragraphs)
    assert "赵某某委员：" in text and "第305号提案" in text and "代表" not in text
    assert "乙" in next(p.text for p in paragraphs if p.kind == "class_mark")
    assert "泉州" not in text

    index = FactIndex.load(ws)
    used = [index.facts[i] for i in result.reply.facts_used]
    assert used and all(index.source_of(f).issuer == "杭州市科学技术局" and not f.external for f in used)
    # every number in the body is one of the cited Hangzhou facts'
    cited = "".join(f.text for f in used)
    body = [p for p in paragraphs if p.kind in ("body", "heading1", "heading2") and p.comments]
    assert body
    for p in body:
        for number in re.findall(r"\d+(?:\.\d+)?", p.text):
            assert number in cited, (number, p.text)
