"""The fact store: one human-editable YAML file per source (``facts/<source id>.yaml``).

Layout (round-trip ruamel.yaml, so a person's comments and key order survive)::

    # facts/<id>.yaml — distilled from <path>; edit freely, keep the ids
    source:
      id: …            # names the file
      path: …          # where it was read from
      sha256: …
      kind: reply      # reply / work_report / news / policy
      title: …  issuer: …  jurisdiction: …  number: …  date: 2025-05-20  period: …
      deputy: …  …     # reply fields, written for replies (or when set)
      digest: …        # machine content hash of this mapping
    facts:
      - id: f-…
        text: …
        kind: done     # done / plan / problem / context
        period: {year: 2025, basis: document date}
        jurisdiction: 泉州市
        external: true # only when the place is outside the workspace's
        section: [一、…, 三是…]
        paragraph: 12
        figures:
          - {value: 1614, unit: 家, counts: 科技型中小企业, raw: 1614家}
          - {value: 781, unit: 家, counts: …, raw: 781家, superseded_by: f-…}  # a newer value exists
          - {value: 49, unit: 家, counts: …, year: 2024, raw: 49家, same_as: f-…}  # repeats an older fact
        topics: [科技型中小企业]
        reviewed: false
        superseded_by: f-…   # only when set: every figure superseded, or marked by hand
        repeats: f-…         # only when set: the same sentence as that older fact
        digest: 3f9c…  # hash of the machine-made content

Merge rule (:func:`plan_save`, used by ``drafter distill``): an entry is *curated* when it has
``reviewed: true``, or no digest, or content that no longer matches its digest (a person edited
it). Curated entries are kept exactly as the person left them, comments included. Unedited
entries are updated in place to the new machine version (their comments and a ``superseded_by``
mark are kept). New facts are added. Entries the new distill no longer produces are kept when
curated and dropped otherwise — both are reported, never silent. The ``source:`` mapping follows
the same rule through its own digest. A fact file made as plain data (:func:`fact_file_data`) is
merged as a round-trip tree; a new file (nothing to merge with) is written straight from the
data by :func:`drafter.facts.emit.dump_new`.

Every write goes through :func:`write_updates`: all pending files are validated first, then they
are written all or nothing through :mod:`drafter.facts.journal`, so a validation failure anywhere
writes nothing and a write killed half-way is undone by the next reader. Every read of several
files (:func:`load_fact_files`, the plans) happens inside :func:`journal.reading
<drafter.facts.journal.reading>`, so it sees a whole base.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from functools import partial
from itertools import combinations
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..errors import FactFileError
from ..grammar import CONTACT_LABELS, READER_WORDS
from ..lazyre import lazy
from ..model import (
    CLOSINGS, DOC_KINDS, OPENINGS, SALUTATIONS, FACT_FIELDS, FACT_KINDS, FIGURE_FIELDS, PERIOD_BASES, PERIOD_FIELDS, Fact, FactFile, FieldSpec,
    Figure, REPLY_FORMS, Period, SourceMeta, content_digest,
)
from ..textutil import CONTROL_CHARS, SPACE
from ..workspace import Workspace
from ..yamlio import dump_yaml, line_of, load_yaml, read_plain, read_text
from . import journal
from .emit import FlowMap, FlowSeq, dump_new, to_node

HEADER = "facts/{id}.yaml — distilled from {path}; edit freely, keep the ids"

FACT_KEYS = tuple(spec.name for spec in FACT_FIELDS)  # in the order they are written
FIGURE_KEYS = tuple(spec.name for spec in FIGURE_FIELDS)
PERIOD_KEYS = tuple(spec.name for spec in PERIOD_FIELDS)
SOURCE_KEYS = tuple(f.name for f in fields(SourceMeta)) + ("digest",)
# Reply-only source fields: written for replies (so a person sees what may be filled in) or when set.
REPLY_FIELDS = (
    "deputy", "proposal", "suggestion_number", "session", "suggestion_title", "co_handlers",
    "reply_class", "signatory", "contact", "phone", "cc", "disclosure",
)
# What distill learns of a reply's layout (its form, its section heads, what its closing says, whether its opening thanks and its words, how it addresses its
# reader, whether its addressee line honours them, the word its contact line says): written only when learned, so fact files distilled before it
# existed keep their text and digest.
LEARNED_FIELDS = ("form", "head", "closing", "thanks", "opening", "opened", "address", "salutation", "contact_label")
# Fields written only when set: those learned, and the lead unit of a 会办/协办意见 (most replies have none), so fact files
# distilled before they existed keep their text and digest.
SET_ONLY_FIELDS = ("lead", "renamed", *LEARNED_FIELDS)
_ISO_DATE = lazy(r"^\d{4}-\d{2}-\d{2}$")


def _is_date(text: str) -> bool:
    """``text`` is a date that exists, written YYYY-MM-DD (2025-13-40 and 2025-02-30 are not)."""
    if not _ISO_DATE.match(text):
        return False
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True
MIN_YEAR, MAX_YEAR = 1900, 2100


def fact_file_path(ws: Workspace, source_id: str) -> Path:
    """Where the facts of source ``source_id`` live."""
    return ws.facts_dir / f"{source_id}.yaml"


def fact_file_paths(ws: Workspace) -> list[Path]:
    """All fact files of the workspace, sorted by name (hidden and temporary files skipped)."""
    if not ws.facts_dir.is_dir():
        return []
    return sorted(p for p in ws.facts_dir.glob("*.yaml") if not p.name.startswith(".") and p.is_file())


# --- digests --------------------------------------------------------------------------------


def _digest(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def source_digest(meta: SourceMeta) -> str:
    """Hash of a source's metadata."""
    return _digest([[f.name, getattr(meta, f.name)] for f in fields(SourceMeta)
                    if f.name not in SET_ONLY_FIELDS or getattr(meta, f.name) is not None])


