"""Readers and cleaning: the real seeds, every format, and every kind of bad or hostile file."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import docx
import pytest
from helpers import REPO, edit_docx, paragraph_with

from drafter.errors import SourceError
from drafter.read import open_docx, read_document
from drafter.read import docx as docx_reader
from drafter.read.clean import Piece, clean_blocks, is_chrome, normalize_text, should_join

SEEDS = REPO / "seeds"


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def texts(doc) -> list[str]:
    return [b.text for b in doc.blocks]


def block_with(doc, needle: str):
    found = [b for b in doc.blocks if needle in b.text]
    assert len(found) == 1, f"{needle!r} in {len(found)} blocks"
    return found[0]


# --- the seeds -----------------------------------------------------------------------------


def test_seed_000_reply_chrome_metadata_and_signature():
    doc = read_document(seed("000"))
    all_text = doc.text
    assert "扫一扫" not in all_text and "公网安备" not in all_text
    # "- 索 引 号:…" → list marker gone, label closed up, colon full-width, code untouched
    assert doc.blocks[0].text == "索引号：QZ00105-3000-2025-00087"
    assert doc.blocks[0].raw == "- 索 引 号:QZ00105-3000-2025-00087"
    # a paragraph broken after a comma is one block; raw keeps both original lines
    joined = block_with(doc, "着力培优扶强一批科创企业，推动全市科技创新主体进一步提质增量")
    assert joined.raw.split("\n")[0].endswith("一批科创企业,")
    assert joined.raw.split("\n")[1].startswith("推动全市科技创新主体")
    # the heading before it stays a block of its own
    heading = block_with(doc, "一、大力培育科技创新主体")
    assert heading.text == "一、大力培育科技创新主体，推动创新主体“提能”“扩面”"
    assert doc.blocks[heading.index] is joined  # index is 1-based: the next block follows it
    # numbers keep their form, half-width punctuation next to Chinese becomes full-width
    assert "1.17亿元" in all_text and "（2024-2026年）" in all_text and "县（市、区）" in all_text
    assert "，" in block_with(doc, "全年兑现下达高企认定奖补资金").text
    assert texts(doc)[-5:] == ["领导署名：史思泉", "联系人：陈坚议", "联系电话：0595-22579329",
                               "泉州市科学技术局", "2025年5月20日"]
    assert [b.index for b in doc.blocks] == list(range(1, len(doc.blocks) + 1))
    assert doc.format == "txt"
    assert doc.sha256 == hashlib.sha256(seed("000").read_bytes()).hexdigest()


def test_seed_003_page_breaks_rejoined():
    doc = read_document(seed("003"))
    first = block_with(doc, "智能制造产品及系统")
    assert first.text.startswith("（一）加强智能制造产业科技研发。")
    assert first.text.endswith("新立项实施13个重大技术攻关项目和4个重大成果转化项目。")
    assert "智能制造产品\n" in first.raw and "\n及系统、新材料" in first.raw
    for joined in ("推动大院大所服务企业2062家", "西安交大技术成果", "知识产权公共服务能力提升培训班",
                   "科研机构以科技成果先用后转方式"):
        assert "\n" in block_with(doc, joined).raw
    assert "领军人才+创新团队+创新项目" in doc.text
    assert "13 个" not in doc.text and "2025 年" not in doc.text


def test_seed_003_headings_and_signature_not_joined():
    doc = read_document(seed("003"))
    by_text = {b.text: b for b in doc.blocks}
    assert by_text["泉州市科学技术局"].heading == 1
    assert by_text["关于市十七届人大五次会议 第1288号建议的答复"].heading == 2
    basic = by_text["一、基本情况"]
    assert basic.heading == 3 and basic.raw == "### 一、基本情况"
    assert by_text["二、下一步工作计划"].heading == 2
    # a numbered heading ending in 。 stays apart from its first item
    section = by_text["（二）推进智能制造创新平台建设。"]
    assert doc.blocks[section.index].text.startswith("一是全市共引建大院大所30家")
    for line in ("答复类型：A类", "林永红代表：", "领导署名：史思泉", "联系人：谢惠阳",
                 "联系电话：0595-22579329", "（此件主动公开）"):
        assert line in by_text
    # a 抄送 list wrapped over two lines is one block
    assert texts(doc)[-1] == "抄送：市人大常委会代表工委、市人大常委会教科文卫工委；市政府督查室。"


def test_seed_002_web_page_chrome():
    doc = read_document(seed("002"))
    assert not any("首页" in t or "版权所有" in t for t in texts(doc))
    assert texts(doc)[:3] == ["科技创新引领 闯出“厦门路径”", "厦门网 2025-02-17 16:07",
                              "我市出台12条举措，推动科技创新和产业创新深度融合"]
    # short headings and captions are never glued to each other or to a paragraph
    assert "1提升科技与产业协同创新平台功能" in texts(doc)
    assert "强化科学城“超级孵化器”功能" in texts(doc)
    assert block_with(doc, "厦门网讯").text.startswith("厦门网讯（记者 王东城 通讯员 曾广明）")
    assert "3.4%，战略性新兴产业" in doc.text


def test_seed_001_and_004_headings_and_numbers():
    report = read_document(seed("001"))
    assert texts(report)[:2] == ["泉州市科技局2016年科技创新工作总结及2017年工作安排",
                                 "公开方式：主动公开 信息类别：科技规划计划 索引号：QZ00105-0300-2017-00024"]
    assert "（一）科技体制机制改革不断深入" in texts(report)
    district = read_document(seed("004"))
    assert district.blocks[1].text == "一、2024年工作完成情况"
    assert district.blocks[2].text.startswith("（一）聚焦创新企业主体")
    assert "研究与试验发展（R&D）经费5.34亿元" in district.text
    assert "12025.77万元，同比增长512.43%" in district.text


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-8-sig"])
def test_text_encodings(tmp_path, encoding):
    original = read_document(seed("000"))
    text = seed("000").read_text(encoding="utf-8")
    path = tmp_path / "reply.txt"
    path.write_bytes(text.encode(encoding))
    doc = read_document(path)
    assert texts(doc) == texts(original)
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest() != original.sha256


def test_markdown_headings_and_emphasis(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# 总体情况\n\n**重点**工作进展顺利，全年完成 5 项。\n\n## 下一步\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "md"
    assert [(b.text, b.heading) for b in doc.blocks] == [
        ("总体情况", 1), ("重点工作进展顺利，全年完成5项。", None), ("下一步", 2)]


# --- cleaning rules on their own ------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "扫一扫在手机打开当前页", "京公网安备 11010502030143号", "Copyright © 2024 某某市人民政府 版权所有",
    "闽ICP备05002468号-1", "当前位置：首页 > 政务公开 > 建议提案办理", "首页 › 新闻中心 › 正文",
    "网站首页 > 通知公告 > 详情", "【打印】【关闭】", "打印本页 | 关闭窗口", "分享到：微信 微博",
    "字号：大 中 小", "登录 | 注册", "您好，请登录", "上一篇：关于某某的通知", "- 3 -", "第 2 页 共 10 页",
    "您好，欢迎访问某某市科学技术局网站！", "主办单位：某某市科学技术局 地址：某某路18号 邮编：310026",
    "地址：某某市某某路1号 邮政编码：362000 电话：0595-1234567",
])
def test_chrome_lines(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", [
    "联系电话：0595-22579329", "2025年5月20日", "一、基本情况", "中国-金砖国家新时代科创孵化园",
    "注册企业新增 1200 家，同比增长 8%。", "（三）版权所有权保护", "加强版权保护，查处盗版案件12起。",
])
def test_not_chrome(line):
    assert not is_chrome(line)


@pytest.mark.parametrize("raw, clean", [
    ("全年资金1.17亿元,有力提升", "全年资金1.17亿元，有力提升"),
    ("《三年行动方案(2024-2026年)》", "《三年行动方案（2024-2026年）》"),
    ("电话:0595-22579329", "电话：0595-22579329"),
    ("新立项实施 13 个项目", "新立项实施13个项目"),
    ("2025 年获立项 2 项", "2025年获立项2项"),
    ("“领军人才 + 创新团队”", "“领军人才+创新团队”"),
    ("联 系 人:谢惠阳", "联系人：谢惠阳"),
    ("- 发布机构:泉州市科技局", "发布机构：泉州市科技局"),
    ("Hello, world: 1,000 items (approx.)", "Hello, world: 1,000 items (approx.)"),
    ("版本 v1.2 于 16:07 发布", "版本 v1.2 于 16:07 发布"),
    ("是否可行?请回复!", "是否可行？请回复！"),
    ("全年PCT 国际专利申请", "全年PCT国际专利申请"),  # a PDF's space between Latin and Chinese
    ("发布时间：2024-06-18 浏览次数：1365 【字体：大 中 小】", "发布时间：2024-06-18"),
])
def test_normalize_text(raw, clean):
    from drafter.read.clean import strip_inline_chrome

    assert normalize_text(strip_inline_chrome(raw)) == clean


def test_joining_rules():
    long_open = "围绕产业链部署创新链，加快构建高能级创新平台体系，推动"
    assert should_join(long_open, None, "科研院所服务企业。", None)
    assert not should_join(long_open, None, "二是强化成果转化。", None)  # item marker
    assert not should_join(long_open, None, "（三）推进成果转化。", None)  # heading marker
    assert not should_join(long_open, None, "联系人：张三", None)  # label
    assert not should_join(long_open, None, "2025年5月20日", None)  # date
    assert not should_join(long_open, None, "科研院所", None)  # short line without an ending
    assert not should_join(long_open, 2, "科研院所服务企业。", None)  # format heading
    assert not should_join("三、推进科研体制机制改革，推动创新链与产业链资金链人才链融合", None,
                           "坚持科技创新和制度创新双轮驱动，持续优化科创生态。", None)
    assert not should_join("关于推动科技创新和产业创新深度融合塑造产业发展新优势的建议的答复", None,
                           "近年来，我市深入贯彻创新驱动发展战略，取得积极成效。", None)
    assert not should_join("某某市科学技术局", None, "二〇二五年五月二十日", None)
    assert should_join("培育壮大科创企业群体，", None, "推动全市科技创新主体进一步提质增量。", None)
    assert should_join(long_open, None, "科研院所，", None)  # a short wrapped line that goes on
    assert should_join("抄送：市人大常委会办公室、", None, "市政府办公室", None)
    assert not should_join("抄送：市人大常委会办公室、市政府办公室。", None, "某某局办公室印发的文件正文内容很长很长很长", None)
    # a PDF line filling the page's width goes on, though it looks like a heading or is short
    numbered = "1.新建市级以上重点实验室、工程技术研究中心等创新载"
    assert not should_join(numbered, None, "体42家，累计达到1120家。", None)
    assert should_join(numbered, None, "体42家，累计达到1120家。", None, prev_full=True)
    assert should_join("全区科技创新主要指标继续保持全市前列。现将有关", None, "情况报告如下：", None, True)
    assert not should_join(numbered, None, "2.重大平台建设加快推进。", None, prev_full=True)
    assert not should_join("全区科技创新主要指标继续保持全市前列。", None, "现将有关情况报告如下：", None, True)


def test_clean_blocks_keeps_raw_and_numbers_blocks():
    blocks, _ = clean_blocks([Piece("首页 > 新闻 > 正文"), Piece(""), Piece("# 标题", 1, "标题"),
                              Piece("全市培育科技型中小企业 1614 家,国家级高新技术企业"),
                              Piece("3122 家。"), Piece("扫一扫在手机上查看当前页面")])
    assert [(b.index, b.text, b.raw, b.heading) for b in blocks] == [
        (1, "标题", "# 标题", 1),
        (2, "全市培育科技型中小企业1614家，国家级高新技术企业3122家。",
         "全市培育科技型中小企业 1614 家,国家级高新技术企业\n3122 家。", None),
    ]


# --- .docx --------------------------------------------------------------------------------


def make_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("关于第1288号建议的答复", style="Title")
    d.add_paragraph("林永红代表：")
    d.add_heading("一、基本情况", level=1)
    para = d.add_paragraph("累计获评市级以上企业技术中心共 227 家,其中国家级 14 家、省级 138 家、")
    para.add_run().add_break()  # a soft line break in the middle of the sentence
    para.add_run("市级 75 家。")
    table = d.add_table(rows=3, cols=2)
    for (r, c), text in {(0, 0): "指标", (0, 1): "数量", (1, 0): "企业技术中心", (1, 1): "227家"}.items():
        table.cell(r, c).text = text
    table.cell(2, 0).merge(table.cell(2, 1)).text = "合计一项"  # a merged cell is read once
    d.add_heading("二、下一步工作计划", level=2)
    d.add_paragraph("联 系 人:谢惠阳")
    d.save(path)
    return path


def test_docx_paragraphs_tables_headings(tmp_path):
    doc = read_document(make_docx(tmp_path / "reply.docx"))
    assert doc.format == "docx" and doc.title == "关于第1288号建议的答复"
    assert [(b.text, b.heading) for b in doc.blocks] == [
        ("关于第1288号建议的答复", 1),
        ("林永红代表：", None),
        ("一、基本情况", 1),
        ("累计获评市级以上企业技术中心共227家，其中国家级14家、省级138家、市级75家。", None),
        ("指标", None), ("数量", None), ("企业技术中心", None), ("227家", None), ("合计一项", None),
        ("二、下一步工作计划", 2),
        ("联系人：谢惠阳", None),
    ]


def test_open_docx_returns_python_docx_document(tmp_path):
    document = open_docx(make_docx(tmp_path / "draft.docx"))
    assert document.paragraphs[1].text == "林永红代表："


# --- .html --------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于第1288号建议的答复_某某市科学技术局</title>
<style>p {color: red}</style><script>var x = "脚本文字";</script></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/login">登录</a> | <a href="/reg">注册</a></div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/a">机构概况</a></li><li><a href="/b">政务公开</a></li></ul></nav>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/x">建议提案</a> &gt; 正文</div>
<div class="article">
<h1>关于第1288号建议的答复</h1>
<div class="info">发布时间：2025-06-01 浏览次数：123 字号：[ 大 中 小 ]</div>
<div id="zoom">
<p>林永红代表：</p>
<p>&nbsp;&nbsp;您提出的建议收悉。现答复如下:</p>
<h2>一、基本情况</h2>
<p>全市累计获评企业技术中心共 227 家，其中国家级 14 家、
省级 138 家。<br>2025 年接收专利预审申请 11217 件。</p>
<!-- 注释 -->
</div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<p>【打印本页】【关闭窗口】</p>
</div>
<div class="related"><a href="1">相关文章一</a><a href="2">相关文章二</a><a href="3">相关文章三</a></div>
<footer>版权所有：某某市科学技术局 闽ICP备12345678号</footer>
<div class="foot">扫一扫在手机上查看当前页面</div>
</body></html>
"""


