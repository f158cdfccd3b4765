#!/usr/bin/env bash
# Scores attrib's quotations on the PolNeAR training split in ../shared.
# Usage: scripts/score-quotes.sh [--direct-only|--all] [extra score.py args]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpora/polnear-train
[ -d "$corpus" ] || { echo "score-quotes: $corpus not found (../shared must be beside the checkout)" >&2; exit 2; }
mode=${1:---direct-only}
shift || true
cargo build --release --quiet
out=target/quotes.score.jsonl
target/release/attrib extract --format score "$corpus/text" > "$out"
if [ "$mode" = "--all" ]; then
  python3 ../shared/eval/score.py --corpus "$corpus" --system "$out" "$@"
else
  python3 ../shared/eval/score.py --corpus "$corpus" --system "$out" --direct-only "$@"
fi