def corrected_place(ws: Workspace, meta: SourceMeta, texts: dict[Path, str | None]) -> str | None:
    """The place the ``source:`` mapping of ``meta``'s fact file says where it differs from ``meta``'s and the mapping is a
    person's (its digest not the machine's, the merge keeping it as it is: distill's reminder on a source of another place
    asks the clerk to correct it, with its issuer, say): its facts are read as of the place the kept mapping says, never of
    one the mapping no longer shows; else None. The file's text read is kept in ``texts`` (by path) for the merge
    (:func:`plan_save`)."""
    path = fact_file_path(ws, meta.id)
    try:
        if path not in texts:
            texts[path] = _old_text(path, ws)
        plain = read_plain(texts[path]) if texts[path] is not None else None
        old = _Checker(_display(path, ws)).source(plain, path.stem) if isinstance(plain, dict) else None  # (its facts aside)
    except FactFileError:
        return None  # (the merge reports it)
    if old is None or old.jurisdiction in (None, meta.jurisdiction):
        return None
    return old.jurisdiction if plain["source"].get("digest") != source_digest(old) else None


MOST_EDITED = 4  # the most fields of a source mapping :func:`edited_fields` takes a person to have edited at once


def edited_fields(mapping: SourceMeta, digest: str | None, reading: SourceMeta) -> tuple[str, ...] | None:
    """The fields a person edited in a ``source:`` mapping, told by its digest: the fewest of those where it differs from
    ``reading`` (its document read now; id and path aside) that, as ``reading`` has them, make it the mapping the machine
    stamped — () when it is the machine's; None when there are none (the digest gone, or the document read otherwise
    then) among sets of up to :data:`MOST_EDITED` fields (a person edits a few; every set of many is too many to try). A
    renamed source's mapping keeps these (:mod:`drafter.facts.renamed`); :func:`corrected_place` needs no more than that the
    mapping is a person's (any edit: the place it shows is the one its facts follow)."""
    if not digest:
        return None
    differ = [f.name for f in fields(SourceMeta)
              if f.name not in ("id", "path") and getattr(mapping, f.name) != getattr(reading, f.name)]
    for size in range(min(len(differ), MOST_EDITED) + 1):
        for names in combinations(differ, size):
            if digest == source_digest(replace(mapping, **{name: getattr(reading, name) for name in names})):
                return names
    return None


def is_curated(fact: Fact) -> bool:
    """True when a person reviewed the fact, wrote it, or changed it since the machine made it."""
    return fact.reviewed or not fact.digest or fact.digest != content_digest(fact)


# --- model -> YAML data ---------------------------------------------------------------------


def _number(value: float) -> int | float:
    """1614.0 → 1614 so the YAML reads like the source; other values unchanged."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def _yaml_date(value: str | None) -> Any:
    if value and _ISO_DATE.match(value):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            pass
    return value


def _yaml_value(spec: FieldSpec, value: Any, owner: Any) -> Any:
    """One field's value as YAML data."""
    if spec.type == "number":
        return _number(value)
    if spec.type == "period":
        return _mapping(PERIOD_FIELDS, value, FlowMap())
    if spec.type == "texts":
        return FlowSeq(value)
    if spec.type == "figures":
        return [figure_data(g) for g in value]
    if spec.type == "flag":
        return bool(value)
    if spec.type == "digest":
        return content_digest(owner)
    return value


def _mapping(specs: tuple[FieldSpec, ...], obj: Any, into: dict[str, Any]) -> dict[str, Any]:
    """``obj``'s fields in ``specs`` order, leaving out what ``omit`` says may be left out."""
    for spec in specs:
        value = getattr(obj, spec.name)
        if spec.unset(value):
            continue
        into[spec.name] = _yaml_value(spec, value, obj)
    return into


def figure_data(fig: Figure) -> FlowMap:
    """One figure as a flow mapping ``{value, upto?, unit, scale?, counts, year?, until?, place?, basis?, raw}``."""
    return _mapping(FIGURE_FIELDS, fig, FlowMap())


def fact_data(fact: Fact) -> dict[str, Any]:
    """A fact as its YAML mapping (plain data, see :mod:`drafter.facts.emit`), stamped with the
    machine content digest."""
    return _mapping(FACT_FIELDS, fact, {})


def source_data(meta: SourceMeta) -> dict[str, Any]:
    """The ``source:`` mapping: common fields always, reply fields for replies or when set."""
    data: dict[str, Any] = {}
    for f in fields(SourceMeta):
        value = getattr(meta, f.name)
        if (f.name in REPLY_FIELDS and meta.kind != "reply" and not value) or (f.name in SET_ONLY_FIELDS and value is None):
            continue
        if f.name in ("co_handlers", "cc"):
            value = FlowSeq(value)
        elif f.name == "date":
            value = _yaml_date(value)
        data[f.name] = value
    data["digest"] = source_digest(meta)
    return data


