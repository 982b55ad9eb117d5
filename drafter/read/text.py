"""Plain text and markdown: encoding detection, binary detection, markdown headings."""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import SourceError
from ..lazyre import lazy

if TYPE_CHECKING:  # the cleaning rules load only when a text is cut into pieces
    from .clean import Piece

_MD_HEADING = lazy(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_MD_EMPHASIS = lazy(r"(\*\*|__)(.+?)\1")
_MD_QUOTE = lazy(r"^\s{0,3}(?:>\s?)+")
_MD_LINK = lazy(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
# YAML front matter of a wiki or static-site export: ---, key: value lines, ---.
_FRONT_MATTER = lazy(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
# Characters that do not occur in text: C0 controls except tab, newline, form feed, carriage return.
_CONTROL = lazy(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# More than this share of control characters means the file is not text.
MAX_CONTROL_SHARE = 0.01
# Bytes of another legacy encoding (Big5, Shift-JIS) often "decode" as GB18030 into the private
# use area; a decoding with more than this share of such characters is the wrong one.
_PRIVATE_USE = lazy("[\ue000-\uf8ff]+")  # runs, counted by their length (a pattern that is one class
# has the class compiled twice, as its first character too)
MAX_PRIVATE_USE_SHARE = 0.001
# charset-normalizer's guess is trusted only below this share of "chaos" (mess) in the result.
MAX_CHAOS = 0.1
# Above this share of lines followed by a blank line, blank lines of a .txt are not paragraph marks.
MAX_BLANK_SHARE = 0.5
# The byte each character of latin-1 and of cp1252 stands for: UTF-8 read as either turns each byte of 经济 into one
# of these (ç»æµŽ).
_BYTE_OF = {chr(b): b for b in range(0x80, 0x100)} | {bytes([b]).decode("cp1252", "ignore"): b for b in range(0x80, 0xa0)}
_BYTE_OF.pop("", None)
_UTF8_SEQUENCE = lazy(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_LATIN_RUN = lazy("[" + re.escape("".join(_BYTE_OF)) + "]+")
_NEXT_TO = 2  # characters between two runs of one damaged stretch (…ç»æµŽå‘展: a Chinese character between)


def decode_bytes(data: bytes, path: Path, preferred: str | None = None) -> str:
    """Decode a text file's bytes, or raise SourceError (binary, undecodable, mojibake that lost bytes).

    Order: a BOM (UTF-8/UTF-16); then strictly UTF-8 (which random legacy bytes almost never
    pass), ``preferred`` (e.g. an HTML meta charset) and GB18030 (a superset of GBK/GB2312); only
    then charset-normalizer's best guess. UTF-8 once read as cp1252 in it is read again (:func:`repair_mojibake`).
    """
    return repair_mojibake(_decode(data, path, preferred), path)


def _decode(data: bytes, path: Path, preferred: str | None) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path)
    if data.startswith(codecs.BOM_UTF8):
        return _check_text(_strict(data, "utf-8-sig", path), path)
    if b"\x00" in data[:65536]:
        raise SourceError("是二进制文件，不是文本（含 NUL 字节）", path)
    for encoding in dict.fromkeys(filter(None, ("utf-8", preferred, "gb18030"))):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if sum(map(len, _PRIVATE_USE.findall(text[:65536]))) <= MAX_PRIVATE_USE_SHARE * min(len(text), 65536):
            return _check_text(text, path)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > MAX_CHAOS:
        raise SourceError("无法识别文件编码：不是 UTF-8，也不是 GB18030/GBK，含无法解码的字节", path)
    return _check_text(str(best), path)


def _strict(data: bytes, encoding: str, path: Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(f"含无法按 {encoding} 解码的字节（位置 {exc.start}）", path) from None


def _check_text(text: str, path: Path) -> str:
    """Reject decoded text that is mostly control characters (a binary file in disguise)."""
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise SourceError("是二进制文件，不是文本（控制字符过多）", path)
    return text


def repair_mojibake(text: str, path: Path) -> str:
    """``text`` with UTF-8 that was read as cp1252/latin-1 decoded again (ç»æµŽ → 经济), sequence by sequence in each
    run of such characters (a “ or … next to one stays); SourceError when a sequence lost bytes on the way (名 as a lone
    å: its 0x90 0x8d dropped) and cannot be restored. Unchanged when no sequence decodes to a character beyond
    Latin-1: “”, …, —, · and café stay as written.
    """
    found, runs, parts, last = [], [], [], 0
    for run in _LATIN_RUN.finditer(text):
        raw = bytes(_BYTE_OF[c] for c in run.group())
        done, damaged, repaired = 0, False, False
        for m in _UTF8_SEQUENCE.finditer(raw):
            try:
                char = m.group().decode("utf-8")
            except UnicodeDecodeError:
                continue
            damaged |= any(0xc2 <= b <= 0xf4 for b in raw[done:m.start()])
            if ord(char) >= 0x800:
                found.append(run.group())
                repaired = True
            parts += [text[last:run.start() + m.start()], char]
            last, done = run.start() + m.end(), m.end()
        damaged |= any(0xc2 <= b <= 0xf4 for b in raw[done:])  # a lead byte that lost its followers
        runs.append((run.start(), run.end(), repaired, damaged))
    # (damage counts inside or next to a run holding a repaired sequence: a × or é of its own, 规格3×4米, is no lost byte)
    damaged = any(hurt and any(fixed and (a <= end + _NEXT_TO and start <= b + _NEXT_TO) for a, b, fixed, _ in runs)
                  for start, end, _, hurt in runs)
    if not found:
        return text
    if damaged:
        raise SourceError(f"是乱码（UTF-8 被当作 Latin-1/cp1252 读出，如“{found[0][:12]}”），部分字节已丢失，无法还原：请取原文件重新保存", path)
    return "".join(parts) + text[last:]


def text_pieces(text: str, markdown: bool) -> list[Piece]:
    """Cut text into one piece per line; ``# heading`` lines get their level.

    Markdown headings are recognised in .txt too (text extracted from PDFs and web pages often
    carries them); ``**bold**``, ``> `` quote marks and link targets (``[text](url)`` → text)
    are removed only in .md files. A line followed by a blank line ends its paragraph: always in
    markdown, in plain text unless more than half the lines are (text copied from a PDF or a web
    page puts a blank line after every line, hard wraps included).
    """
    from .clean import Piece

    lines = text.splitlines()
    filled = [k for k, line in enumerate(lines) if line.strip()]
    before_blank = sum(1 for k in filled if k + 1 < len(lines) and not lines[k + 1].strip())
    marks_paragraphs = markdown or before_blank <= MAX_BLANK_SHARE * len(filled)
    pieces = []
    for line in lines:
        if not line.strip():
            if pieces and marks_paragraphs:
                pieces[-1].ends = True
            continue
        m = _MD_HEADING.match(line)
        if m:
            pieces.append(Piece(raw=line, heading=len(m.group(1)), text=m.group(2)))
        elif markdown:
            plain = _MD_LINK.sub(r"\1", _MD_EMPHASIS.sub(r"\2", _MD_QUOTE.sub("", line)))
            pieces.append(Piece(raw=line, text=plain if plain != line else None))
        else:
            pieces.append(Piece(raw=line))
    return pieces


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The ``key: value`` pairs of a YAML front matter block (``---`` … ``---``) and the rest."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    pairs = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t")):
            pairs[key.strip().lower()] = value.strip().strip("\"'")
    return pairs, text[m.end():]


def read_text(path: Path, data: bytes, markdown: bool) -> tuple[list[Piece], str | None]:
    """The pieces of a .txt or .md file, and the title of a markdown file's front matter."""
    text = decode_bytes(data, path)
    title = None
    if markdown:
        meta, text = front_matter(text)
        title = meta.get("title") or None
    return text_pieces(text, markdown), title
