"""extract_many's throughput next to the CLI's on the same texts.

    python python/benches/extract_many.py [DIR]   (default: ../shared/corpora/polnear-train/text)

Each figure is the best of seven runs: the package from texts already in
memory to every result as Python dicts (json.loads included), the CLI
from the files to JSONL on /dev/null (one process, reading included), at
one thread and at every core.
"""

import os
import pathlib
import subprocess
import sys
import time

import attrib

ROOT = pathlib.Path(__file__).resolve().parents[2]
RUNS = 7


def best(f):
    t = float("inf")
    for _ in range(RUNS):
        start = time.perf_counter()
        f()
        t = min(t, time.perf_counter() - start)
    return t


def main():
    d = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/corpora/polnear-train/text"
    files = sorted(d.glob("*.txt"))
    if not files:
        sys.exit(f"bench: no .txt files in {d}")
    texts = [p.read_text(encoding="utf-8") for p in files]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    exe = os.environ.get("ATTRIB_BIN") or str(ROOT / "target/release/attrib")
    if not os.path.exists(exe):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    ex = attrib.Extractor()
    cores = os.cpu_count() or 1
    print(f"{len(texts)} texts, {mb:.1f} MB, from {d}")
    print(f"{'threads':>7} {'python MB/s':>12} {'CLI MB/s':>9} {'ratio':>6}")
    for jobs in sorted({1, cores}):
        py = best(lambda: sum(len(r.records()) for r in ex.extract_many(texts, jobs=jobs)))

        def run_cli():
            with open(os.devnull, "wb") as null:
                subprocess.run([exe, "extract", "--format", "jsonl", "--jobs", str(jobs), str(d)], stdout=null, check=True)

        cli = best(run_cli)
        print(f"{jobs:>7} {mb / py:>12.1f} {mb / cli:>9.1f} {py / cli:>5.2f}×")


if __name__ == "__main__":
    main()
