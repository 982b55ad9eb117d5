"""``drafter serve``: the web app for clerks (Starlette + Jinja2, server-rendered, offline).

Built on the library API (:func:`drafter.open_workspace`) only: pages and the JSON endpoints
under ``/api/`` call the same :class:`~drafter.api.Workspace` methods as the command line.
"""

from __future__ import annotations

__all__ = ["create_app", "serve"]


def __getattr__(name: str):
    if name == "create_app":
        from .app import create_app

        return create_app
    if name == "serve":
        from .server import serve

        return serve
    raise AttributeError(name)