def fact_file_data(ff: FactFile) -> dict[str, Any]:
    """A whole fact file as plain data (the header comment is added when writing)."""
    return {"source": source_data(ff.source), "facts": [fact_data(f) for f in ff.facts]}


def header(meta: SourceMeta) -> str:
    """The first-line comment of a new fact file."""
    return HEADER.format(id=meta.id, path=meta.path)


# --- YAML tree -> model, validated ------------------------------------------------------------


class _Checker:
    """Validates one fact file's tree (loaded YAML, or the store's own plain data); each failure
    names the file and, for a loaded tree, the node's line."""

    def __init__(self, display: str):
        self.display = display

    def fail(self, message: str, node: Any = None, key: Any = None) -> FactFileError:
        return FactFileError(message, self.display, line_of(node, key))

    def mapping(self, value: Any, what: str, parent: Any, key: Any, allowed: tuple[str, ...]) -> Mapping:
        if not isinstance(value, Mapping):
            raise self.fail(f"{what} 须为键值映射", parent, key)
        for k in value:
            if k not in allowed:
                raise self.fail(f"{what} 中有未知的键 {k!r}（可用：{', '.join(allowed)}）", value, k)
        return value

    def text(self, node: Mapping, key: str, what: str, *, required: bool = False) -> str | None:
        value = node.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required and key not in node:
                raise self.fail(f"{what} 缺少 {key}", node)
            if required:
                raise self.fail(f"{what} 的 {key} 不能为空", node, key)
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise self.fail(f"{what} 的 {key} 须为文本", node, key)
        if isinstance(value, str):
            self._no_controls(value, node, key, what)
        return value.strip() if isinstance(value, str) else str(value)

    def _no_controls(self, value: str, node: Mapping, key: str, what: str) -> None:
        """A control character (\\a, \\0: typed as a YAML escape) in a text no draft could be written
        with is refused here, naming its line, not when a draft using it fails."""
        found = CONTROL_CHARS.search(value)
        if found:
            raise self.fail(f"{what} 的 {key} 含控制字符 {found.group()!r}，请删去", node, key)

    def integer(self, node: Mapping, key: str, what: str, low: int, high: int) -> int | None:
        value = node.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(f"{what} 的 {key} 须为 {low}–{high} 之间的整数，而不是 {value!r}", node, key)
        return int(value)

    def flag(self, node: Mapping, key: str, what: str) -> bool:
        value = node.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.fail(f"{what} 的 {key} 须为 true 或 false", node, key)
        return value

    def texts(self, node: Mapping, key: str, what: str) -> list[str]:
        value = node.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(f"{what} 的 {key} 须为列表，如 [甲, 乙]", node, key)
        out = []
        for i, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, (str, int)) or str(item).strip() == "":
                raise self.fail(f"{what} 的 {key} 第 {i + 1} 项须为非空文本", value, i)
            if isinstance(item, str):
                self._no_controls(item, value, i, f"{what} 的 {key} 第 {i + 1} 项")
            out.append(str(item).strip())
        return out

    def source(self, doc: Mapping, stem: str | None) -> SourceMeta:
        node = self.mapping(doc.get("source"), "source", doc, "source", SOURCE_KEYS)
        what = "source"
        sid = self.text(node, "id", what, required=True)
        if stem is not None and sid != stem:
            raise self.fail(f"source.id {sid!r} 与文件名 {stem}.yaml 不一致", node, "id")
        kind = self.text(node, "kind", what, required=True)
        if kind not in DOC_KINDS:
            raise self.fail(f"未知的文档类型 kind: {kind}（可用：{', '.join(DOC_KINDS)}）", node, "kind")
        date = node.get("date")
        if isinstance(date, _dt.date):
            date = date.isoformat()
        elif date is not None and (not isinstance(date, str) or not _is_date(date)):
            raise self.fail(f"source.date 须为 YYYY-MM-DD 形式的有效日期，而不是 {date!r}", node, "date")
        self.text(node, "digest", what)
        return SourceMeta(
            id=sid,
            path=self.text(node, "path", what) or "",
            sha256=self.text(node, "sha256", what) or "",
            kind=kind,
            title=self.text(node, "title", what),
            issuer=self.text(node, "issuer", what),
            jurisdiction=self.text(node, "jurisdiction", what),
            number=self.text(node, "number", what),
            date=date,
            period=self.integer(node, "period", what, MIN_YEAR, MAX_YEAR),
            deputy=self.text(node, "deputy", what),
            proposal=self.flag(node, "proposal", what),
            suggestion_number=self.text(node, "suggestion_number", what),
            session=self.text(node, "session", what),
            suggestion_title=self.text(node, "suggestion_title", what),
            co_handlers=self.texts(node, "co_handlers", what),
            lead=self.text(node, "lead", what),
            reply_class=self.text(node, "reply_class", what),
            signatory=self.text(node, "signatory", what),
            contact=self.text(node, "contact", what),
            phone=self.text(node, "phone", what),
            cc=self.texts(node, "cc", what),
            disclosure=self.text(node, "disclosure", what),
            form=self.choice(node, "form", REPLY_FORMS, "答复形式", what),
            head=self.text(node, "head", what),
            closing=self.choice(node, "closing", CLOSINGS, "结束语写法", what),
            thanks=self.text(node, "thanks", what),
            opening=self.choice(node, "opening", OPENINGS, "开头语写法", what),
            opened=self.text(node, "opened", what),
            address=self.choice(node, "address", READER_WORDS, "称呼", what),
            salutation=self.choice(node, "salutation", SALUTATIONS, "主送称谓写法", what),
            contact_label=self.choice(node, "contact_label", CONTACT_LABELS, "联系人称谓", what),
            renamed=self.text(node, "renamed", what),
        )

    def choice(self, node: Mapping, key: str, allowed: tuple[str, ...], name: str, what: str) -> str | None:
        """A learned field naming one of ``allowed`` (a reply's ``form``, its ``closing``), or None."""
        value = self.text(node, key, what)
        if value is not None and value not in allowed:
            raise self.fail(f"未知的{name} {key}: {value}（可用：{'、'.join(allowed)}）", node, key)
        return value

    def field(self, spec: FieldSpec, node: Mapping, what: str, seq: Any, i: int, fid: str | None) -> Any:
        """The value of one field of a fact or figure mapping, validated by its ``type``."""
        check = _FIELD_CHECKS.get(spec.type)
        if check is None:
            raise ValueError(f"unknown field type {spec.type!r}")
        return check(self, spec, node, what, seq, i, fid)

    @staticmethod
    def _where(node: Mapping, key: str, seq: Any, i: int) -> tuple:
        return (node, key) if key in node else (seq, i)

    def _number(self, spec, node, what, seq, i, fid):
        value = node.get(spec.name)
        if value is None and not spec.required:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(f"{what}：{'数值（value）' if spec.name == 'value' else spec.name}须为数字，而不是 {value!r}",
                            *self._where(node, spec.name, seq, i))
        return value

    def _unit(self, spec, node, what, seq, i, fid):
        value = node.get(spec.name)
        if value is not None and not isinstance(value, str):
            raise self.fail(f"{what} 的 {spec.name} 须为文本", node, spec.name)
        return value or ""

    def _id(self, spec, node, what, seq, i, fid):
        value = self.text(node, spec.name, what, required=True)
        if SPACE.search(value):  # \s is str.isspace's set
            raise self.fail(f"事实 id {value!r} 不能含空白", node, spec.name)
        return value

    def _statement(self, spec, node, what, seq, i, fid):
        value = node.get(spec.name)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{what} 的 {spec.name} 不能为空", *self._where(node, spec.name, seq, i))
        self._no_controls(value, node, spec.name, what)
        return value.strip()

    def _text(self, spec, node, what, seq, i, fid):
        return self.text(node, spec.name, what, required=spec.required)

    def _year(self, spec, node, what, seq, i, fid):
        return self.integer(node, spec.name, what, MIN_YEAR, MAX_YEAR)

    def _count(self, spec, node, what, seq, i, fid):
        return self.integer(node, spec.name, what, 1, 10**9)

    def _flag(self, spec, node, what, seq, i, fid):
        return self.flag(node, spec.name, what)

    def _texts(self, spec, node, what, seq, i, fid):
        return self.texts(node, spec.name, what)

    def _fact_kind(self, spec, node, what, seq, i, fid):
        value = node.get(spec.name)
        if value not in FACT_KINDS:
            raise self.fail(f"{what} 的 {spec.name} 未知：{value!r}（可用：{', '.join(FACT_KINDS)}）",
                            *self._where(node, spec.name, seq, i))
        return value

    def _basis(self, spec, node, what, seq, i, fid):
        value = node.get(spec.name)
        if (value is not None or spec.required) and value not in PERIOD_BASES:
            raise self.fail(f"{what} 的 {spec.name} 未知：{value!r}（可用：{', '.join(PERIOD_BASES)}）",
                            *self._where(node, spec.name, seq, i))
        return value

    def _period(self, spec, node, what, seq, i, fid):
        key = spec.name
        if key not in node:
            raise self.fail(f"{what} 缺少 {key}（如 {{year: 2025, basis: text}}）", seq, i)
        period = self.mapping(node.get(key), f"{what} 的 {key}", node, key, PERIOD_KEYS)
        return Period(**{s.name: self.field(s, period, f"{what} 的 {key}", node, key, None)
                         for s in PERIOD_FIELDS})

    def _figures(self, spec, node, what, seq, i, fid):
        value = node.get(spec.name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(f"{what} 的 {spec.name} 须为列表", node, spec.name)
        return [self.figure(g, value, j, what) for j, g in enumerate(value)]

    def _fact_ref(self, spec, node, what, seq, i, fid):
        value = self.text(node, spec.name, what)
        if value is not None and value == fid:
            raise self.fail(f"{what} 不能被自己取代", node, spec.name)
        return value

    def figure(self, value: Any, seq: Any, i: int, what: str) -> Figure:
        what = f"{what} figures 第 {i + 1} 项"
        node = self.mapping(value, what, seq, i, FIGURE_KEYS)
        return Figure(**{spec.name: check(self, spec, node, what, seq, i, None) for spec, check in _FIGURE_CHECKS})

    def fact(self, value: Any, seq: Any, i: int, source_id: str) -> Fact:
        node = self.mapping(value, f"facts 第 {i + 1} 项", seq, i, FACT_KEYS)
        (id_spec, id_check), *rest = _FACT_CHECKS
        fid = id_check(self, id_spec, node, f"facts 第 {i + 1} 项", seq, i, None)
        what = f"事实 {fid}"
        values = {spec.name: check(self, spec, node, what, seq, i, fid) for spec, check in rest}
        fact = Fact(id=fid, source_id=source_id, **values)
        if any(g.raw not in fact.text for g in fact.figures) and fact.digest and fact.digest != content_digest(fact):
            # a person edited the text: its figures follow it
            from ..distill.figures import refigure

            fact.figures = refigure(fact.text, fact.figures)
        return fact

    def fact_file(self, doc: Any, stem: str | None) -> FactFile:
        if doc is None:
            raise self.fail("事实文件为空")
        if not isinstance(doc, Mapping):
            raise self.fail("事实文件应为含 source 和 facts 的键值映射", doc)
        self.mapping(doc, "事实文件", None, None, ("source", "facts"))
        if "source" not in doc:
            raise self.fail("事实文件缺少 source", doc)
        source = self.source(doc, stem)
        facts_node = doc.get("facts")
        if facts_node is None:
            facts_node = []
        if not isinstance(facts_node, list):
            raise self.fail("facts 须为列表", doc, "facts")
        facts: list[Fact] = []
        seen: dict[str, int] = {}
        for i, item in enumerate(facts_node):
            fact = self.fact(item, facts_node, i, source.id)
            if fact.id in seen:
                raise self.fail(f"事实 id {fact.id} 重复（第 {seen[fact.id] + 1} 项已用）", facts_node, i)
            seen[fact.id] = i
            facts.append(fact)
        return FactFile(source=source, facts=facts)


# FieldSpec.type → the _Checker method validating such a field
_FIELD_CHECKS = {
    "number": _Checker._number, "unit": _Checker._unit, "id": _Checker._id,
    "statement": _Checker._statement, "text": _Checker._text, "digest": _Checker._text,
    "year": _Checker._year, "count": _Checker._count, "flag": _Checker._flag,
    "texts": _Checker._texts, "fact_kind": _Checker._fact_kind, "basis": _Checker._basis,
    "period": _Checker._period, "figures": _Checker._figures, "fact_ref": _Checker._fact_ref,
}
# (spec, its _Checker method) for each field of a figure and of a fact, in order
_FIGURE_CHECKS = [(spec, _FIELD_CHECKS[spec.type]) for spec in FIGURE_FIELDS]
_FACT_CHECKS = [(spec, _FIELD_CHECKS[spec.type]) for spec in FACT_FIELDS]


def _display(path: Path, ws: Workspace | None) -> str:
    return ws.relpath(path) if ws is not None else str(path)


@contextmanager
def _named(shown: str) -> Iterator[None]:
    """A :class:`FactFileError` raised in the block names its file as ``shown``."""
    try:
        yield
    except FactFileError as exc:
        exc.path = shown
        raise


def _read(path: Path, shown: str, text: str | None = None) -> Any:
    """The round-trip YAML tree of ``path`` (of its ``text`` when already read); syntax errors
    name the file as ``shown``."""
    with _named(shown):
        return load_yaml(path, FactFileError, text)


def parse_fact_file(doc: Any, display: str, stem: str | None = None) -> FactFile:
    """Validate a YAML tree (loaded, or made by :func:`fact_file_data`) and build the
    :class:`FactFile` (errors name ``display``)."""
    return _Checker(display).fact_file(doc, stem)


def load_fact_file(path: str | Path, *, display: str | None = None) -> FactFile:
    """Read and validate ``path``; a malformed file raises :class:`FactFileError` with its line.

    For reading only: the file is read as plain data by :func:`read_plain` (libyaml, fast);
    a file it cannot read, or that fails validation, is read again round-trip so errors name
    their line. Paths that rewrite a file
    (:func:`plan_save`, :func:`plan_supersede`) load it round-trip themselves.
    """
    path = Path(path)
    shown = display or str(path)
    try:
        tree = read_plain(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):  # the round-trip read below reports it
        tree = None
    if tree is not None:
        try:
            return parse_fact_file(tree, shown, path.stem)
        except FactFileError:
            pass  # plain data has no lines: validate the round-trip tree for the message
    return parse_fact_file(_read(path, shown), shown, path.stem)


def fact_line(path: Path, fact_id: str) -> int | None:
    """The line where fact ``fact_id`` starts in ``path`` (for error messages)."""
    doc = load_yaml(path, FactFileError)
    seq = doc.get("facts") if isinstance(doc, Mapping) else None
    for i, node in enumerate(seq or []):
        if isinstance(node, Mapping) and str(node.get("id")) == fact_id:
            return line_of(seq, i)
    return None


def check_unique_ids(loaded: Iterable[tuple[Path, str, FactFile]]) -> None:
    """Raise FactFileError for a fact id used twice in ``(path, shown name, fact file)`` s,
    naming the second place and its line."""
    owner: dict[str, str] = {}
    for path, shown, ff in loaded:
        for fact in ff.facts:
            if fact.id in owner:
                line = fact_line(path, fact.id)
                raise FactFileError(f"事实 id {fact.id} 重复（已见于 {owner[fact.id]}）", shown, line)
            owner[fact.id] = shown


def load_fact_files(ws: Workspace) -> list[FactFile]:
    """Load and validate every ``facts/*.yaml``; any bad file (or an id used twice) is an error.

    A write that was killed half-way is undone first: the files read are a whole base.
    """
    loaded = []
    with journal.reading(ws.facts_dir):
        for path in fact_file_paths(ws):
            shown = _display(path, ws)
            loaded.append((path, shown, load_fact_file(path, display=shown)))
        check_unique_ids(loaded)
    return [ff for _, _, ff in loaded]


# --- merging and writing ----------------------------------------------------------------------


@dataclass
class MergeReport:
    """What saving a distilled source did to its fact file (lists of fact ids)."""

    path: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    curated: list[str] = field(default_factory=list)  # produced again, kept as the person left them
    orphaned: list[str] = field(default_factory=list)  # no longer produced, kept because curated
    dropped: list[str] = field(default_factory=list)  # no longer produced and unedited: removed
    source_curated: bool = False  # the source mapping was edited by hand and kept
    written: bool = False

    def counts(self) -> dict[str, int]:
        return {k: len(getattr(self, k)) for k in ("added", "updated", "unchanged", "curated", "orphaned", "dropped")}

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "written": self.written, "source_curated": self.source_curated,
            "counts": self.counts(),
            **{k: list(getattr(self, k)) for k in ("added", "updated", "curated", "orphaned", "dropped")},
        }


