"""Whether a draft may be rewritten (DraftsRecord.kept, Manifest.state) looks at its path once:
a draft the record lists, absent, a clerk's own file, a folder in its place, drafter's own
unchanged or edited — each answered as before, from one look."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from drafter.tracking import KEPT, Manifest
from drafter.web.drafting import DraftsRecord


@pytest.fixture
def looks(monkeypatch):
    """The paths looked at (os.stat, which Path.stat, is_file and exists all call), by name."""
    seen: list[str] = []
    real = os.stat

    def counted(path, *args, **kwargs):
        seen.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", counted)
    return seen


def _folder(tmp_path: Path) -> tuple[Path, DraftsRecord]:
    folder = tmp_path / "drafts"
    folder.mkdir()
    record = DraftsRecord()
    for name in ("1330.docx", "1333.docx", "1334.docx"):  # drafter wrote these three
        (folder / name).write_bytes(b"drafted")
        record.record(folder / name, hashlib.sha256(b"drafted").hexdigest(), number=name[:4])
    (folder / "1331.docx").write_bytes(b"the clerk's own")
    (folder / "1333.docx").unlink()  # listed, then deleted
    (folder / "1334.docx").unlink()
    (folder / "1334.docx").mkdir()  # listed, a folder in its place
    return folder, record


CASES = {  # the draft's name: why it is kept (None: it may be rewritten)
    "1330.docx": None,  # drafter's own, unchanged
    "1331.docx": KEPT["foreign"],  # not listed: the clerk's
    "1332.docx": None,  # absent
    "1333.docx": None,  # listed, absent
    "1334.docx": KEPT["foreign"],  # listed, but a folder
}


def test_the_drafts_record_looks_at_a_drafts_path_once(tmp_path, looks):
    folder, record = _folder(tmp_path)
    for name, why in CASES.items():
        looks.clear()
        assert record.kept(folder / name) == why, name
        assert looks.count(name) == 1, (name, looks)
    (folder / "1330.docx").write_bytes(b"drafted, then edited")
    looks.clear()
    assert record.kept(folder / "1330.docx") == KEPT["edited"]
    assert looks.count("1330.docx") == 1


def test_a_batchs_manifest_looks_at_a_drafts_path_once(tmp_path, looks):
    folder, record = _folder(tmp_path)
    manifest = Manifest(folder)
    states = {"1330.docx": "ours", "1331.docx": "foreign", "1332.docx": "absent", "1333.docx": "absent",
              "1334.docx": "foreign"}
    for name, state in states.items():
        looks.clear()
        assert manifest.state(folder / name) == state, name
        assert manifest.kept(folder / name) == CASES[name]
        assert looks.count(name) == 2, (name, looks)  # one look for each of the two questions
