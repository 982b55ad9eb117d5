#!/bin/sh
# drafter offline install (Kylin, UOS and other Linux; x86_64 or aarch64), no network needed:
#   sh install.sh [DIR]        DIR defaults to ./drafter-env; the command is then DIR/bin/drafter
# Uses the first of python3, python3.12 … python3.9 that is 3.9–3.12 (or $PYTHON), makes a virtual
# environment in DIR, installs the bundled wheels only (--no-index), copies the demo workspace to
# DIR/workspace, writes the 起草助手.desktop launcher and drafts one reply as a self-test.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DIR=${1:-./drafter-env}
START=$(date +%s)

die() { printf '错误：%s\n' "$*" >&2; exit 1; }

case $(uname -m) in
  x86_64|amd64) ARCH=x86_64 ;;
  aarch64|arm64) ARCH=aarch64 ;;
  *) die "本安装包只支持 x86_64 和 aarch64（鲲鹏、飞腾）电脑，这台是 $(uname -m)。" ;;
esac

# --- a Python 3.9–3.12
FOUND=""
PY=""
for cand in ${PYTHON:-python3 python3.12 python3.11 python3.10 python3.9}; do
  ver=$("$cand" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || continue
  case $ver in
    3.9|3.10|3.11|3.12) PY=$cand; PYVER=$ver; break ;;
  esac
  [ -n "$FOUND" ] || FOUND="Python $ver（$(command -v "$cand" 2>/dev/null || echo "$cand")）"
done
if [ -z "$PY" ]; then
  die "起草助手需要 Python 3.9–3.12，这台电脑上找到的是 ${FOUND:-（没有找到 python3）}。\
请先安装系统厂商软件源中的 Python 3.9 或更高版本，例如麒麟 Kylin V10、统信 UOS：\
sudo apt install python3.9（yum 系统：sudo yum install python39），然后重新运行 sh install.sh；\
也可以用 PYTHON=/路径/python3.x sh install.sh 指定解释器。"
fi
TAG=cp$(echo "$PYVER" | tr -d .)
LOCK="$HERE/locks/$TAG-$ARCH.txt"
[ -f "$LOCK" ] || die "安装包里没有 $TAG-$ARCH 的依赖清单（$LOCK）。"
PIP_WHEEL=$(ls "$HERE"/wheels/pip-*.whl 2>/dev/null | head -n 1)
[ -n "$PIP_WHEEL" ] && [ -f "$HERE/locks/drafter.txt" ] || die "安装包不完整：缺少 pip 或 drafter。"
echo "使用 Python $PYVER（$(command -v "$PY" 2>/dev/null || echo "$PY")），安装到 $DIR"

# --- a virtual environment, without ensurepip (often missing on Debian-based systems): pip comes
# from the bundled wheel. If even the venv module is unusable, a bare venv made by hand.
if [ ! -f "$DIR/pyvenv.cfg" ]; then
  if ! "$PY" -m venv --without-pip "$DIR" >/dev/null 2>&1; then
    echo "（python3 -m venv 不可用，改为直接建立虚拟环境）"
    REAL=$("$PY" -c 'import os, sys; print(os.path.realpath(sys.executable))')
    FULL=$("$PY" -c 'import platform; print(platform.python_version())')
    mkdir -p "$DIR/bin"
    printf 'home = %s\ninclude-system-site-packages = false\nversion = %s\n' \
      "$(dirname "$REAL")" "$FULL" > "$DIR/pyvenv.cfg"
    ln -sf "$REAL" "$DIR/bin/python"
    ln -sf python "$DIR/bin/python3"
    ln -sf python "$DIR/bin/python$PYVER"
  fi
fi
DIR=$(cd "$DIR" && pwd)
VPY="$DIR/bin/python"
"$VPY" -c 'import sys; sys.exit(sys.prefix == sys.base_prefix)' \
  || die "$DIR 不是可用的虚拟环境（请换一个安装目录）。"

# --- the bundled wheels only: no index is ever asked (the index's "drafter" is another project)
export PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
pip_install() { "$VPY" "$PIP_WHEEL/pip" install --quiet --no-index --no-deps --no-cache-dir "$@"; }
# No .pyc now (most of them would never be used): the self-test below compiles what drafter imports.
pip_install --find-links "$HERE/wheels" --require-hashes --no-compile -r "$LOCK" \
  -r "$HERE/locks/drafter.txt" -r "$HERE/locks/pip.txt" || die "安装失败（见上面的信息）。"
[ -x "$DIR/bin/drafter" ] || die "安装后没有 $DIR/bin/drafter。"
INSTALLED=$(date +%s)
echo "已安装：$DIR/bin/drafter（用时 $((INSTALLED - START)) 秒）"

# --- the clerk's starting workspace (kept if it is already there) and the serve launcher
mkdir -p "$DIR/share/drafter"
cp "$HERE/serve_launcher.py" "$DIR/share/drafter/serve_launcher.py"
if [ ! -e "$DIR/workspace" ]; then
  cp -R "$HERE/workspace" "$DIR/workspace"
  echo "示例工作区：$DIR/workspace"
fi
DESKTOP="$DIR/起草助手.desktop"
cat > "$DESKTOP" <<EOF
[Desktop Entry]
Type=Application
Version=1.0
Name=起草助手
Comment=建议提案答复起草助手（在浏览器中打开）
Exec="$VPY" "$DIR/share/drafter/serve_launcher.py" --workspace "$DIR/workspace"
Path=$DIR/workspace
Icon=accessories-text-editor
Terminal=false
Categories=Office;
EOF
chmod +x "$DESKTOP"
echo "桌面启动器：$DESKTOP"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -n "${HOME:-}" ]; then  # a desktop session
  APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
  mkdir -p "$APPS" && cp "$DESKTOP" "$APPS/drafter-serve.desktop" && echo "已加入应用菜单：$APPS"
  DESK=$(xdg-user-dir DESKTOP 2>/dev/null || echo "$HOME/Desktop")
  if [ -d "$DESK" ] && cp "$DESKTOP" "$DESK/"; then
    gio set "$DESK/起草助手.desktop" metadata::trusted true 2>/dev/null || true
    echo "已放到桌面：$DESK/起草助手.desktop"
  fi
fi

# --- self-test: one draft from the demo workspace, in a temporary folder
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp -R "$HERE/workspace/." "$TMP/"
if ! "$DIR/bin/drafter" -w "$TMP" draft 1288 \
    "关于推动科技创新与产业创新深度融合赋能泉州制造产业高质量发展的建议" \
    --deputy 林永红 --session 市十七届人大五次会议 --type A > "$TMP/selftest.log" 2>&1 \
    || [ ! -s "$TMP/drafts/1288.docx" ]; then
  cat "$TMP/selftest.log" >&2
  die "自检失败：示例工作区没能起草出答复稿（见上面的信息）。"
fi
echo "自检通过：示例答复稿已生成（用时 $(($(date +%s) - INSTALLED)) 秒）。"
echo "命令行：$DIR/bin/drafter --help    网页版：双击 $DESKTOP（或 $DIR/bin/drafter -w $DIR/workspace serve）"