@dataclass
class FactFileUpdate:
    """A validated fact file waiting to be written: see :func:`write_updates`."""

    path: Path
    text: str
    fact_file: FactFile  # what the file will hold, after the merge
    report: MergeReport
    changed: bool = True  # False when the file already holds exactly this text


def _update_in_place(old: CommentedMap, new: CommentedMap) -> bool:
    """Make ``old`` equal to ``new`` key by key, keeping ``old``'s comments; True if it changed."""
    changed = False
    for key in [k for k in old if k not in new]:
        del old[key]
        changed = True
    for pos, (key, value) in enumerate(new.items()):
        if key not in old:
            old.insert(pos, key, value)
            changed = True
        elif old[key] != value:
            old[key] = value
            changed = True
    return changed


def _keep_marks(old: Fact, new: Fact) -> Fact:
    """``new`` with the ``superseded_by`` marks of ``old`` (the fact's, and each figure's, matched
    by raw text and value) that it does not set itself: a re-distill never forgets a refresh."""
    marks = {(g.raw, g.value): g.superseded_by for g in old.figures if g.superseded_by}
    if not marks and not old.superseded_by:
        return new
    figures = [
        g if g.superseded_by else replace(g, superseded_by=marks.get((g.raw, g.value)))
        for g in new.figures
    ]
    return replace(new, superseded_by=new.superseded_by or old.superseded_by, figures=figures)