def test_html_page_gb2312_with_chrome(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes(PAGE.encode("gb2312"))
    doc = read_document(path)
    assert doc.format == "html" and doc.title == "关于第1288号建议的答复"
    assert [(b.text, b.heading) for b in doc.blocks] == [
        ("关于第1288号建议的答复", 1),
        ("发布时间：2025-06-01", None),
        ("林永红代表：", None),
        ("您提出的建议收悉。现答复如下：", None),
        ("一、基本情况", 2),
        ("全市累计获评企业技术中心共227家，其中国家级14家、省级138家。", None),
        ("2025年接收专利预审申请11217件。", None),
    ]


def test_html_article_header_kept_page_header_dropped(tmp_path):
    path = tmp_path / "news.html"
    path.write_text(
        "<html><head><title>科技创新报道 - 某某网</title></head><body>"
        "<header><a>首页</a><a>新闻</a><a>公告</a></header><main><article>"
        "<header><h1>科技创新报道</h1><p>来源：某某日报 2025-01-02</p></header>"
        "<p>全市高新技术企业达到 3122 家。</p></article></main>"
        "<footer><p>主办：某某网</p><p>版权所有 某某网</p></footer></body></html>", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "科技创新报道"
    assert texts(doc) == ["科技创新报道", "来源：某某日报 2025-01-02", "全市高新技术企业达到3122家。"]


# --- .pdf ---------------------------------------------------------------------------------


def make_pdf(pages: list[list[str] | None]) -> bytes:
    """A minimal valid PDF: each page's ASCII lines in Helvetica, or a drawn box if None."""
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    kids = []
    for i, lines in enumerate(pages):
        page_id, content_id = 4 + 2 * i, 5 + 2 * i
        kids.append(f"{page_id} 0 R")
        if lines is None:  # a scan: graphics, no text
            stream = b"0 0 1 rg 100 100 200 200 re f"
        else:
            stream = "\n".join(["BT /F1 12 Tf 14 TL 72 720 Td"] + [f"({t}) Tj T*" for t in lines]
                               + ["ET"]).encode("latin-1")
        objects[page_id] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                            f"<< /Font << /F1 3 0 R >> >> /Contents {content_id} 0 R >>").encode()
        objects[content_id] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode()
    out, offsets = bytearray(b"%PDF-1.4\n"), {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (num, objects[num])
    xref, size = len(out), max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def test_pdf_text_layer_pages_joined(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf([
        ["Annual report 2025", "In 2025 the city counted 1614 small technology firms and"],
        ["1", "3122 high-tech enterprises; funding reached 1.17 billion yuan.", "- 2 -"],
    ]))
    doc = read_document(path)
    assert doc.format == "pdf"
    assert texts(doc) == ["Annual report 2025", "In 2025 the city counted 1614 small technology firms "
                          "and 3122 high-tech enterprises; funding reached 1.17 billion yuan."]


def test_pdf_with_owner_password_only_is_read(tmp_path):
    from pypdf import PdfWriter

    plain = tmp_path / "plain.pdf"
    plain.write_bytes(make_pdf([["Funding reached 1.17 billion yuan."]]))
    writer = PdfWriter(clone_from=plain)
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    locked = tmp_path / "owner.pdf"
    writer.write(locked)
    assert texts(read_document(locked)) == ["Funding reached 1.17 billion yuan."]


# --- bad and hostile input ----------------------------------------------------------------


def zip_bytes(members: dict[str, bytes]) -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def encrypted_pdf(tmp_path: Path) -> bytes:
    from pypdf import PdfWriter

    plain = tmp_path / "plain.pdf"
    plain.write_bytes(make_pdf([["secret text"]]))
    writer = PdfWriter(clone_from=plain)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    out = tmp_path / "locked.out"
    writer.write(out)
    return out.read_bytes()


def no_body_docx(tmp_path: Path) -> bytes:
    src = make_docx(tmp_path / "src.docx")
    with zipfile.ZipFile(src) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["word/document.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w='
        b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:document>')
    return zip_bytes(members)


def empty_text_docx(tmp_path: Path) -> bytes:
    d = docx.Document()
    d.add_paragraph("   ")
    d.save(tmp_path / "blank.docx")
    return (tmp_path / "blank.docx").read_bytes()


BAD_INPUTS = {
    "empty.txt": (lambda tmp: b"", "文件为空"),
    "binary.txt": (lambda tmp: bytes(range(256)) * 20, "二进制"),
    "controls.md": (lambda tmp: b"\x01\x02\x03\x04data\x05\x06\x07\x08" * 50, "二进制"),
    "notes.xyz": (lambda tmp: "正文".encode(), "不支持的文件类型"),
    "undecodable.txt": (lambda tmp: "泉州市".encode() + b"\xff\xfe\xfa\x80\x81" + "答复".encode(),
                        "无法识别文件编码"),
    "not_zip.docx": (lambda tmp: b"this is plain text, not a zip", "不是 zip 文件"),
    "bomb.docx": (lambda tmp: zip_bytes({"[Content_Types].xml": b"<Types/>",
                                        "word/document.xml": b"\0" * (20 * 1024 * 1024)}), "zip 炸弹"),
    "encrypted.docx": (lambda tmp: docx_reader.OLE_MAGIC + b"\0" * 504
                       + "EncryptedPackage".encode("utf-16-le"), "文件已加密"),
    "legacy.docx": (lambda tmp: docx_reader.OLE_MAGIC + b"\0" * 504, "文件已加密或是旧版 .doc"),
    "no_document.docx": (lambda tmp: zip_bytes({"[Content_Types].xml": b"<Types/>"}),
                         "缺少 word/document.xml"),
    "no_body.docx": (no_body_docx, "没有正文"),
    "blank.docx": (empty_text_docx, "没有可用的正文"),
    "scan.pdf": (lambda tmp: make_pdf([None, None]), "PDF 没有文字层（可能是扫描件），请先 OCR"),
    "locked.pdf": (encrypted_pdf, "PDF 已加密"),
    "broken.pdf": (lambda tmp: b"%PDF-1.4\n1 0 obj garbage", "不是有效的 PDF"),
    "chrome_only.html": (lambda tmp: "<html><body><footer>版权所有</footer><p>扫一扫在手机上查看当前页面</p>"
                         "</body></html>".encode(), "没有可用的正文"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_one_line_error_naming_the_file(tmp_path, name):
    make, expected = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(make(tmp_path))
    with pytest.raises(SourceError) as info:
        read_document(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert expected in message


def test_zip_over_total_size_limit(tmp_path, monkeypatch):
    path = tmp_path / "big.docx"
    path.write_bytes(make_docx(tmp_path / "ok.docx").read_bytes())
    monkeypatch.setattr(docx_reader, "MAX_UNCOMPRESSED", 1024)
    with pytest.raises(SourceError, match="超过上限"):
        open_docx(path)


@pytest.mark.parametrize("name", ["encrypted.docx", "no_body.docx", "bomb.docx"])
def test_open_docx_refuses_hostile_files(tmp_path, name):
    make, expected = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(make(tmp_path))
    with pytest.raises(SourceError, match=expected):
        open_docx(path)


def test_missing_file(tmp_path):
    with pytest.raises(SourceError, match="文件不存在"):
        read_document(tmp_path / "nowhere.txt")


def test_pdf_metadata_title_only_when_the_text_spells_it():
    from drafter.read.pdf import _title_lines

    lines = [Piece("某某区科技局2023年工"), Piece("作总结"), Piece("2023年，全区新增企业30家。")]
    title, pieces = _title_lines("某某区科技局2023年工作总结", lines)
    assert title == "某某区科技局2023年工作总结" and len(pieces) == 2
    assert pieces[0].raw == "某某区科技局2023年工\n作总结"
    assert _title_lines("Microsoft Word - 总结.doc", lines) == (None, lines)


def test_blank_lines_end_paragraphs_unless_every_line_has_one(tmp_path):
    title = "某某县科技局2024年工作总结及2025年工作打算"
    body = "今年以来，我局围绕中心工作，扎实推进各项任务，取得了较好成效，"
    path = tmp_path / "report.txt"
    rest = "现将全年工作情况和明年工作打算汇报如下。"
    path.write_text(f"{title}\n\n{body}\n{rest}\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == [title, body + rest]
    spaced = tmp_path / "spaced.txt"  # text copied from a PDF: a blank line after every line
    spaced.write_text(f"{title}\n\n{body}\n\n{rest}\n", encoding="utf-8")
    assert [b.text for b in read_document(spaced).blocks][1] == body + rest


def test_a_mirrors_traditional_characters_are_all_read_simplified(tmp_path):
    """Each round of held-out bureaus found a mirror's traditional characters no list had (水毀, 籠子, 驛站, 音樂劇, 踐行…): read
    simplified by OpenCC's whole character table, one character for one, so that a page's fields and words are found
    (縣, 號 and 竈, 臘, 癥, 鑿 alike); a simplified page's 著 乾 覆 後 stay as they are, and its rare name character too."""
    page = tmp_path / "mirror.txt"
    page.write_text("衢江區農業農村局關於區八屆人大三次會議第88號建議的答復\n"
                    "2024年推進鄉村竈臺改造，臘月開展癥狀篩查，開鑿灌溉渠2公里，蠶繭產量增長。\n", "utf-8")
    text = "\n".join(b.text for b in read_document(page).blocks)
    assert "推进乡村灶台改造，腊月开展症状筛查，开凿灌溉渠2公里，蚕茧产量增长。" in text, text
    assert "衢江区农业农村局关于区八届人大三次会议第88号建议的答复" in text, text
    plain = tmp_path / "simplified.txt"
    plain.write_text("显著成效，乾坤湾，覆盖全县，此后，刘喆同志。\n", "utf-8")
    assert "\n".join(b.text for b in read_document(plain).blocks) == "显著成效，乾坤湾，覆盖全县，此后，刘喆同志。"


def _word_paragraphs(path: Path) -> list[str]:
    """The non-empty paragraphs of a .docx as Word holds them (a soft line break splits one, as the reader does)."""
    return [line.strip() for p in docx.Document(str(path)).paragraphs for line in p.text.split("\n") if line.strip()]


def test_a_co_reply_draft_is_read_in_its_own_paragraphs(tmp_path):
    """The demo's 会办意见 (examples/1071-会办意见.docx), read back as harvest and distill read a draft: its part-one
    placeholder, its 下一步 paragraph ending on a placeholder, and 以上意见，供参考。 were read as one paragraph (none
    ends on a stop); they are Word's three. Filled by a clerk who left the last paragraph without its stop, its closing
    is still a paragraph of its own."""
    example = REPO / "examples" / "1071-会办意见.docx"
    assert texts(read_document(example)) == _word_paragraphs(example)
    filled = tmp_path / "filled.docx"
    filled.write_bytes(example.read_bytes())

    def filled_in(document):
        paragraph_with(document, "【待补充：已开展的工作").text = "2024年，我局认定高新技术企业301家。"
        paragraph_with(document, "下一步").text = "下一步，我局将积极配合市工业和信息化局做好相关工作"

    edit_docx(filled, filled_in)
    read = texts(read_document(filled))
    assert read == _word_paragraphs(filled) and "以上意见，供参考。" in read, read
