"""govreport on Apache Spark: report files in, the tables of `govreport export` out, as Parquet.

    spark-submit govreport_spark.py --input DIR|GLOB|@LIST|FILE [--input …] --output DIR
        [--govreport PATH] [--partitions N] [--timeout S] [--timeout-per-mb S] [--worker-memory-mb MB]
        [--password P] [--force]

Every partition runs one long-lived `govreport worker` over its files (the worker protocol of `govreport
ingest`; no parsing in Python) and turns what it sends back into rows. Output: Parquet datasets
DIR/reports, requests, proactive, review_litigation, findings (partitioned by year) and DIR/failures.
See Docs/scale-out.md.
"""

import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MODULES = ["govreport_tables.py", "govreport_inputs.py", "govreport_worker.py", "govreport_parquet.py"]

import govreport_inputs as inputs  # noqa: E402
import govreport_parquet as datasets  # noqa: E402
import govreport_tables as tables  # noqa: E402
import govreport_worker as worker  # noqa: E402


def parse(arguments):
    parser = argparse.ArgumentParser(
        prog="govreport_spark.py",
        description="Extract report files on Spark into the Parquet tables of `govreport export`.")
    parser.add_argument("--input", action="append", required=True, metavar="DIR|GLOB|@LIST|FILE",
                        help="a folder (walked recursively), a glob pattern, @FILE with one path a line (@- for "
                             "stdin) or a report file; repeat for more. Paths must be readable at the same "
                             "place on every node.")
    parser.add_argument("--output", required=True, metavar="DIR", help="folder of the Parquet datasets")
    parser.add_argument("--govreport", default="govreport", metavar="PATH",
                        help="the govreport binary: its base name when shipped with --files, else its path on "
                             "every node, else a name on PATH (default: govreport)")
    parser.add_argument("--partitions", type=int, metavar="N",
                        help="tasks, each running one worker process (default: 4 x the cores Spark has)")
    parser.add_argument("--timeout", type=float, default=60.0, metavar="S",
                        help="seconds a file may take, plus --timeout-per-mb per MiB (default 60)")
    parser.add_argument("--timeout-per-mb", type=float, default=30.0, metavar="S",
                        help="extra seconds per MiB of file (default 30)")
    parser.add_argument("--worker-memory-mb", type=int, default=2048, metavar="MB",
                        help="address-space cap of each worker (default 2048)")
    parser.add_argument("--password", help="password of encrypted PDFs")
    parser.add_argument("--force", action="store_true", help="replace the datasets already in --output")
    options = parser.parse_args(arguments)
    if options.partitions is not None and options.partitions < 1:
        parser.error("--partitions must be at least 1.")
    if options.worker_memory_mb < 256:
        parser.error("--worker-memory-mb must be at least 256.")
    if options.timeout <= 0 or options.timeout_per_mb < 0:
        parser.error("--timeout must be positive and --timeout-per-mb not negative.")
    # A binary given as an existing local path is used at that (absolute) path on every node.
    if os.sep in options.govreport and os.path.isfile(options.govreport):
        options.govreport = os.path.abspath(options.govreport)
    return options


# Files whose rows a task writes as one Parquet file a table and year: a task never holds more than a batch
# of rows in Python.
BATCH_FILES = 500


def extract_partition(index, units, settings, output):
    """Runs in an executor: one worker over the partition's units, whose rows it writes to the staging
    folder of its attempt; yields (attempt, table, row count, [files]) for the driver to commit."""
    from pyspark import TaskContext

    attempt = TaskContext.get().taskAttemptId()
    settings.executable = worker.resolve_executable(settings.executable)
    session = worker.WorkerSession(settings)
    batch, files, batches = {}, 0, 0
    try:
        for unit in units:
            for table, row in unit_rows(unit, session):
                batch.setdefault(table, []).append(row)
            files += 1
            if files % BATCH_FILES == 0:
                yield from staged(output, attempt, index, batches, batch)
                batch, batches = {}, batches + 1
        yield from staged(output, attempt, index, batches, batch)
    finally:
        session.close()


