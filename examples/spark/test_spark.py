"""Test of the Spark example: the corpus as JSONL through attrib on Spark
in local mode must give exactly the records that attrib gives on its own,
in the same order, as JSONL part files and as Parquet.

    python3 examples/spark/test_spark.py [ATTRIB_BINARY]

Skips (exit 0, with a message) when pyspark or Java is missing, unless
ATTRIB_REQUIRE_SPARK is set (CI sets it after installing pyspark).
"""

import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def skip(why):
    if os.environ.get("ATTRIB_REQUIRE_SPARK"):
        sys.exit(f"spark example: FAILED: {why} (ATTRIB_REQUIRE_SPARK is set)")
    print(f"spark example: SKIPPED: {why}")
    sys.exit(0)


def main():
    try:
        import pyspark  # noqa: F401
    except ImportError:
        skip("pyspark is not installed (python3 -m pip install pyspark)")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        skip("no Java on PATH (Spark needs Java 17)")
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "debug", "attrib")
    if not os.path.exists(binary):
        sys.exit(f"spark example: FAILED: no attrib binary at {binary} (cargo build first)")

    sys.path.insert(0, HERE)
    import attrib_spark

    work = tempfile.mkdtemp(prefix="attrib-spark-")
    try:
        articles = os.path.join(work, "articles.jsonl")
        with open(articles, "w", encoding="utf-8") as f:
            for path in sorted(glob.glob(os.path.join(ROOT, "corpus", "*.txt"))):
                doc = os.path.splitext(os.path.basename(path))[0]
                text = open(path, encoding="utf-8").read()
                f.write(json.dumps({"id": doc, "text": text, "source": "corpus"}, ensure_ascii=False) + "\n")
        with open(articles, "rb") as f:
            alone = subprocess.run(attrib_spark.attrib_command(binary, ""), stdin=f,
                                   capture_output=True, check=True).stdout.decode("utf-8").splitlines()
        assert len(alone) > 50, "attrib finds the corpus records"

        out = os.path.join(work, "out")
        n = attrib_spark.main(["--attrib", binary, "--input", articles, "--out", out,
                               "--master", "local[2]", "--partitions", "3"])

        parts = sorted(glob.glob(os.path.join(out, "jsonl", "part-*")))
        on_spark = [line for p in parts for line in open(p, encoding="utf-8").read().splitlines()]
        assert n == len(alone), (n, len(alone))
        assert on_spark == alone, "Spark gives attrib's records, in order"
        assert all(json.loads(line)["meta"] == {"source": "corpus"} for line in on_spark)

        from pyspark.sql import SparkSession
        spark = SparkSession.builder.master("local[1]").appName("attrib-check").getOrCreate()
        table = spark.read.parquet(os.path.join(out, "parquet"))
        rows = table.select("doc", "id", "kind", "speaker.name", "char_start").collect()
        spark.stop()
        expect = [json.loads(line) for line in alone]
        got = sorted((r["doc"], r["id"], r["kind"], r["name"], r["char_start"]) for r in rows)
        want = sorted((e["doc"], e["id"], e["kind"], (e["speaker"] or {}).get("name"), e["char_start"])
                      for e in expect)
        assert got == want, "the Parquet table holds the same records"

        # the cluster way: the binary shipped with --files, found with SparkFiles
        submit = os.path.join(os.path.dirname(sys.executable), "spark-submit")
        if not os.path.exists(submit):
            submit = shutil.which("spark-submit")
        if submit is None:
            skip("no spark-submit beside pyspark")
        shipped = os.path.join(work, "shipped")
        env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"])
        subprocess.run([submit, "--master", "local[2]", "--files", binary,
                        os.path.join(HERE, "attrib_spark.py"), "--attrib", os.path.basename(binary),
                        "--shipped", "--input", articles, "--out", shipped],
                       check=True, env=env, capture_output=True)
        parts = sorted(glob.glob(os.path.join(shipped, "jsonl", "part-*")))
        via_files = [line for p in parts for line in open(p, encoding="utf-8").read().splitlines()]
        assert via_files == alone, "a binary shipped with --files gives the same records"
        print(f"spark example: ok ({n} records in order, Parquet checked, shipped binary checked)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
