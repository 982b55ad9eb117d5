"""Saving a draft: the package python-docx's ``Document.save`` writes (the same parts, XML and
order), with the parts no draft changes (styles, settings, theme, fonts, footers…) serialised and
compressed once per reference rather than for every draft: that was a third of saving one.

The .zip is written here (stored sizes, CRC and deflate as :mod:`zipfile` writes them), since
:mod:`zipfile` cannot take data that is already compressed.
"""

from __future__ import annotations

import struct
import sys
import time
import zlib
from dataclasses import dataclass

from docx.opc.pkgwriter import _ContentTypesItem

_LOCAL = struct.Struct("<4s2B4HL2L2H")  # local file header (zipfile.structFileHeader)
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # central directory entry (zipfile.structCentralDir)
_END = struct.Struct("<4s4H2LH")  # end of central directory (zipfile.structEndArchive)
_VERSION, _DEFLATED, _UTF8_NAME = 20, 8, 0x800
_SYSTEM = 0 if sys.platform == "win32" else 3  # as zipfile records the system that made an entry
_MODE = 0o600 << 16  # zipfile.writestr's permissions for a file


@dataclass(frozen=True)
class _Entry:
    """One member of the .zip, compressed."""

    name: str
    data: bytes
    crc: int
    size: int

    @classmethod
    def of(cls, name: str, blob: bytes | str) -> _Entry:
        if isinstance(blob, str):
            blob = blob.encode("utf-8")
        deflate = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)  # as zipfile
        return cls(name, deflate.compress(blob) + deflate.flush(), zlib.crc32(blob), len(blob))


class FixedParts:
    """The parts of ``package`` other than ``changing`` (those a draft writes), each with its
    relationships, compressed once; :func:`save` takes them from here."""

    def __init__(self, package, changing):
        self._entries: dict[int, tuple[_Entry, _Entry | None]] = {}
        self._parts = []  # kept alive: the entries are found by the parts' identity
        for part in package.iter_parts():
            if any(part is c for c in changing):
                continue
            rels = _Entry.of(part.partname.rels_uri.membername, part.rels.xml) if len(part.rels) else None
            self._entries[id(part)] = (_Entry.of(part.partname.membername, part.blob), rels)
            self._parts.append(part)

    def get(self, part) -> tuple[_Entry, _Entry | None] | None:
        return self._entries.get(id(part))


def save(document, fixed: FixedParts) -> bytes:
    """The .docx bytes of ``document``: what ``document.save`` writes, the parts in ``fixed``
    as compressed there."""
    package = document.part.package
    parts = list(package.iter_parts())
    entries = [_Entry.of("[Content_Types].xml", _ContentTypesItem.from_parts(parts).blob),
               _Entry.of("_rels/.rels", package.rels.xml)]
    for part in parts:
        known = fixed.get(part)
        if known is not None:
            entries += [e for e in known if e is not None]
            continue
        entries.append(_Entry.of(part.partname.membername, part.blob))
        if len(part.rels):
            entries.append(_Entry.of(part.partname.rels_uri.membername, part.rels.xml))
    return zip_bytes(entries)


def zip_bytes(entries: list[_Entry]) -> bytes:
    """A .zip of ``entries`` in their order, dated now (local time, as zipfile dates them)."""
    y, mo, d, h, mi, s = time.localtime()[:6]
    date, clock = (y - 1980) << 9 | mo << 5 | d, h << 11 | mi << 5 | s // 2
    out, central = bytearray(), bytearray()
    for entry in entries:
        try:
            name, flags = entry.name.encode("ascii"), 0
        except UnicodeEncodeError:
            name, flags = entry.name.encode("utf-8"), _UTF8_NAME
        offset = len(out)
        out += _LOCAL.pack(b"PK\003\004", _VERSION, 0, flags, _DEFLATED, clock, date, entry.crc,
                           len(entry.data), entry.size, len(name), 0) + name + entry.data
        central += _CENTRAL.pack(b"PK\001\002", _VERSION, _SYSTEM, _VERSION, 0, flags, _DEFLATED, clock, date,
                                 entry.crc, len(entry.data), entry.size, len(name), 0, 0, 0, 0, _MODE,
                                 offset) + name
    end = _END.pack(b"PK\005\006", 0, 0, len(entries), len(entries), len(central), len(out), 0)
    return bytes(out + central + end)
