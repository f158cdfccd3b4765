"""Build a quote dataset with attrib on Apache Spark.

attrib is a streaming filter: JSONL articles in on stdin, one JSONL record
per quotation or claim out on stdout, in order, each carrying its article's
id. RDD.pipe runs one attrib process per partition and feeds it that
partition's lines, so Spark does the distribution and attrib does the
extraction; nothing here is specific to one machine. A binary shipped with
--files is found on each executor with SparkFiles instead.

Local mode (what the test runs):

    python3 examples/spark/attrib_spark.py --attrib target/release/attrib \
        --input articles.jsonl --out out/

On a cluster, ship the binary with the job and let each executor find its
copy (the binary must be built for the executors' platform):

    spark-submit --master yarn --files target/release/attrib \
        examples/spark/attrib_spark.py --attrib attrib --shipped \
        --input hdfs:///news/articles.jsonl --out hdfs:///news/quotes/

Writes OUT/jsonl/ (text part files, one record a line) and OUT/parquet/
(the same records as a table, nested fields kept).
"""

import argparse
import os
import shlex
import sys


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--attrib", required=True,
                   help="the attrib binary: a path, or with --shipped the name given to --files")
    p.add_argument("--shipped", action="store_true",
                   help="the binary was shipped with spark-submit --files; find it with SparkFiles")
    p.add_argument("--input", required=True, help="JSONL articles: one {\"id\", \"text\", ...} a line")
    p.add_argument("--out", required=True, help="output directory (jsonl/ and parquet/ inside)")
    p.add_argument("--partitions", type=int, default=4)
    p.add_argument("--master", default=None, help="e.g. local[2]; spark-submit sets it otherwise")
    p.add_argument("--extra", default="", help="more attrib arguments, e.g. '--no-claims --year 2001'")
    return p.parse_args(argv)


def attrib_command(binary, extra):
    # one thread per attrib process: Spark already runs a task per core
    cmd = [binary, "--jobs", "1", "extract", "--input-format", "jsonl", "--format", "jsonl"]
    return cmd + extra.split()


def through_attrib(binary, shipped, extra):
    """A mapPartitions function for a shipped binary: the partition's lines
    through one attrib process, the records out in order. It is what
    RDD.pipe does, but the binary's path is looked up on the executor with
    SparkFiles, which works under every cluster manager (RDD.pipe's command
    is fixed on the driver, and --files lands in the task's working
    directory only on some)."""

    def run(lines):
        import subprocess
        import threading
        from pyspark import SparkFiles

        path = SparkFiles.get(binary) if shipped else binary
        if shipped:
            os.chmod(path, 0o755)
        proc = subprocess.Popen(attrib_command(path, extra), stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)

        def feed():
            try:
                for line in lines:
                    proc.stdin.write(line.encode("utf-8") + b"\n")
            finally:
                proc.stdin.close()

        errors = []
        drain = threading.Thread(target=lambda: errors.append(proc.stderr.read()))
        writer = threading.Thread(target=feed)
        drain.start()
        writer.start()
        for out in proc.stdout:
            yield out.decode("utf-8").rstrip("\n")
        writer.join()
        drain.join()
        # a failing attrib (exit 2 on a bad line) fails the task rather than
        # losing records silently; pass --extra --skip-bad to go on
        if proc.wait() != 0:
            raise RuntimeError(f"attrib exited {proc.returncode}: {errors[0].decode(errors='replace')}")

    return run


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("attrib-quotes")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext

    # shipped: the name given to --files, looked up on each executor
    binary = os.path.basename(args.attrib) if args.shipped else os.path.abspath(args.attrib)
    articles = sc.textFile(args.input, minPartitions=args.partitions)
    if args.shipped:
        records = articles.mapPartitions(through_attrib(binary, True, args.extra))
    else:
        # checkCode: a failing attrib (exit 2 on a bad line) fails the task
        # rather than losing records silently; --extra --skip-bad goes on
        records = articles.pipe(shlex.join(attrib_command(binary, args.extra)), checkCode=True)
    records.cache()
    records.saveAsTextFile(os.path.join(args.out, "jsonl"))
    spark.read.json(records).write.parquet(os.path.join(args.out, "parquet"))
    n = records.count()
    print(f"attrib on Spark: {n} records from {args.input} -> {args.out}")
    spark.stop()
    return n


if __name__ == "__main__":
    main()