def _placed(ws: Workspace, misread: str | None, place: str | None, told: str, fact: Fact) -> Fact:
    """A curated ``fact`` with its place as the merge keeps it: the source's ``place`` where the fact has the one distill
    misread for the source (``misread``, the clerk having corrected the source's), and ``external`` as its place is by what the
    source ``told`` (its title and facts: a rename of the workspace's place it says) — never another place's fact under the
    workspace's own place, nor the reverse (a clerk correcting 求县 to 牟定县)."""
    where = place if misread and fact.jurisdiction == misread else fact.jurisdiction
    return replace(fact, jurisdiction=where, external=not ws.is_own(where, told))


def _set_place(node: CommentedMap, was: Fact, fact: Fact) -> None:
    """Set the jurisdiction and external flag of ``was``'s entry to ``fact``'s where they differ."""
    if fact.jurisdiction != was.jurisdiction:
        _set_key(node, "jurisdiction", fact.jurisdiction)
    if fact.external != was.external:
        _set_key(node, "external", True if fact.external else None)


def _merged_facts(old_seq: CommentedSeq, old_facts: list[Fact], new_facts: list[Fact], report: MergeReport,
                  place_of: Callable[[Fact], Fact]) -> CommentedSeq:
    """The new ``facts:`` sequence by the merge rule, a curated entry's place as ``place_of`` gives it; comments between
    entries move with them."""
    old_by_id = {f.id: (i, f) for i, f in enumerate(old_facts)}
    new_ids = {f.id for f in new_facts}
    placed: list[tuple[CommentedMap, int | None, str]] = []  # (node, old index, id)
    for fact in new_facts:
        if fact.id not in old_by_id:
            placed.append((to_node(fact_data(fact)), None, fact.id))
            report.added.append(fact.id)
            continue
        i, old = old_by_id[fact.id]
        node = old_seq[i]
        if is_curated(old):
            _set_place(node, old, place_of(old))
            report.curated.append(fact.id)
        else:
            machine = to_node(fact_data(_keep_marks(old, fact)))
            (report.updated if _update_in_place(node, machine) else report.unchanged).append(fact.id)
        placed.append((node, i, fact.id))
    # Entries no longer produced: curated ones stay, after the entry they followed.
    for i, old in enumerate(old_facts):
        if old.id in new_ids:
            continue
        if not is_curated(old):
            report.dropped.append(old.id)
            continue
        report.orphaned.append(old.id)
        _set_place(old_seq[i], old, place_of(old))
        at = 0
        for j in range(i - 1, -1, -1):
            pos = next((k for k, p in enumerate(placed) if p[2] == old_facts[j].id), None)
            if pos is not None:
                at = pos + 1
                break
        placed.insert(at, (old_seq[i], i, old.id))
    seq = CommentedSeq(node for node, _, _ in placed)
    if old_seq.ca.comment:
        seq.ca.comment = old_seq.ca.comment
    for j, (_, i, _) in enumerate(placed):
        if i is not None and i in old_seq.ca.items:
            seq.ca.items[j] = old_seq.ca.items[i]
    return seq


