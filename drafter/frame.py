"""What in a reply is drafter's own writing, never a fact: its placeholder marks and its set formulas.

A draft holds two kinds of text no source stated:

- **placeholder marks** (``【待补充：…】``, ``【待更新：…】``, ``【待核实：…】``, ``【待市财政局提供：…】``:
  :data:`drafter.reply.PLACEHOLDER_RE`, their one declaration): a reply still holding them is not
  finished (:func:`count_marks`), and a sentence holding one states nothing anyone vouched for.
  :func:`without_marks` drops those sentences from a read document before it is distilled; a
  paragraph whose first sentence holds one (a heading flagged as a whole), one holding an earlier
  plan's mark (an item flagged as a whole: ``（二）持续…。【待更新：取自2025年计划】``), or one left
  with its lead phrase alone (``二是大力引建一批高能级平台。``), is dropped whole;
- **set formulas**: the sentences of the wording templates (``templates/wording/*.j2``: the
  opening ``…已收悉…``, the lead-in ``根据您的建议，下一步我局将…``, the closing ``再次感谢…`` /
  ``有关事项正在解决…``). Each template is turned into one pattern per sentence (its literal text
  kept, every variable a wildcard within the sentence, each ``if`` branch a pattern of its own):
  :func:`without_formulas` drops a sentence of a fact's text that is one of them. A template
  sentence with fewer than :data:`MIN_LITERAL` characters of its own (``领导署名：{{ signatory }}``)
  is no pattern: it would match anything.

Both apply to every source distilled (``distill``, ``harvest``, ``refresh``), so a harvested copy
distilled again later gives the same facts.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from pathlib import Path

from .model import Document
from .reply import PLAN_MARK_RE, PLACEHOLDER_RE
from .textutil import NOT_WORD, nfkc
from .workspace import Workspace

# A sentence of a text: up to and including its end mark (the last one may have none).
_SENTENCE = re.compile(r"[^。！？；!?;]*[。！？；!?;]?")
_END = "。！？；!?;"  # after NFKC: 。 ! ? ;
_WILD = "[^。!?;]*?"  # a template's variable: anything within its sentence
MIN_LITERAL = 6  # characters of a template sentence's own (not punctuation) to be a pattern
MAX_VARIANTS = 256  # branch combinations of one template (the bundled ones have at most 6)


def sentences(text: str) -> list[str]:
    """``text`` cut after each sentence end (。！？；), nothing dropped: ``"".join`` gives it back."""
    return [s for s in _SENTENCE.findall(text) if s]


def count_marks(text: str) -> int:
    """How many placeholder marks ``text`` holds."""
    return len(PLACEHOLDER_RE.findall(text))


def without_marks(doc: Document) -> Document:
    """``doc`` without the sentences holding a placeholder mark (see the module docstring); the
    same object when it holds none."""
    if not PLACEHOLDER_RE.search(doc.text):
        return doc
    from .compose.sentences import is_lead  # composing's rule, needed only for a marked draft

    blocks = []
    for block in doc.blocks:
        if PLACEHOLDER_RE.search(block.text):
            parts = sentences(block.text)
            if not parts or PLACEHOLDER_RE.search(parts[0]) or PLAN_MARK_RE.search(block.text):
                continue
            kept = [p for p in parts if not PLACEHOLDER_RE.search(p)]
            if len(kept) == 1 and is_lead(kept[0]):
                continue  # an item left with its lead phrase alone says nothing
            text = "".join(kept).strip()
            if not text:
                continue
            block = replace(block, text=text)
        blocks.append(block)
    return replace(doc, blocks=blocks)


def without_formulas(text: str, patterns: tuple[re.Pattern, ...]) -> str:
    """``text`` without the sentences that are one of ``patterns`` (:func:`formula_patterns`)."""
    if not patterns:
        return text
    kept = [s for s in sentences(text) if not any(p.fullmatch(_folded(s)) for p in patterns)]
    return "".join(kept).strip()


def _folded(text: str) -> str:
    return re.sub(r"\s+", "", nfkc(text))


def formula_patterns(ws: Workspace) -> tuple[re.Pattern, ...]:
    """The sentence patterns of the workspace's wording templates (its own, else drafter's),
    made again only when a template file changes."""
    files: dict[str, Path] = {}
    for folder in reversed(ws.wording_dirs):  # the workspace's own file wins
        if folder.is_dir():
            files.update({p.name: p for p in folder.glob("*.j2")})
    key = tuple(sorted((str(p), p.stat().st_mtime_ns) for p in files.values()))
    found = _PATTERNS.get(key)
    if found is None:
        found = _PATTERNS[key] = tuple(rx for name in sorted(files) for rx in _template_patterns(_read(files[name])))
    return found


def _read(path: Path) -> str:
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return ""  # drafting reports the template's error; no formula is read from it


_PATTERNS: dict[tuple, tuple[re.Pattern, ...]] = {}


@functools.lru_cache(maxsize=64)
def _template_patterns(source: str) -> tuple[re.Pattern, ...]:
    from .compose.wording import _jinja_kit

    jinja2 = _jinja_kit()[0]
    try:
        tree = jinja2.Environment().parse(source)
    except jinja2.TemplateSyntaxError:
        return ()  # drafting reports the template's error; no formula is read from it
    patterns = {}
    for variant in _variants(tree.body)[:MAX_VARIANTS]:
        for sentence in _split(variant):
            literal = sum(len(NOT_WORD.sub("", t)) for t in sentence if isinstance(t, str))
            if literal >= MIN_LITERAL:
                rx = "".join(re.escape(t) if isinstance(t, str) else _WILD for t in sentence)
                rx = re.sub(rf"(?:{re.escape(_WILD)})+", lambda m: _WILD, rx)
                patterns.setdefault(rx, re.compile(rx))
    return tuple(patterns.values())


_ANY = None  # a variable's text in a token list


def _variants(nodes) -> list[list]:
    """Every way through ``nodes`` (each ``if`` branch, or none of them): token lists of literal
    text (str) and variables (None)."""
    from jinja2 import nodes as n

    ways: list[list] = [[]]
    for node in nodes:
        if isinstance(node, n.Output):
            options = _variants(node.nodes)
        elif isinstance(node, n.TemplateData):
            options = [[_folded(node.data)]]
        elif isinstance(node, n.Const) and isinstance(node.value, str):
            options = [[_folded(node.value)]]
        elif isinstance(node, n.CondExpr):
            options = _variants([node.expr1]) + (_variants([node.expr2]) if node.expr2 is not None else [[]])
        elif isinstance(node, n.If):
            options = _variants(node.body)
            for branch in node.elif_:
                options += _variants(branch.body)
            options += _variants(node.else_) if node.else_ else [[]]
        elif isinstance(node, (n.Assign, n.AssignBlock)):
            options = [[]]
        else:  # a variable, a filter, a loop: text the draft fills in
            options = [[_ANY]]
        ways = [way + option for way in ways for option in options][:MAX_VARIANTS]
    return ways


def _split(tokens: list) -> list[list]:
    """A token list cut into sentences at the sentence ends of its literal text."""
    out: list[list] = [[]]
    for token in tokens:
        if token is _ANY:
            out[-1].append(token)
            continue
        for piece in re.findall(rf"[^{_END}]*[{_END}]?", token):
            if piece:
                out[-1].append(piece)
                if piece[-1] in _END:
                    out.append([])
    return [s for s in out if s]
