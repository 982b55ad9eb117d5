"""Find and load the workspace: ``drafter.yaml`` and the folders beside it.

A workspace is a folder holding ``drafter.yaml`` (the issuing organisation, its jurisdiction,
signatory, contacts, 抄送, class scheme, freshness window) with ``facts/``, ``seeds/``,
``templates/`` and ``drafts/`` beside it. Commands look for it from the current folder upward.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import WORKSPACE, WorkspaceError
from .yamlio import line_of, load_yaml

CONFIG_NAME = "drafter.yaml"
HEADING_FORMS = ("separate", "inline")
DEFAULT_CLASSES = {
    "A": "所提问题已经解决或基本解决",
    "B": "正在解决或已列入计划逐步解决",
    "C": "因目前条件限制或其他原因需以后解决、或留作参考",
}


# A draft's default body length: about six pages in the GB/T 9704 grid (22 lines of 28
# characters, the letterhead on page one, the tail kept together on the last); 3,500 characters
# lay out on 7–8 pages (the real reply to 1288, 3,552 characters, takes 8 in this layout).
DEFAULT_LENGTH = 2700


@dataclass
class Workspace:
    """A loaded workspace. Paths are absolute."""

    root: Path
    name: str  # issuing organisation, e.g. 泉州市科学技术局
    jurisdiction: str  # e.g. 泉州市
    short_name: str | None = None
    self_name: str = "我局"
    areas: list[str] = field(default_factory=list)
    signatory: str | None = None
    contact: str | None = None
    phone: str | None = None
    disclosure: str | None = None
    cc: dict[str, list[list[str]]] = field(default_factory=dict)  # "suggestion"/"proposal" → groups
    classes: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_CLASSES))
    freshness_years: int = 2
    heading_form: str = "separate"  # 小标题：separate（单独成行，楷体）或 inline（段首，楷体）
    target_length: int = DEFAULT_LENGTH  # body characters (opening to closing) a draft aims at
    max_length: int = 4500  # and never exceeds
    other_units: dict[str, list[str]] = field(default_factory=dict)  # unit → what it counts (attributed)
    other_fields: dict[str, list[str]] = field(default_factory=dict)  # unit → its fields of work

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    @property
    def facts_dir(self) -> Path:
        return self.root / "facts"

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def drafts_dir(self) -> Path:
        return self.root / "drafts"

    @property
    def cache_dir(self) -> Path:
        """Derived data (the fact index): safe to delete, rebuilt on demand, not committed."""
        return self.root / ".drafter"

    @property
    def reference_docx(self) -> Path:
        return self.templates_dir / "reference.docx"

    def own_places(self) -> list[str]:
        """The jurisdiction and the areas under it: facts of these places are the bureau's own."""
        return [self.jurisdiction, *self.areas]

    def is_own(self, place: str | None) -> bool:
        """True when ``place`` is this jurisdiction or one of its areas (None counts as own)."""
        return place is None or place in self.own_places()

    def relpath(self, path: Path) -> str:
        """``path`` relative to the workspace root when inside it, else as given."""
        try:
            return Path(path).resolve().relative_to(self.root).as_posix()
        except ValueError:
            return str(path)


def find_workspace(workspace: str | Path | None = None, start: str | Path | None = None) -> Workspace:
    """Load the workspace at ``workspace``, or the nearest one from ``start`` (default: cwd) upward."""
    if workspace is not None:
        root = Path(workspace).resolve()
        if not (root / CONFIG_NAME).is_file():
            raise WorkspaceError(f"这里没有工作区配置 {CONFIG_NAME}", root)
        return load_workspace(root)
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file():
            return load_workspace(folder)
    raise WorkspaceError(
        f"找不到工作区：{here} 及其上级目录中都没有 {CONFIG_NAME}", fix=WORKSPACE
    )


