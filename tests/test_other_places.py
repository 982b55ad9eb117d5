"""Replies and reports of other cities, in other formats, read and distilled as their own bureau would.

The fixtures (tests/fixtures/other/, built by tests/fixtures/build_other.py) are composed in the
style of published documents: a 杭州 proposal reply saved from the web (GBK page declaring
gb2312, with site chrome, a metadata table, half-width (一) headings, 第一/第二 items), a 南山区
work report in Word (Heading styles, 存在问题), the same report as a three-page PDF from
LibreOffice (page numbers — 2 —, paragraphs running across pages), and a 常州 人大建议 reply
as GB18030 text (常科建[2024]17号, （A类）, 你提出的关于…的建议收悉, 依申请公开). Each is
distilled in a workspace for ITS organisation, and in the seeds' 泉州 workspace, where all of it
is another city's.

The second round (tests/fixtures/build_other2.py) adds a 福州 TRS-CMS page in UTF-8 with a BOM
and no charset, a 安吉县 quarter report with Arabic-numbered headings only (1、 1.1 （1）) and
figures in Chinese numerals, a 合肥 Word letter laid out in tables with 机密 header/footer, a 江门
wiki export in markdown (front matter, **一、…** headings, - 一是… bullets, links), a one-paragraph
成都日报 news item and a 莆田 C类 reply without a single figure.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from helpers import REPO

from drafter.compose.suggestion import Suggestion
from drafter.distill import distill_document
from drafter.docx.read import read_draft
from drafter.draft import make_draft
from drafter.facts.index import FactIndex
from drafter.distill import distill_paths
from drafter.model import CONTEXT, DONE, PLAN, PROBLEM
from drafter.read import read_document
from drafter.workspace import load_workspace

OTHER = REPO / "tests" / "fixtures" / "other"
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
    return load_workspace(REPO)


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
    assert (g.value, g.scale, g.unit, g.counts) == (312, "亿", "元", "新增贷款")  # (the year's additions: h307)
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
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "seeds").mkdir()
    shutil.copy(HTML, root / "seeds")
    shutil.copy(next((REPO / "seeds").glob("000_*.txt")), root / "seeds")  # a 泉州 reply, not ours
    report = distill_paths(ws, [root / "seeds"])
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
        text = re.sub(r"【待[^】]*】", "", p.text)  # a placeholder states no figure
        for comment in p.comments:  # the dates the draft wrote itself are quoted in a comment
            for date in re.findall(r"“((?:截至)?(?:19|20)\d{2}年(?:\d{1,2}月)?(?:全年|上半年|以来)?)”", comment):
                text = text.replace(date, "")
        for number in re.findall(r"\d+(?:\.\d+)?", text):
            assert number in cited, (number, p.text)


# --- second round: other layouts (tests/fixtures/build_other2.py) ------------------------------

FUZHOU_HTML = OTHER / "fuzhou_suggestion_20240123.html"
ANJI_TXT = OTHER / "anji_report_2024q3.txt"
HEFEI_DOCX = OTHER / "hefei_proposal_0356.docx"
JIANGMEN_MD = OTHER / "jiangmen_summary_2024h1.md"
CHENGDU_NEWS = OTHER / "chengdu_news_20240716.txt"
PUTIAN_TXT = OTHER / "putian_suggestion_156.txt"


def bureau(tmp_path_factory, name: str, place: str, areas: str = "[]"):
    config = f"organisation:\n  name: {name}\n  jurisdiction: {place}\n  areas: {areas}\n"
    return workspace(tmp_path_factory.mktemp("ws") / "ws", config)


def test_trs_page_with_bom_and_no_charset(tmp_path_factory):
    data = FUZHOU_HTML.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"charset" not in data
    doc = read_document(FUZHOU_HTML)
    texts = [b.text for b in doc.blocks]
    assert not [t for t in texts if re.search(r"上一篇|下一篇|相关链接|分享|ICP|登录|位置|【|\u3000|\xa0", t)]
    # <br/> inside one <p> parts the items; indentation (&nbsp;, full-width spaces) is gone
    assert [t[:3] for t in texts if t.startswith("（")][:3] == ["（一）", "（二）", "（三）"]
    assert "发布时间：2024-06-25 10:30 来源：福州市科学技术局" in texts  # 【大 中 小】 dropped

    ws = bureau(tmp_path_factory, "福州市科学技术局", "福州市", "[鼓楼区, 台江区, 仓山区, 晋安区, 长乐区]")
    ff = distill_document(doc, ws)
    m = ff.source
    assert (m.kind, m.proposal, m.deputy) == ("reply", False, "陈某某")
    assert (m.issuer, m.jurisdiction, m.number, m.date) == ("福州市科学技术局", "福州市", "榕科函〔2024〕58号", "2024-06-20")
    assert (m.suggestion_number, m.session) == ("20240123", "市十六届人大四次会议")
    assert m.suggestion_title == "关于支持高校院所科技成果在榕转化的建议"
    assert m.co_handlers == ["市教育局", "市财政局"]  # 本建议由我局主办，…协办
    assert (m.reply_class, m.contact, m.phone, m.disclosure) == ("A", "林某某", "0591-83356789", "主动公开")
    assert m.cc == ["市人大常委会代表工委", "市政府督查室"] and m.id == "2024-reply-20240123"

    # the attachment list, signature and contact lines are no facts
    assert not [f for f in ff.facts if re.search(r"附件|名单|林某某|感谢|福州市科学技术局$", f.text)]
    funds = fact_with(ff, "4500万元")
    assert funds.section == ["一、工作开展情况", "（二）加大资金扶持力度"] and funds.kind == DONE
    g = figure(funds, "4500万元")
    assert (g.value, g.scale, g.unit, g.counts) == (4500, "万", "元", "科技成果转化专项资金")
    share = fact_with(ff, "不低于70%")
    assert figure(share, "2100余万元").value == 2100 and figure(share, "不低于70%").unit == "%"
    plans = [f for f in ff.facts if f.section[:1] == ["二、下一步工作"]]
    assert [f.kind for f in plans] == [PLAN] * 4 and fact_with(ff, "10家以上").period.year == 2025
    assert all(f.jurisdiction == "福州市" and not f.external for f in ff.facts)


def test_county_quarter_report_with_arabic_headings(tmp_path_factory):
    doc = read_document(ANJI_TXT)
    texts = [b.text for b in doc.blocks]
    # a blank line ends the title's paragraph even though the title has no full stop
    assert texts[0] == "安吉县科技局2024年1-9月工作总结及第四季度工作打算"
    ws = bureau(tmp_path_factory, "安吉县科学技术局", "安吉县", "[递铺街道, 孝丰镇, 天子湖镇]")
    ff = distill_document(doc, ws)
    m = ff.source
    assert (m.kind, m.issuer, m.jurisdiction, m.period, m.date) == (
        "work_report", "安吉县科学技术局", "安吉县", 2024, "2024-10-12")
    assert m.title == texts[0] and m.number is None and m.deputy is None

    rd = fact_with(ff, "8.6亿元")
    assert rd.section == ["1、主要指标完成情况", "1.1研发投入"] and rd.text.startswith("上半年")
    # 较去年同期 is a comparison: the statement still speaks of 2024
    assert (rd.period.year, rd.kind) == (2024, DONE)
    assert figure(rd, "12.5%").counts == "规上工业企业研发费用支出增长"
    g = figure(rd, "3.2个百分点")  # (较去年同期提高3.2个百分点: the rise, not the rate itself; of the spending's growth, h230)
    assert (g.value, g.unit, g.counts) == (3.2, "个百分点", "规上工业企业研发费用支出增速提高")

    firms = fact_with(ff, "86家")
    assert figure(firms, "86家").counts == "申报国家高新技术企业"
    assert figure(firms, "3家").counts == "申报国家高新技术企业增加"  # (较上年增加3家: 3 more, not 3 of them, hd27b)
    g = figure(firms, "超过六成")
    assert (g.value, g.unit) == (6, "成")
    trade = fact_with(ff, "2.35亿元")
    assert figure(trade, "2.35亿元").counts == figure(trade, "7.8亿元").counts == "技术合同成交额"
    assert not [g for g in trade.figures if g.raw.endswith("月")]  # 1-9月 is a period
    g = figure(fact_with(ff, "近千家"), "近千家")
    assert (g.value, g.unit) == (1000, "家")
    g = figure(fact_with(ff, "三千万元"), "三千万元")
    assert (g.value, g.scale, g.unit) == (3000, "万", "元")
    assert figure(fact_with(ff, "15-20家"), "15-20家").value == 15

    problems = [f for f in ff.facts if f.kind == PROBLEM]
    assert [f.section for f in problems] == [["3、存在问题"]] * 2
    plans = [f for f in ff.facts if f.kind == PLAN]
    assert [f.section[-1] for f in plans] == ["（1）全力冲刺全年目标", "（2）加快创新平台建设"]
    assert all(f.jurisdiction == "安吉县" and not f.external for f in ff.facts)


def test_word_letter_in_tables(tmp_path_factory):
    import docx

    package = docx.Document(str(HEFEI_DOCX))
    assert len(package.tables) == 2 and "机密" in package.sections[0].header.paragraphs[0].text
    doc = read_document(HEFEI_DOCX)
    texts = [b.text for b in doc.blocks]
    assert not [t for t in texts if "机密" in t]
    assert texts[-5:-2] == ["公开方式：主动公开", "合肥市科学技术局", "2024年7月5日"]

    ws = bureau(tmp_path_factory, "合肥市科学技术局", "合肥市", "[瑶海区, 庐阳区, 蜀山区, 包河区, 肥西县]")
    ff = distill_document(doc, ws)
    m = ff.source
    assert (m.kind, m.proposal, m.deputy) == ("reply", True, "张某某")
    assert (m.issuer, m.jurisdiction, m.number, m.signatory) == ("合肥市科学技术局", "合肥市", "合科提〔2024〕9号", "吴某某")
    assert (m.suggestion_number, m.session, m.date) == ("0356", "市政协十五届三次会议", "2024-07-05")
    assert m.suggestion_title == "关于加快建设科技成果转化中试基地的提案"
    assert m.co_handlers == ["市发展改革委", "市经济和信息化局"] and m.reply_class is None
    assert (m.contact, m.phone, m.disclosure) == ("赵某某", "0551-63538123", "主动公开")
    assert m.cc == ["市政协提案委员会", "市政府办公室"] and m.id == "2024-proposal-0356"
    assert [(f.kind, f.section) for f in ff.facts] == [(DONE, ["一、工作进展"]), (PLAN, ["二、下一步打算"])]
    done, plan = ff.facts
    assert figure(done, "32家").counts == "省级以上中试基地" and done.period.year == 2023
    assert figure(plan, "60家").counts == "市级以上中试基地" and plan.period.year == 2025


def test_wiki_markdown_export(tmp_path_factory):
    doc = read_document(JIANGMEN_MD)
    assert doc.format == "md" and doc.title == "江门市科学技术局2024年上半年工作总结"
    texts = [b.text for b in doc.blocks]
    assert not [t for t in texts if re.search(r"^---|title:|\*\*|^>|\]\(|https?:", t)]
    assert texts[0] == "来源：江门市科学技术局 发布日期：2024-07-10"

    ws = bureau(tmp_path_factory, "江门市科学技术局", "江门市", "[蓬江区, 江海区, 新会区, 台山市, 开平市]")
    ff = distill_document(doc, ws)
    m = ff.source
    assert (m.kind, m.issuer, m.jurisdiction, m.period, m.date) == (
        "work_report", "江门市科学技术局", "江门市", 2024, "2024-07-10")
    by_section = {}
    for f in ff.facts:
        by_section.setdefault(f.section[0], []).append(f)
    assert list(by_section) == ["一、基本情况", "二、主要工作成效", "三、存在问题", "四、下半年工作计划"]
    assert [f.text[:2] for f in by_section["二、主要工作成效"]] == ["一是", "二是", "三是"]
    assert {f.kind for f in by_section["三、存在问题"]} == {PROBLEM}
    # the last numbered line of the list is an item, not a heading with nothing under it
    assert [f.kind for f in by_section["四、下半年工作计划"]] == [PLAN, PLAN]
    vouchers = fact_with(ff, "1280万元")
    assert "《江门市科技创新券管理办法》" in vouchers.text and "http" not in vouchers.text
    g = figure(fact_with(ff, "23.6亿元"), "23.6亿元")
    assert (g.value, g.scale) == (23.6, "亿")


def test_one_paragraph_news_item(tmp_path_factory, quanzhou):
    doc = read_document(CHENGDU_NEWS)
    texts = [b.text for b in doc.blocks]
    assert texts[:2] == ["成都上半年新增国家高新技术企业1260家", "2024-07-16 07:30 来源：成都日报"]
    assert len(texts) == 3

    for ws in (bureau(tmp_path_factory, "成都市科学技术局", "成都市"), quanzhou):
        ff = distill_document(doc, ws)
        m = ff.source
        assert (m.kind, m.issuer, m.jurisdiction, m.date) == ("news", "成都日报", "成都市", "2024-07-16")
        assert m.title == texts[0] and m.deputy is None
        # (the place's results of the half year, its bureau's word, are done in its own workspace: hd35a; another's background)
        assert len(ff.facts) == 1 and ff.facts[0].kind == (CONTEXT if ws is quanzhou else DONE)
        fact = ff.facts[0]
        assert (fact.period.year, fact.jurisdiction) == (2024, "成都市")  # 今年上半年, July 2024
        assert [g.raw for g in fact.figures] == ["1260家", "1.3万家", "826.5亿元", "18.3%", "430家", "三成以上"]
        assert fact.external == (ws is quanzhou)


def test_reply_without_figures(tmp_path_factory, quanzhou):
    doc = read_document(PUTIAN_TXT)
    ws = bureau(tmp_path_factory, "莆田市科学技术局", "莆田市", "[城厢区, 涵江区, 荔城区, 秀屿区, 仙游县]")
    ff = distill_document(doc, ws)
    m = ff.source
    assert (m.kind, m.deputy, m.proposal, m.reply_class) == ("reply", "黄某某", False, "C")  # 号　　C类
    assert (m.issuer, m.jurisdiction, m.number, m.date) == ("莆田市科学技术局", "莆田市", "莆科函〔2024〕22号", "2024-06-28")
    assert (m.suggestion_number, m.session) == ("156", "市八届人大四次会议")
    assert m.suggestion_title == "关于在我市设立科技成果转化引导基金的建议"
    assert (m.contact, m.phone, m.cc, m.co_handlers) == ("郑某某", "0594-2695123", [], [])
    assert not [g for f in ff.facts for g in f.figures]
    # (目前，…现阶段条件尚不成熟，暂无法单独设立…: a present obstacle, a problem — no lead of the 下一步 paragraph after it)
    assert [f.kind for f in ff.facts] == [CONTEXT, PROBLEM, PLAN]
    assert ff.facts[-1].text.startswith("下一步") and all(f.period.year == 2024 for f in ff.facts)
    assert all(f.external for f in distill_document(doc, quanzhou).facts)


@pytest.mark.parametrize("path, place", [(FUZHOU_HTML, "福州市"), (ANJI_TXT, "安吉县"), (HEFEI_DOCX, "合肥市"),
                                         (JIANGMEN_MD, "江门市"), (PUTIAN_TXT, "莆田市")])
def test_second_round_is_external_to_quanzhou(quanzhou, path, place):
    ff = distill_document(read_document(path), quanzhou)
    assert ff.source.jurisdiction == place
    assert ff.facts and all(f.external and f.jurisdiction == place for f in ff.facts)
