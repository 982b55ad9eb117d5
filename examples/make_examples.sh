#!/bin/sh
# Regenerate the example drafts in examples/ from the seeds (see examples/README.md).
# Each example is drafted leave-one-out: the seed that IS the real reply to that item is kept
# out of the fact base, so the draft shows what drafter makes from the other sources alone.
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The drafter command line of this checkout (works whether or not the package is installed).
drafter() {
    PYTHONPATH="$repo${PYTHONPATH:+:$PYTHONPATH}" "${PYTHON:-python3}" -c 'from drafter.cli import main; main()' "$@"
}

# base NAME SEED: a workspace (the demo drafter.yaml and templates) with every seed but SEED distilled
base() {
    ws="$work/$1"
    mkdir -p "$ws/seeds"
    cp "$repo/drafter.yaml" "$ws/"
    cp -R "$repo/templates" "$ws/"
    for f in "$repo"/seeds/*.txt; do
        case $(basename "$f") in "$2"_*) ;; *) cp "$f" "$ws/seeds/" ;; esac
    done
    drafter -w "$ws" distill "$ws/seeds" >/dev/null
}

base without-003 003
drafter -w "$work/without-003" draft 1288 \
    "关于推动科技创新与产业创新深度融合赋能泉州制造产业高质量发展的建议" \
    --deputy 林永红 --session 市十七届人大五次会议 --type A --date 2026-05-20 \
    --text "$repo/examples/1288建议.txt" --with 市市场监管局 \
    --force -o "$repo/examples/1288.docx"

base without-000 000
drafter -w "$work/without-000" draft 1071 \
    "关于推动科技创新和产业创新深度融合，塑造我市产业发展新优势的建议" \
    --deputy 庄天怀 --session 市十七届人大四次会议 --role 会办 --lead 市工业和信息化局 \
    --date 2025-04-30 --force -o "$repo/examples/1071-会办意见.docx"
