#!/usr/bin/env bash
# Counts the `he`/`she` speakers attrib resolves on a corpus, and how many
# of them resolve to a name whose first word the `genders` list marks with
# the other gender (a `he` resolved to `Sarah Hill`).
# Usage: scripts/pronoun-genders.sh [DIR]   (default: PolNeAR train)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/corpora/polnear-train/text}
[ -e "$dir" ] || { echo "pronoun-genders: $dir not found" >&2; exit 2; }
cargo build --release --quiet
target/release/attrib extract --format jsonl "$dir" | python3 -c '
import json, sys
marks = {}
for line in open("src/lexicon/data/genders.txt", encoding="utf-8"):
    f = line.split("#")[0].split()
    if len(f) == 2:
        marks[f[0].lower()] = f[1]
want = {"he": "m", "his": "m", "she": "f", "her": "f"}
total = wrong = marked = 0
for line in sys.stdin:
    sp = json.loads(line).get("speaker") or {}
    w = want.get((sp.get("mention") or "").lower())
    if not w or not sp.get("name"):
        continue
    total += 1
    g = marks.get(sp["name"].split()[0].lower())
    if g:
        marked += 1
        wrong += g != w
print(f"{total} he/she speakers resolved, {marked} to a name the list marks, {wrong} of them of the other gender")
'
