"""Word .docx: a safe opener (zip bomb, encryption, structure) and the paragraph reader."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ..errors import SourceError
from ..lazyre import lazy
from .archive import refuse_large_unpacked

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: encrypted Office file or old .doc
# The stream an encrypted OOXML file keeps its package in (UTF-16LE name in the OLE directory).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
# Limits against zip bombs, checked on the zip directory before anything is decompressed
# (:mod:`.archive`).
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members over RATIO_MIN_SIZE
RATIO_MIN_SIZE = 1024 * 1024
MAX_MEMBERS = 10_000
TITLE_LEVEL = 1  # the heading level of a paragraph in Word's "Title" style
_HEADING_STYLE = lazy(r"^(?:heading|标题)\s*(\d)$", re.I)


def open_docx(path: str | Path, data: bytes | None = None):
    """Check that ``path`` is a sane, unencrypted .docx with a body, then open it with python-docx.

    ``data`` are the file's bytes when the caller has read them already. Raises SourceError for
    a missing, empty or oversized file, one that is not a zip, an encrypted or legacy (OLE) file,
    a zip bomb, a zip without a Word document, or a document without a body.
    """
    path = Path(path)
    if data is None:
        from . import read_source_bytes

        data = read_source_bytes(path)
    if data.startswith(OLE_MAGIC):
        if _ENCRYPTED_STREAM in data:
            raise SourceError("文件已加密（受密码保护），请在 Word 中取消密码后再试", path)
        raise SourceError("不是 .docx：文件已加密或是旧版 .doc 格式，请用 Word 另存为 .docx", path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            _check_zip(zf, path)
    except zipfile.BadZipFile:
        raise SourceError("不是有效的 .docx（不是 zip 文件或已损坏）", path) from None
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile):
        # python-docx's English (no relationship of type '…officeDocument' in collection) tells a
        # clerk nothing: the package lacks a part Word needs
        raise SourceError("不是有效的 .docx：缺少 Word 文档的组成部分，或已损坏", path) from None
    except Exception:  # malformed XML inside the package (lxml errors and the like)
        raise SourceError(".docx 内容已损坏：其中的 XML 无法解析（可在 Word/WPS 中打开后另存一份再试）", path) from None
    body = document.element.body
    if body is None or not len(body):
        raise SourceError(".docx 没有正文（word/document.xml 缺少 w:body 内容）", path)
    return document


def open_document(path: str | Path, what: str = "文件", hint: str = "", data: bytes | None = None):
    """Open a .docx safely (zip bombs, encryption, no body: see :func:`open_docx`).

    Anything unreadable is a one-line SourceError naming the file, saying ``what`` it was meant to
    be, with ``hint`` (how to fix it) appended.
    """
    path = Path(path)
    if data is None and not path.is_file():
        raise SourceError(f"是文件夹，不是{what}{hint}" if path.is_dir() else f"找不到{what}{hint}", path)
    try:
        return open_docx(path, data)
    except SourceError as exc:
        raise SourceError(f"{what}：{exc.message}{hint}", exc.path) from None


def _check_zip(zf: zipfile.ZipFile, path: Path) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise SourceError(f"不是正常的 .docx：压缩包含 {len(infos)} 个文件", path)
    refuse_large_unpacked(zf, path, MAX_UNCOMPRESSED)
    for info in infos:
        if info.file_size > RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise SourceError(f"拒绝读取：{info.filename} 压缩比异常（疑似 zip 炸弹）", path)
    names = set(zf.namelist())
    if "[Content_Types].xml" not in names:
        raise SourceError("不是有效的 .docx：缺少 [Content_Types].xml", path)
    if "word/document.xml" not in names:
        raise SourceError("不是有效的 .docx：缺少 word/document.xml", path)


def read_docx(path: Path, data: bytes) -> tuple[list, str | None]:
    """The paragraphs of a .docx in reading order (table cells included) and its title.

    The title is the core property, else the first paragraph in Word's ``Title`` style. A paragraph
    framed at the foot of its page (a 版记 written before the closing: :func:`~drafter.docx.ooxml.at_foot`) reads last.
    """
    from docx.table import Table

    from ..docx.ooxml import reading_order
    from .clean import Piece  # lazily: open_docx (used on every draft) needs no cleaning rules

    document = open_docx(path, data)
    pieces: list[Piece] = []
    titles: list[str] = []

    def visit(container) -> None:
        items = container.iter_inner_content()
        for item in reading_order(items) if container is document else items:
            if isinstance(item, Table):
                seen = set()  # holds the elements, so each keeps one identity while we walk
                for row in item.rows:
                    for cell in row.cells:
                        if cell._tc not in seen:  # a merged cell repeats across the grid
                            seen.add(cell._tc)
                            visit(cell)
                continue
            style = _style_name(item)
            if style == "Title" and item.text.strip():
                titles.append(item.text.strip())
            level = TITLE_LEVEL if style == "Title" else _heading_level(style)
            # a soft line break (<w:br/>) separates lines the cleaner may rejoin
            pieces.extend(Piece(raw=line, heading=level) for line in item.text.split("\n"))

    visit(document)
    title = (document.core_properties.title or "").strip() or (titles[0] if titles else None)
    return pieces, title


def _style_name(paragraph) -> str:
    try:
        return paragraph.style.name if paragraph.style is not None else ""
    except (KeyError, ValueError):
        return ""


def _heading_level(style: str) -> int | None:
    m = _HEADING_STYLE.match(style or "")
    return int(m.group(1)) if m else None
