#!/usr/bin/env bash
# Times the `--format html` page of 10,000 PolNeAR-sized articles in
# headless Chromium (the README's figures): the page's size, the time to
# write it, and in the browser the first paint, the time until the page
# is ready (panel filled, first batch drawn: a filter works from then
# on) and the time a filter by the top speaker takes. Medians of RUNS
# browser runs (default 5).
# Usage: scripts/page-bench.sh [CORPUS_DIR] [RUNS]
# (CORPUS_DIR: a folder of .txt articles, default
# ../shared/corpora/polnear-train/text; its articles are repeated to
# 10,000 documents)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpora/polnear-train/text}"
runs="${2:-5}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome)" ||
  { echo "page-bench: no chromium on PATH" >&2; exit 2; }
cargo build --release --quiet
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$corpus" "$work/in.jsonl" <<'PY'
import json, pathlib, sys
texts = [(p.stem, p.read_text()) for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
with open(sys.argv[2], "w") as out:
    for i in range(10_000):
        name, text = texts[i % len(texts)]
        out.write(json.dumps({"id": f"{name}-{i}", "text": text}) + "\n")
PY
start=$(date +%s.%N)
target/release/attrib extract --format html "$work/in.jsonl" > "$work/page.html"
end=$(date +%s.%N)
text_mb=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1]))/1e6)" "$work/in.jsonl")
page_mb=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1])/1e6)" "$work/page.html")
printf 'page: 10000 articles, %.1f MB of text, page %.1f MB, written in %.1f s\n' \
  "$text_mb" "$page_mb" "$(echo "$end - $start" | bc)"
# the timing harness runs after the page's script: the page is parsed and
# ready when it starts; the first paint is read from the paint timing
python3 - "$work/page.html" "$work/timed.html" <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
harness = """<script>
(function () {
  const ready = performance.now();
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const b = document.querySelector("#speakers [data-filter]");
  const t = performance.now();
  b.click();
  const filter = performance.now() - t;
  const pre = document.createElement("pre");
  pre.id = "attrib-timing";
  pre.textContent = JSON.stringify({ paint: paint ? paint.startTime : null, ready, filter,
    shown: document.getElementById("status").textContent });
  document.body.append(pre);
})();
</script>
"""
at = page.rfind("</body>")
open(sys.argv[2], "w", encoding="utf-8").write(page[:at] + harness + page[at:])
PY
for i in $(seq "$runs"); do
  timeout 300 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile-$i" --window-size=1400,1000 --dump-dom "file://$work/timed.html" 2>/dev/null |
    grep -o '<pre id="attrib-timing">[^<]*</pre>' | sed 's/<[^>]*>//g' >> "$work/times"
done
python3 - "$work/times" <<'PY'
import json, statistics, sys
runs = [json.loads(l.replace("&quot;", '"')) for l in open(sys.argv[1])]
med = lambda k: statistics.median(r[k] for r in runs if r[k] is not None) if any(r[k] is not None for r in runs) else float("nan")
print(f"chromium ({len(runs)} runs, medians): first paint {med('paint'):.0f} ms, "
      f"ready with a working filter {med('ready'):.0f} ms, a filter by the top speaker {med('filter'):.0f} ms "
      f"({runs[0]['shown']})")
PY
