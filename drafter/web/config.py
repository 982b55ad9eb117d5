"""The server's settings: ``serve:`` in drafter.yaml, overridden by ``drafter serve`` options.

```yaml
serve:
  password: 换成你的口令     # needed when listening on an address other than 127.0.0.1
  upload_limit_mb: 20        # largest file a page accepts
```
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import WorkspaceError
from ..workspace import unknown_key
from ..yamlio import line_of, load_yaml

DEFAULT_UPLOAD_MB = 20
SERVE_KEYS = ("password", "upload_limit_mb")


@dataclass
class ServeSettings:
    password: str | None = None
    upload_limit: int = DEFAULT_UPLOAD_MB * 1024 * 1024  # bytes


def read_settings(root: Path) -> ServeSettings:
    """The ``serve:`` mapping of ``root/drafter.yaml`` (all keys optional); errors name file:line."""
    path = root / "drafter.yaml"
    data = load_yaml(path, WorkspaceError)
    section = data.get("serve") if isinstance(data, dict) else None
    if section is None:
        return ServeSettings()
    if not isinstance(section, dict):
        raise WorkspaceError("serve 须为映射（password、upload_limit_mb）", path, line_of(data, "serve"))
    settings = ServeSettings()
    password = section.get("password")
    if password is not None:
        if not isinstance(password, (str, int)) or not str(password).strip():
            raise WorkspaceError("serve.password 须为非空文本", path, line_of(section, "password"))
        settings.password = str(password)
    limit = section.get("upload_limit_mb")
    if limit is not None:
        if isinstance(limit, bool) or not isinstance(limit, (int, float)) or limit <= 0:
            raise WorkspaceError("serve.upload_limit_mb 须为正数（兆字节）", path, line_of(section, "upload_limit_mb"))
        settings.upload_limit = int(limit * 1024 * 1024)
    found = unknown_key(section, SERVE_KEYS, "serve.")  # a misspelt setting is never silently ignored
    if found:
        raise WorkspaceError(found[1], path, line_of(section, found[0]))
    return settings
