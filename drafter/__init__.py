"""drafter: draft replies to deputies' suggestions and CPPCC proposals from a sourced fact base.

Use from Python through one entry point::

    import drafter
    ws = drafter.open_workspace("path/to/workspace")
    report = ws.draft(1288, "关于……的建议", deputy="林永红", type="A")
    print(report.path, ws.check(report.path).to_dict()["findings"])

The package follows the data's path: read a source file (``drafter.read``) → distill its facts
(``drafter.distill``) → store and index them (``drafter.facts``) → select and compose a reply
(``drafter.compose``) → write the .docx (``drafter.docx``). A command ``drafter X`` is the method
``Workspace.X`` of :mod:`drafter.api`, implemented in the module of the same name:
``drafter.distill``, ``drafter.facts``, ``drafter.sources``, ``drafter.draft``, ``drafter.batch``,
``drafter.check``, ``drafter.requests``, ``drafter.refresh``, ``drafter.harvest``. The front ends sit on top of the API:
:mod:`drafter.cli` (the command line) and :mod:`drafter.web` (``drafter serve``, every command in
the browser).
"""

from __future__ import annotations

__version__ = "0.1.0"

# Loaded on first use (PEP 562) so that ``import drafter`` stays cheap for the command line.
_API_NAMES = (
    "BatchReport", "CheckReport", "DistillReport", "DraftReport", "FactsReport", "Finding",
    "HarvestReport", "RefreshReport", "RequestsReport", "SourcesReport", "Suggestion", "Workspace",
    "create_workspace", "make_suggestion", "open_workspace",
)
from .errors import DrafterError  # noqa: E402  (cheap: no third-party imports)

__all__ = ["__version__", "DrafterError", *_API_NAMES]


def __getattr__(name: str):
    if name in _API_NAMES:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'drafter' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API_NAMES))