def load_workspace(root: str | Path) -> Workspace:
    """Read ``root/drafter.yaml`` and validate it; errors name the file and line."""
    root = Path(root).resolve()
    path = root / CONFIG_NAME
    data = load_yaml(path, WorkspaceError)
    if not isinstance(data, dict):
        raise WorkspaceError("工作区配置应为键值映射", path, 1)

    def fail(message: str, node: Any = data, key: Any = None) -> WorkspaceError:
        return WorkspaceError(message, path, line_of(node, key))

    org = data.get("organisation")
    if not isinstance(org, dict) or not org.get("name") or not org.get("jurisdiction"):
        raise fail("organisation 须包含 name 和 jurisdiction", data, "organisation" if org else None)
    areas = org.get("areas") or []
    if not isinstance(areas, list) or not all(isinstance(a, str) for a in areas):
        raise fail("organisation.areas 须为地名列表", org, "areas")

    cc: dict[str, list[list[str]]] = {}
    raw_cc = data.get("cc") or {}
    if not isinstance(raw_cc, dict):
        raise fail("cc 须为映射（suggestion / proposal → 抄送单位分组）", data, "cc")
    for kind, groups in raw_cc.items():
        if not isinstance(groups, list):
            raise fail(f"cc.{kind} 须为列表", raw_cc, kind)
        cc[str(kind)] = [[str(x) for x in g] if isinstance(g, list) else [str(g)] for g in groups]

    classes = data.get("classes") or DEFAULT_CLASSES
    if not isinstance(classes, dict) or not classes:
        raise fail("classes 须为“代码: 含义”映射", data, "classes")

    freshness = data.get("freshness_years", Workspace.freshness_years)
    if isinstance(freshness, bool) or not isinstance(freshness, int) or freshness < 0:
        raise fail("freshness_years 须为非负整数", data, "freshness_years")

    draft = data.get("draft") or {}
    if not isinstance(draft, dict):
        raise fail("draft 须为映射（headings / length / max_length）", data, "draft")
    heading_form = str(draft.get("headings", Workspace.heading_form))
    if heading_form not in HEADING_FORMS:
        raise fail(f"draft.headings 须为 {' 或 '.join(HEADING_FORMS)}", draft, "headings")
    lengths = []
    for key, default in (("length", Workspace.target_length), ("max_length", Workspace.max_length)):
        value = draft.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < 500:
            raise fail(f"draft.{key} 须为不小于 500 的整数（正文字数）", draft, key)
        lengths.append(value)
    if lengths[0] > lengths[1]:
        raise fail("draft.length 不能大于 draft.max_length", draft, "length")

    def unit_lists(key: str, what: str) -> dict[str, list[str]]:
        """A ``unit: [words…]`` mapping (other_units, other_fields)."""
        value = data.get(key) or {}
        if not isinstance(value, dict) or not all(
                isinstance(v, list) and all(isinstance(w, str) and w for w in v) for v in value.values()):
            raise fail(f"{key} 须为“单位: [{what}…]”映射", data, key)
        return {str(k): [str(w) for w in v] for k, v in value.items()}

    def text(key: str, node: dict = data) -> str | None:
        value = node.get(key)
        if value is None:
            return None
        if not isinstance(value, (str, int)):
            raise fail(f"{key} 须为文本", node, key)
        return str(value)

    return Workspace(
        root=root,
        name=text("name", org),
        jurisdiction=text("jurisdiction", org),
        short_name=text("short_name", org),
        self_name=text("self", org) or "我局",
        areas=[str(a) for a in areas],
        signatory=text("signatory"),
        contact=text("contact"),
        phone=text("phone"),
        disclosure=text("disclosure"),
        cc=cc,
        classes={str(k): str(v) for k, v in classes.items()},
        freshness_years=freshness,
        heading_form=heading_form,
        target_length=lengths[0],
        max_length=lengths[1],
        other_units=unit_lists("other_units", "所统计的事项"),
        other_fields=unit_lists("other_fields", "职责领域"),
    )
