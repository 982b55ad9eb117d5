#!/usr/bin/env bash
# Build an offline bundle of drafter for office PCs without internet (needs the package index here):
#   packaging/build-offline.sh windows   → dist/drafter-offline-windows-x64.zip
#   packaging/build-offline.sh linux     → dist/drafter-offline-linux.tar.gz
#   packaging/build-offline.sh all
# Needs python3 (3.9+) with venv, git, and for windows Debian's osslsigncode
# (apt-get install osslsigncode). Its tools (uv) go into build/offline/tools.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  windows|linux|all) ;;
  *) echo "usage: $0 windows|linux|all" >&2; exit 2 ;;
esac
if [[ "$1" != linux ]] && ! command -v osslsigncode >/dev/null; then
  echo "build-offline: osslsigncode not found (apt-get install osslsigncode): it checks the Windows interpreter's signature" >&2
  exit 1
fi
tools=build/offline/tools
if [[ ! -x "$tools/bin/uv" ]]; then
  python3 -m venv "$tools"
  "$tools/bin/python" -m pip install --quiet 'uv>=0.5'
fi
export PATH="$PWD/$tools/bin:$PATH"
exec "$tools/bin/python" packaging/build_offline.py "$1"
