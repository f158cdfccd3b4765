#!/usr/bin/env bash
# Writes the corpus articles, repeated to about MB megabytes of text, as
# JSONL (one {"id", "text"} record a line) to OUT, for timing and
# profiling runs.
# Usage: scripts/corpus-jsonl.sh MB OUT
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: scripts/corpus-jsonl.sh MB OUT" >&2; exit 2; }
python3 - "$1" "$2" <<'PY'
import json, pathlib, sys
want = float(sys.argv[1]) * 1e6
texts = [(p.stem, p.read_text()) for p in sorted(pathlib.Path("corpus").glob("*.txt"))]
written, i = 0, 0
with open(sys.argv[2], "w") as out:
    while written < want:
        name, text = texts[i % len(texts)]
        out.write(json.dumps({"id": f"{name}-{i}", "text": text}) + "\n")
        written += len(text.encode())
        i += 1
PY
