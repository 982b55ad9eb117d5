"""HTML pages saved from (government) websites: drop the site chrome, keep the article."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import SourceError
from ..lazyre import lazy
from ..textutil import CJK
from .clean import Piece
from .text import decode_bytes

_META_CHARSET = lazy(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
# Old Chinese charsets are all decoded as their superset GB18030.
_GB_ALIASES = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "euc-cn", "cp936", "hz-gb-2312"}

# Elements that never hold the article.
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "button",
              "select", "input", "textarea", "svg", "canvas", "object", "embed", "map", "head")
# The page's header and footer are chrome; an article's own <header> holds its title.
_PAGE_PARTS = ("header", "footer")
# id/class words of site chrome (whole words of the attribute, e.g. class="top-nav" → "nav").
_CHROME_ATTR = lazy(
    r"(?:^|[\s_\-])(?:nav|navbar|menu|header|footer|foot|sidebar|side|breadcrumbs?|crumbs?|bread|"
    r"share|bdshare|login|copyright|toolbar|topbar|top|bottom|search|position|location|weizhi|"
    r"dqwz|fenxiang|print|related|xgxx|xgwz|links?|friendlinks?|qrcode|ewm)(?:$|[\s_\-\d])",
    re.I,
)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "table",
               "tr", "td", "th", "caption", "thead", "tbody", "tfoot", "blockquote", "pre", "figure",
               "figcaption", "address", "center", "hr", "body", "html"}
_HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}
# An element with a chrome id/class is kept when it holds this much non-link text (a wrapper).
CHROME_MAX_PLAIN_TEXT = 300
# A container whose text is mostly link text, with this many links or more, is a link list.
LINK_LIST_MIN_LINKS = 3
LINK_LIST_SHARE = 0.7
ROW_CELL_MAX = 40  # a table row whose cells are all this short is read as one line
# A source's line break inside a run of Chinese, or between two digits of one number (…收入17↵772元: 17772元): no space.
_WRAPPED_NEWLINE = lazy(rf"(?<=[{CJK}])\s*\n\s*(?=[{CJK}])|(?<=\d)\n(?=\d)")
_TITLE_SITE_SUFFIX = lazy(r"\s*(?:[_|｜]|\s[-–—]+\s)\s*")


def read_html(path: Path, data: bytes) -> tuple[list[Piece], str | None]:
    """The text blocks of an HTML page's article and the page title."""
    from bs4 import BeautifulSoup

    match = _META_CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii").lower() if match else None
    if declared in _GB_ALIASES:
        declared = "gb18030"
    text = decode_bytes(data, path, preferred=declared)
    try:
        soup = BeautifulSoup(text, "lxml")
    except Exception:  # lxml refusing the document (its English left out)
        raise SourceError("无法解析 HTML：文件内容不像网页，或已损坏", path) from None
    if _depth(soup) > MAX_DEPTH:  # reading walks the tree: a page nested thousands deep took minutes, then failed
        raise SourceError(f"网页的标签嵌套超过 {MAX_DEPTH} 层，不像正常网页，无法读取", path)
    title = _page_title(soup)
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_PAGE_PARTS):
        if not tag.decomposed and tag.find_parent(["article", "main"]) is None:
            tag.decompose()
    for tag in soup.find_all(_is_chrome_element):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    for tag in root.find_all(["ul", "ol", "dl", "div", "table", "p"]):
        if not tag.decomposed and _is_link_list(tag):
            tag.decompose()
    return _Collector().collect(root), title


# Tags nested deeper than this: no page a person saved (they nest a few dozen deep).
MAX_DEPTH = 500


def _depth(soup) -> int:
    """How deep the page's tags nest (walked with a stack of its own: no recursion)."""
    deepest, stack = 0, [(soup, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth <= MAX_DEPTH:
            stack.extend((child, depth + 1) for child in getattr(node, "contents", ()) if hasattr(child, "contents"))
    return deepest


def _page_title(soup) -> str | None:
    if soup.title is None or not soup.title.get_text(strip=True):
        return None
    title = " ".join(soup.title.get_text().split())
    first = _TITLE_SITE_SUFFIX.split(title)[0]  # "文章标题_某某局网站" → "文章标题"
    return first if len(first) >= 4 else title


def _is_chrome_element(tag) -> bool:
    """An element named like chrome (id/class) that does not hold a body of plain text."""
    if tag.name in ("body", "html", "article", "main"):
        return False
    words = " ".join(filter(None, [tag.get("id") or "", " ".join(tag.get("class") or [])]))
    if not words or not _CHROME_ATTR.search(words):
        return False
    text = len(tag.get_text(strip=True))
    plain = text - sum(len(a.get_text(strip=True)) for a in tag.find_all("a"))
    return plain < CHROME_MAX_PLAIN_TEXT


def _is_link_list(tag) -> bool:
    links = tag.find_all("a")
    if len(links) < LINK_LIST_MIN_LINKS:
        return False
    text = len(tag.get_text(strip=True))
    return text > 0 and sum(len(a.get_text(strip=True)) for a in links) >= LINK_LIST_SHARE * text


def _cells(row) -> list:
    return row.find_all(["td", "th"], recursive=False)


def _is_short_row(row) -> bool:
    """A table row of short cells (``索引号：`` | ``002489578/2024-00412`` | ``发布机构：`` | …).

    Such a row is one line of text: a label stays with its value, a figure with its name.
    """
    cells = _cells(row)
    texts = [" ".join(cell.get_text(" ").split()) for cell in cells]
    return (sum(1 for t in texts if t) >= 2 and all(len(t) <= ROW_CELL_MAX for t in texts)
            and not any(cell.find(["table", "p", "div", "br", "li"]) for cell in cells))


class _Collector:
    """Walk the tree, cutting text at block elements and <br>; <hN> become heading pieces;
    a row of short table cells becomes one piece."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self.buffer: list[str] = []

    def collect(self, root) -> list[Piece]:
        self._walk(root)
        self._flush()
        return self.pieces

    def _flush(self, heading: int | None = None) -> None:
        text = _WRAPPED_NEWLINE.sub("", "".join(self.buffer))
        self.buffer = []
        if text.strip():
            self.pieces.append(Piece(raw=" ".join(text.split()), heading=heading))

    def _walk(self, node) -> None:
        from bs4 import NavigableString
        from bs4.element import PreformattedString

        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, PreformattedString):  # comments, CDATA, doctype
                    self.buffer.append(str(child))
            elif child.name == "br":
                self._flush()
            elif child.name == "tr" and _is_short_row(child):
                self._flush()
                self.buffer.append(" ".join(cell.get_text(" ") for cell in _cells(child)))
                self._flush()
            elif child.name in _HEADING_TAGS:
                self._flush()
                self._walk(child)
                self._flush(_HEADING_TAGS[child.name])
            elif child.name in _BLOCK_TAGS:
                self._flush()
                self._walk(child)
                self._flush()
            else:
                self._walk(child)