def staged(output, attempt, index, number, batch):
    name = f"part-{index:05d}-{number:04d}"
    return ((attempt, table, count, files) for table, count, files in datasets.write_staged(output, attempt, name, batch))


def unit_rows(unit, session):
    """The (table, row) pairs of one content: its report's rows, or the failure of it and of its copies."""
    outcome, value = session.extract(unit.path, unit.sha256, unit.size, unit.scanned_pages)
    if outcome == "records":
        yield from tables.rows_of_records(value, unit.paths)
        return
    yield tables.failure_row(value)
    for copy in unit.same_kind[1:]:
        message = f"same content as {unit.path}, which failed: {value['message']}"
        yield tables.failure_row(worker.failure(copy, unit.sha256, value["stage"], value["kind"], message))


def main(arguments):
    options = parse(arguments)
    try:
        paths = inputs.list_inputs(options.input)
    except inputs.InputError as error:
        print(f"govreport_spark: {error}", file=sys.stderr)
        return 2
    if not paths:
        print(f"govreport_spark: no report files under {', '.join(options.input)} (extensions: "
              f"{', '.join(sorted(tables.REPORT_EXTENSIONS))}).", file=sys.stderr)
        return 2
    existing = datasets.existing_tables(options.output)
    if existing and not options.force:
        print(f"govreport_spark: {options.output} already holds {', '.join(existing)}. Pass --force to replace "
              f"them, or choose another --output.", file=sys.stderr)
        return 2

    from pyspark.sql import SparkSession

    started = time.monotonic()
    spark = SparkSession.builder.appName("govreport").getOrCreate()
    context = spark.sparkContext
    ready = time.monotonic()
    for module in MODULES:
        context.addPyFile(os.path.join(HERE, module))
    partitions = options.partitions or 4 * context.defaultParallelism
    settings = worker.Settings(options.govreport, options.timeout, options.timeout_per_mb,
                               options.worker_memory_mb, options.password)
    name = options.govreport
    context.parallelize([name], 1).map(worker.resolve_executable).collect()  # fail fast, naming the binary

    identities = context.parallelize(paths, min(len(paths), partitions)).map(inputs.identify).collect()
    units, unreadable = inputs.group(identities)
    buckets = inputs.spread(units, partitions)
    datasets.remove(options.output, existing)
    output = options.output
    written = (context.parallelize(buckets, len(buckets))
               .mapPartitionsWithIndex(lambda index, chunk: extract_partition(
                   index, (u for bucket in chunk for u in bucket), settings, output))
               .collect())
    unreadable_rows = [tables.failure_row(worker.failure(
        i.path, None, "read", "unreadable", f"{i.path}: cannot read the file ({i.error}). Check its permissions."))[1]
        for i in unreadable]
    if unreadable_rows:
        written += [("driver", *w) for w in datasets.write_staged(output, "driver", "part-driver", {"failures": unreadable_rows})]
    extracted = time.monotonic()
    counts, staged_files = {}, {}
    for attempt, table, count, files in written:
        counts[table] = counts.get(table, 0) + count
        staged_files.setdefault(attempt, []).extend(files)
    datasets.commit(output, list(staged_files.items()))
    spark.stop()
    finished = time.monotonic()
    print(f"files: {len(paths)} ({len(units)} distinct contents) in {len(buckets)} partitions")
    print(f"rows: " + ", ".join(f"{t} {counts.get(t, 0)}" for t in tables.TABLES))
    print(f"time: {finished - started:.1f} s ({len(paths) / (finished - started):.2f} files/s): Spark start-up "
          f"{ready - started:.1f} s, hashing, extraction and writing {extracted - ready:.1f} s, committing {finished - extracted:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
