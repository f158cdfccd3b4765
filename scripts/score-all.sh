#!/usr/bin/env bash
# Scores attrib on both development corpora in ../shared: direct
# quotations (--direct-only) and reported claims (--claims), on PolNeAR
# train and BBC dev, and prints the scorer's summary lines for each.
# Usage: scripts/score-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
[ -d "$shared/corpora" ] || { echo "score-all: $shared/corpora not found (../shared must be beside the checkout)" >&2; exit 2; }
cargo build --release --quiet
mkdir -p target/score
for corpus in polnear-train bbc-dev; do
  dir=$shared/corpora/$corpus
  target/release/attrib extract --format score "$dir/text" > "target/score/$corpus.direct.jsonl"
  target/release/attrib extract --format score-claims "$dir/text" > "target/score/$corpus.claims.jsonl"
  echo "== $corpus, direct quotations"
  python3 $shared/eval/score.py --corpus "$dir" --system "target/score/$corpus.direct.jsonl" --direct-only | tail -4
  echo "== $corpus, reported claims"
  python3 $shared/eval/score.py --corpus "$dir" --system "target/score/$corpus.claims.jsonl" --claims | tail -4
done