def _old_text(path: Path, ws: Workspace) -> str | None:
    """The text of the fact file at ``path`` as the base holds it, None when there is none (:class:`FactFileError` when
    it cannot be read)."""
    with journal.reading(ws.facts_dir):  # a whole base, never half of a killed write
        return read_text(path, FactFileError) if path.exists() else None


def plan_save(ff: FactFile, ws: Workspace, texts: Mapping[Path, str | None] | None = None,
              misread: str | None = None) -> FactFileUpdate:
    """Merge a freshly distilled ``ff`` into ``facts/<id>.yaml`` (see the module's merge rule); ``texts``: fact files'
    texts already read (:func:`corrected_place`), none written since; ``misread``: the place distill read for the source
    where the clerk corrected it (``ff`` distilled as of the corrected one): a curated fact of that place follows the
    correction (:func:`_placed`).

    Nothing is written: pass the result to :func:`write_updates`. Raises
    :class:`FactFileError` if the existing file or the merged result is invalid.
    """
    path = fact_file_path(ws, ff.source.id)
    shown = _display(path, ws)
    report = MergeReport(path=shown)
    data = fact_file_data(ff)
    machine = parse_fact_file(data, shown, ff.source.id)  # the machine output itself is valid
    old_text = texts[path] if texts and path in texts else _old_text(path, ws)
    if old_text is None:  # a new file: its text straight from the data, no ruamel tree
        report.added = [f.id for f in ff.facts]
        return FactFileUpdate(path=path, text=dump_new(data, header(ff.source)), fact_file=machine, report=report)
    told = "。".join([ff.source.title or "", *(f.text for f in ff.facts)])
    place_of = partial(_placed, ws, misread, ff.source.jurisdiction, told)
    unchanged = _unchanged_update(path, shown, old_text, ff, report, place_of)
    if unchanged is not None:
        return unchanged
    doc = _read(path, shown, old_text)
    old = parse_fact_file(doc, shown, path.stem)
    src = doc["source"]
    if src.get("digest") and src.get("digest") == source_digest(old.source):
        _update_in_place(src, to_node(source_data(ff.source)))
    else:
        report.source_curated = True
    doc["facts"] = _merged_facts(doc.get("facts") or CommentedSeq(), old.facts, ff.facts, report, place_of)
    merged = parse_fact_file(doc, shown, ff.source.id)
    text = dump_yaml(doc)
    return FactFileUpdate(path=path, text=text, fact_file=merged, report=report, changed=text != old_text)


