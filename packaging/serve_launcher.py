"""Start drafter's web app for a double-click (起草助手.cmd on Windows, the .desktop file on Linux).

Runs ``drafter --workspace DIR serve --port 8765``, which opens the browser; its output goes to
``DIR/.drafter/serve.log`` (there is no console: pythonw.exe or a desktop launcher). If drafter is
already serving on that port (a second double-click), it only opens the browser on it.

    python serve_launcher.py --workspace DIR [--port 8765]
"""

from __future__ import annotations

import argparse
import socket
import sys
import webbrowser
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workspace", required=True)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    url = f"http://127.0.0.1:{args.port}/"
    try:
        with socket.create_connection(("127.0.0.1", args.port), timeout=1):
            webbrowser.open(url)
            return
    except OSError:
        pass
    log_dir = Path(args.workspace) / ".drafter"
    log_dir.mkdir(parents=True, exist_ok=True)
    log = open(log_dir / "serve.log", "a", encoding="utf-8", buffering=1)
    sys.stdout = sys.stderr = log
    from drafter.cli import main as drafter

    drafter(["--workspace", args.workspace, "serve", "--port", str(args.port)])


if __name__ == "__main__":
    main()
