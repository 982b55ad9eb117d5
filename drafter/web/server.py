"""``drafter serve``: run the web app under uvicorn and open the browser."""

from __future__ import annotations

import errno
import signal
import socket
import threading
import webbrowser
from pathlib import Path
from typing import Callable

from ..errors import DrafterError, os_reason
from .config import read_settings

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8765


def url_of(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else ("[::1]" if host == "::" else host)
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def bind(host: str, port: int) -> socket.socket:
    """A listening socket, or a one-line error when the port is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if isinstance(exc, socket.gaierror):  # a host name that resolves to nothing
            why, hint = "找不到这个地址", "--host"
        else:  # a port taken or reserved is the port's fault; any other, the address's
            why = os_reason(exc)
            hint = "--port" if errno.errorcode.get(exc.errno or 0) in ("EADDRINUSE", "EACCES") else "--host"
        what = "换一个端口" if hint == "--port" else "换一个本机地址"
        raise DrafterError(f"无法在 {host}:{port} 上提供服务：{why}（可用 {hint} {what}）") from None
    sock.listen(128)
    sock.setblocking(False)
    return sock


def serve(workspace: str | Path | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          password: str | None = None, open_browser: bool = True,
          say: Callable[[str], None] = print) -> None:
    """Serve the workspace's web app until interrupted. ``say`` prints the address."""
    import uvicorn

    from ..api import open_workspace
    from .app import create_app
    from .workers import DraftWorkers

    ws = open_workspace(workspace)
    settings = read_settings(ws.root)
    if password:
        settings.password = password
    workers = DraftWorkers(ws.root)
    app = create_app(ws.root, settings, host=host, workers=workers)
    sock = bind(host, port)
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")

    class Server(uvicorn.Server):
        async def shutdown(self, sockets=None) -> None:
            await super().shutdown(sockets=sockets)
            workers.stop()  # before uvicorn re-raises a Ctrl+C or SIGTERM it caught

    server = Server(config)
    url = url_of(host, port)
    say(f"drafter 已启动：{url}  （工作区 {ws.root}；按 Ctrl+C 停止）")
    if open_browser:
        threading.Timer(0.3, webbrowser.open, args=(url,)).start()
    on_main = threading.current_thread() is threading.main_thread()  # only it may set a signal's handler
    previous = signal.signal(signal.SIGTERM, _terminated) if on_main else None
    try:
        server.run(sockets=[sock])
    finally:
        workers.stop()
        if on_main:
            signal.signal(signal.SIGTERM, previous)


EXIT_TERMINATED = 128 + signal.SIGTERM  # what a shell reports for a process ended by SIGTERM


def _terminated(signum, frame) -> None:
    """SIGTERM (``kill``, a service manager) ends the server as Ctrl+C does: through Python's own
    exit. uvicorn catches the signal, shuts down (the drafting processes with it) and raises it
    again; left to the default action, that re-raised signal would end the process on the spot,
    skipping the exit handlers that release the drafting pool's semaphores (the resource tracker
    then warns of "leaked semaphore objects")."""
    raise SystemExit(EXIT_TERMINATED)