def _unchanged_update(path: Path, shown: str, old_text: str, ff: FactFile, report: MergeReport,
                      place_of: Callable[[Fact], Fact]) -> FactFileUpdate | None:
    """The update of a file the merge would leave as it is — the same facts in the same order,
    each curated or with the machine content it has — found on the plain data (libyaml), without
    a round-trip tree: re-distilling an unchanged source costs no ruamel parse and dump. None
    when anything would change (or the plain read fails): the round-trip merge decides then."""
    plain = read_plain(old_text)
    if plain is None:
        return None
    try:
        old = parse_fact_file(plain, shown, path.stem)
    except FactFileError:
        return None
    digest = plain["source"].get("digest")  # the validated file has a source mapping
    source_curated = not (digest and digest == source_digest(old.source))
    if not source_curated and source_data(old.source) != source_data(ff.source):
        return None
    if [f.id for f in old.facts] != [f.id for f in ff.facts]:
        return None
    curated = []
    for was, new in zip(old.facts, ff.facts):
        if is_curated(was):
            if place_of(was) != was:
                return None
            curated.append(was.id)
        elif fact_data(_keep_marks(was, new)) != fact_data(was):
            return None
    report.source_curated = source_curated
    report.curated = curated
    report.unchanged = [f.id for f in old.facts if f.id not in set(curated)]
    return FactFileUpdate(path=path, text=old_text, fact_file=old, report=report, changed=False)


def plan_supersede(
    ws: Workspace, marks: Mapping[str, str | None],
    figure_marks: Mapping[str, Mapping[int, str | None]] | None = None, index=None,
) -> list[FactFileUpdate]:
    """Set (or, with None, clear) ``superseded_by`` on facts and figures by id, keeping comments
    and order.

    ``marks`` maps an old fact id to the id of the fact that replaces it; ``figure_marks`` maps an
    old fact id to {figure index → id of the fact holding that figure's newer value}. Every fact
    file is validated (with the workspace's FactIndex as ``index``: those holding the facts, as
    :func:`plan_edit` says); an unknown id is an error. Returns the files to write with
    :func:`write_updates`.
    """
    return plan_edit(ws, {old: {"superseded_by": new} for old, new in marks.items()}, index=index,
                     figure_marks=figure_marks)


EDITABLE_KEYS = ("text", "kind", "period", "jurisdiction", "reviewed", "superseded_by", "topics")


