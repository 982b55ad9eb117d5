"""One error type for everything the user can get wrong: printed as a single line, no traceback."""

from __future__ import annotations

from pathlib import Path


# What fixes an error, for a front end to name its own control (the CLI: --force, --lead…).
FORCE = "force"  # allow overwriting an existing file
LEAD = "lead"  # name the lead unit (会办/协办)
WORKSPACE = "workspace"  # name the workspace folder
EDITED = "edited"  # also remove facts a person reviewed or edited (撤回)


class DrafterError(Exception):
    """A user-facing error naming the file (and line or row) and what is wrong.

    ``str(err)`` gives ``path:line: message`` (or ``path: message`` / ``message``), which the
    command line prints as one line before exiting non-zero.
    """

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None,
                 fix: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.fix = fix  # what setting fixes it (one of the constants above); a front end names its own control

    def __reduce__(self):  # whole across processes (a drafting worker's error reaches the server intact)
        return type(self), (self.message, self.path, self.line, self.fix)

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class SourceError(DrafterError):
    """A source document cannot be read (empty, binary, wrong format, undecodable, hostile)."""


class FactFileError(DrafterError):
    """A fact file is malformed; ``line`` points at the offending YAML line."""


class WorkspaceError(DrafterError):
    """The workspace (drafter.yaml and its folders) is missing or invalid."""


# Why the system refused to read or write a file, in a clerk's words (the OS's own strerror is
# English: Permission denied, No space left on device), by errno name.
OS_REASONS = {
    "EACCES": "没有权限", "EPERM": "没有权限（操作不允许）", "ENOENT": "文件或文件夹不存在",
    "ENOTDIR": "路径中有一段不是文件夹", "EISDIR": "是文件夹，不是文件", "EEXIST": "已存在同名文件",
    "ENOSPC": "磁盘空间不足", "EDQUOT": "超出磁盘配额", "EROFS": "所在位置只读，不能写入",
    "ENAMETOOLONG": "文件名过长", "EBUSY": "文件正被其他程序占用", "ETXTBSY": "文件正被其他程序占用",
    "EMFILE": "同时打开的文件过多", "ENFILE": "同时打开的文件过多", "EIO": "磁盘读写出错",
    "EINVAL": "文件名或路径无效", "ELOOP": "路径中的链接循环", "EFBIG": "文件过大",
    "EXDEV": "不能跨磁盘移动", "EADDRINUSE": "端口已被占用", "EADDRNOTAVAIL": "这个地址不属于本机",
}


def os_reason(exc: OSError) -> str:
    """Why ``exc`` happened, in Chinese (系统错误 and its number for an errno not listed)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0)
    if name in OS_REASONS:
        return OS_REASONS[name]
    winerror = getattr(exc, "winerror", None)  # Windows: a file another program holds open
    if winerror in (32, 33):
        return OS_REASONS["EBUSY"]
    return f"系统错误（{name or exc.errno or type(exc).__name__}）"
