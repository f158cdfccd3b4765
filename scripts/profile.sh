#!/usr/bin/env bash
# Counts the instructions `attrib extract` spends on the corpus repeated to
# about MB megabytes of JSONL (default 1), end to end on one thread, with
# callgrind, and lists the costliest functions (inclusive).
# Usage: scripts/profile.sh [MB]
# Writes target/profile/corpus.jsonl (by scripts/corpus-jsonl.sh) and
# target/profile/callgrind.out.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-1}
command -v valgrind > /dev/null || { echo "profile: valgrind not found" >&2; exit 2; }
cargo build --release --quiet
mkdir -p target/profile
in=target/profile/corpus.jsonl
scripts/corpus-jsonl.sh "$mb" "$in"
valgrind --tool=callgrind --callgrind-out-file=target/profile/callgrind.out \
  target/release/attrib --jobs 1 extract --input-format jsonl --format jsonl "$in" \
  2> target/profile/valgrind.log > /dev/null
grep -o "Collected : [0-9]*" target/profile/valgrind.log | sed 's/Collected : /instructions: /'
callgrind_annotate --inclusive=yes target/profile/callgrind.out 2> /dev/null \
  | grep -E '^ *[0-9,]+ \(' | grep 'attrib\]$' | grep -E 'attrib::[a-z_]+::' \
  | sed -E 's# \[[^]]*\]$##; s#  [^ ]*\.rs:#  #' | head -30