def _set_key(node: CommentedMap, key: str, value: Any) -> bool:
    """Set ``node[key]`` (None removes it) in the key order of FACT_KEYS, keeping comments and the
    inline style of a nested mapping (``period: {year: …}`` is updated key by key); True if changed."""
    if value is None:
        return node.pop(key, None) is not None
    if isinstance(value, Mapping) and isinstance(node.get(key), CommentedMap):
        return any([_set_key(node[key], k, v) for k, v in value.items()])
    if key in node:
        if node[key] == value:
            return False
        node[key] = to_node(value)
        return True
    later = FACT_KEYS[FACT_KEYS.index(key) + 1:] if key in FACT_KEYS else ()
    at = next((i for i, k in enumerate(node) if k in later), len(node))
    node.insert(at, key, to_node(value))
    return True


def plan_edit(
    ws: Workspace, edits: Mapping[str, Mapping[str, Any]], index=None,
    figure_marks: Mapping[str, Mapping[int, str | None]] | None = None,
) -> list[FactFileUpdate]:
    """Change keys of facts by id in their YAML files, keeping comments, order and style.

    ``edits`` maps a fact id to ``{key: new value}`` (None removes the key; a mapping such as
    ``{"period": {"year": 2024}}`` changes only the keys it names). Keys outside EDITABLE_KEYS are
    refused. Every fact file is validated (errors name file and line); an unknown id is an error.
    With the workspace's FactIndex as ``index``, only the files holding the facts are read (ids
    do not change, so the other files need no new validation). ``figure_marks`` maps a fact id to
    {figure index → id of the fact with that figure's newer value, or None} (``superseded_by`` of
    single figures, as :func:`plan_supersede` sets them). Returns the files to write with
    :func:`write_updates`.
    """
    remaining = {fid: dict(changes) for fid, changes in edits.items()}
    figures_left = {fid: dict(by_index) for fid, by_index in (figure_marks or {}).items()}
    for fid, changes in remaining.items():
        bad = sorted(set(changes) - set(EDITABLE_KEYS))
        if bad:
            raise FactFileError(f"事实 {fid} 的这些字段不能直接修改：{', '.join(bad)}")
    updates: list[FactFileUpdate] = []
    loaded = []
    paths = fact_file_paths(ws)
    if index is not None:
        holding = {fact_file_path(ws, index.facts[i].source_id) for i in {*remaining, *figures_left}
                   if i in index.facts}
        paths = [path for path in paths if path in holding]
    with journal.reading(ws.facts_dir):  # a whole base, never half of a killed write
        texts = []
        for path in paths:
            shown = _display(path, ws)
            with _named(shown):
                texts.append((path, shown, read_text(path, FactFileError)))
    trees = [(path, shown, text, _read(path, shown, text)) for path, shown, text in texts]
    for path, shown, text, doc in trees:
        ff = parse_fact_file(doc, shown, path.stem)
        loaded.append((path, shown, ff))
        hits = [(i, f) for i, f in enumerate(ff.facts) if f.id in remaining or f.id in figures_left]
        if not hits:
            continue
        report = MergeReport(path=shown)
        changed = False
        for i, fact in hits:
            node = doc["facts"][i]
            for key, value in remaining.pop(fact.id, {}).items():
                changed = _set_key(node, key, value) or changed
            for j, new in figures_left.pop(fact.id, {}).items():
                if not 0 <= j < len(fact.figures):
                    raise FactFileError(f"事实 {fact.id} 没有第 {j + 1} 个数字", shown)
                changed = _set_key(node["figures"][j], "superseded_by", new) or changed
            report.updated.append(fact.id)
        if changed:
            updates.append(FactFileUpdate(path=path, text=dump_yaml(doc),
                                          fact_file=parse_fact_file(doc, shown, path.stem), report=report))
        else:  # every value was already so (a refresh applied before): the file stays as it is
            updates.append(FactFileUpdate(path=path, text=text, fact_file=ff,
                                          report=report, changed=False))
    check_unique_ids(loaded)
    if remaining or figures_left:
        missing = ", ".join(sorted({*remaining, *figures_left}))
        raise FactFileError(f"事实库中没有这些 id：{missing}", _display(ws.facts_dir, ws))
    return updates


def write_updates(updates: list[FactFileUpdate]) -> None:
    """Write validated fact files all or nothing, in order; unchanged files are left untouched.

    Several files go through the journal (:func:`drafter.facts.journal.commit`): a kill at any
    point leaves the base as it was before, or as it is after, never half of each.
    """
    paths = [u.path for u in updates]
    if len(set(paths)) != len(paths):
        raise ValueError("two pending updates for the same fact file")
    changed = [u for u in updates if u.changed]
    if changed:
        journal.commit(changed[0].path.parent, {u.path: u.text for u in changed})
    for update in updates:
        update.report.written = update.changed


def save_fact_file(ff: FactFile, ws: Workspace) -> MergeReport:
    """Merge ``ff`` into its fact file and write it atomically; returns the merge report."""
    update = plan_save(ff, ws)
    write_updates([update])
    return update.report


def edit_facts(ws: Workspace, edits: Mapping[str, Mapping[str, Any]], index=None) -> list[MergeReport]:
    """Edit facts in place (see :func:`plan_edit`) and write the files atomically."""
    updates = plan_edit(ws, edits, index)
    write_updates(updates)
    return [u.report for u in updates]


def mark_superseded(ws: Workspace, marks: Mapping[str, str | None]) -> list[MergeReport]:
    """Mark facts superseded (see :func:`plan_supersede`) and write the files atomically."""
    updates = plan_supersede(ws, marks)
    write_updates(updates)
    return [u.report for u in updates]
