"""The fixed wording of a reply: plain-text Jinja2 templates under ``templates/wording/``.

A clerk edits the formulas (opening, closing, lead-ins, signature lines) without touching code;
a template the workspace lacks is drafter's own (``Workspace.wording_dirs``).
Templates carry no figures of their own: every number in a draft comes from a fact or from the
item being answered (its number, dates, phone). In drafts an undefined variable renders as a
visible placeholder ``【待补充：…】``; tests render with ``strict=True`` so a typo is an error.
"""

from __future__ import annotations

import functools
import re
from contextvars import ContextVar
from pathlib import Path

from ..errors import DrafterError
from ..lazyre import remembered
from ..reply import PLACEHOLDER, PLACEHOLDER_RE, TEXT, Span, placeholder_text
from ..workspace import Workspace
from .suggestion import item_word, member_word

# How a placeholder names a missing variable to the clerk (the item's number, title and proposer as its kind says them:
# :func:`label`).
LABELS = {
    "session": "会议届次",
    "lead": "主办单位",
    "signatory": "领导署名",
    "contact": "联系人",
    "phone": "联系电话",
    "disclosure": "公开属性",
    "cc_groups": "抄送单位",
    "date": "成文日期",
    "doc_number": "发文字号",
    "class_code": "答复类型",
}

# The item's own variables, named by the item's word (建议编号, 提案标题) or its proposer's title (代表姓名, 委员姓名).
_ITEM_LABELS = {"number": "编号", "title": "标题"}
_PROPOSER = "deputy"
# Whether the template being rendered words a proposal (its context's ``proposal``): what its placeholders name.
_PROPOSAL: ContextVar[bool] = ContextVar("proposal", default=False)


def label(name: str, proposal: bool = False) -> str:
    """How a placeholder names the variable ``name`` in a reply to a proposal (``proposal``) or a suggestion: 委员姓名 or
    代表姓名, 提案编号 or 建议编号 (hd70b: a proposal's draft asked for 代表姓名)."""
    if name == _PROPOSER:
        return f"{member_word(proposal)}姓名"
    if name in _ITEM_LABELS:
        return item_word(proposal) + _ITEM_LABELS[name]
    return LABELS.get(name, name)


_WORDINGS: dict[tuple, Wording] = {}


@functools.cache
def _jinja_kit():
    """jinja2 (imported when a draft is first worded, not with every command) and drafter's two
    classes on it, made once: ``(jinja2, PlaceholderUndefined, Fallback)``."""
    with remembered():  # (the patterns jinja2 compiles on import)
        import jinja2

    class PlaceholderUndefined(jinja2.Undefined):
        """An undefined variable in a draft: a visible gap, never an empty string."""

        def __str__(self) -> str:
            return placeholder_text(label(self._undefined_name, _PROPOSAL.get()))

        def __iter__(self):
            return iter(())

    class Fallback(jinja2.FileSystemLoader):
        """drafter's own templates, for a name the workspace has no file of: stale once it has one
        (a clerk copies a template in to edit it while ``drafter serve`` runs)."""

        def __init__(self, folder: Path, own: Path):
            super().__init__(str(folder))
            self.own = own

        def get_source(self, environment, template):
            source, filename, uptodate = super().get_source(environment, template)
            own = self.own / template
            return source, filename, lambda: uptodate() and not own.exists()

    return jinja2, PlaceholderUndefined, Fallback


class Wording:
    """Renders the wording templates of a workspace into text or spans."""

    def __init__(self, ws: Workspace, strict: bool = False):
        jinja2, placeholder_undefined, fallback = _jinja_kit()
        # the workspace's own file first; one it lacks (made before a newer drafter added it) is drafter's
        own, bundled = ws.wording_dirs
        self.folder = own
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(own)), fallback(bundled, own)]),
            bytecode_cache=_bytecode_cache(jinja2, ws),
            autoescape=False,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined if strict else placeholder_undefined,
        )
        self._jinja = jinja2

    @classmethod
    def of(cls, ws: Workspace, strict: bool = False) -> Wording:
        """The workspace's Wording, made once per templates folder: jinja2 then compiles each
        template once (and reloads it when the file changes), which a batch relies on."""
        key = (ws.templates_dir.resolve(), ws.cache_dir.resolve(), strict)
        wording = _WORDINGS.get(key)
        if wording is None:
            wording = _WORDINGS[key] = cls(ws, strict)
        return wording

    def render(self, name: str, **context) -> str:
        """Render ``templates/wording/<name>.j2``; ``None`` values count as undefined."""
        context = {k: v for k, v in context.items() if v is not None}
        try:
            template = self.env.get_template(f"{name}.j2")
        except self._jinja.TemplateNotFound:
            raise DrafterError("找不到措辞模板", Path(self.folder) / f"{name}.j2") from None
        except self._jinja.TemplateSyntaxError as exc:  # jinja's English (Expected an expression…) left out
            raise DrafterError("措辞模板语法错误：{% %}、{{ }} 没有配对或其中的写法不对（可对照 drafter 自带的同名模板）",
                               exc.filename, exc.lineno) from None
        except UnicodeDecodeError:
            raise DrafterError("措辞模板不是 UTF-8 编码的文本", Path(self.folder) / f"{name}.j2") from None
        kind = _PROPOSAL.set(bool(context.get("proposal")))
        try:
            return template.render(**context).strip()
        except DrafterError:
            raise
        except Exception as exc:  # a clerk's edit that fails as it renders ({{ a.b }}, {{ 1/0 }})
            what = _undefined(str(exc)) if isinstance(exc, self._jinja.UndefinedError) else "其中的表达式无法计算"
            raise DrafterError(f"措辞模板出错：{what}", template.filename,
                               _template_line(exc, template.filename)) from None
        finally:
            _PROPOSAL.reset(kind)

    def lines(self, name: str, **context) -> list[str]:
        """The non-empty lines of a rendered template (one paragraph each)."""
        return [line.strip() for line in self.render(name, **context).splitlines() if line.strip()]

    def spans(self, name: str, **context) -> list[Span]:
        """A rendered one-paragraph template as spans, its placeholders marked as such."""
        return to_spans(self.render(name, **context))


def _undefined(message: str) -> str:
    """What jinja's UndefinedError (``'落款' is undefined``, ``… has no attribute '单位'``) names."""
    m = re.search(r"'([^']+)' is undefined", message)
    if m:
        return f"用到了不存在的变量“{m.group(1)}”"
    m = re.search(r"has no attribute '([^']+)'", message)
    return f"用到了不存在的属性“{m.group(1)}”" if m else "用到了不存在的变量或属性"


def _template_line(exc: BaseException, filename: str | None) -> int | None:
    """The line of template ``filename`` where ``exc`` was raised (jinja2 puts the template's own
    lines into the traceback), None when it is not there."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if filename and tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _bytecode_cache(jinja2, ws: Workspace):
    """Compiled templates kept beside the fact index (derived data); none if it cannot be made."""
    folder = ws.cache_dir / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def to_spans(text: str) -> list[Span]:
    """Split ``text`` into TEXT and PLACEHOLDER spans."""
    spans: list[Span] = []
    pos = 0
    for match in PLACEHOLDER_RE.finditer(text):
        if match.start() > pos:
            spans.append(Span(text[pos : match.start()]))
        spans.append(Span(match.group(), PLACEHOLDER))
        pos = match.end()
    if pos < len(text):
        spans.append(Span(text[pos:], TEXT))
    return spans
