"""The Spark job against `govreport ingest` + `govreport export` on the same files.

Runs `spark-submit --master local[2] govreport_spark.py` over the bundled samples, the layout variations,
the bad-input fixtures and two files that a wrapper makes the worker crash on and hang on
(GOVREPORT_TEST_WORKER_FAULT), then compares every Parquet table with the export of an ingest of the same
files: same columns, same rows, same values. Needs the govreport binary (GOVREPORT_BIN, default
.build/debug/govreport), a JRE, pyspark and pyarrow.
"""

import json
import os
import re
import shutil
import subprocess
import sys

import pyarrow.dataset
import pytest

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "Integrations", "spark"))
import govreport_tables  # noqa: E402

JOB = os.path.join(REPO, "Integrations", "spark", "govreport_spark.py")
TABLES_FILE = "Integrations/spark/govreport_tables.py"
FAULTS = "crash:boom,hang:stuck"
# Seconds a file may take (both tools add time per page of a PDF holding images, for OCR).
TIMEOUT = "8"
# Values that differ between two runs by nature: when a row was written, and the wording of worker
# failures (the remedies name each tool's own options).
VOLATILE = {"reports": {"ingested_at"}, "failures": {"failed_at"}}
# Columns the cross-year rules fill across the whole archive (`govreport check --db`, run by `ingest`): a
# per-file job cannot know them; Docs/scale-out.md says to run `check --db` over an ingested copy for them.
ARCHIVE_LEVEL = {"reports": {"same_as"}}


@pytest.fixture(scope="module")
def binary():
    path = os.environ.get("GOVREPORT_BIN", os.path.join(REPO, ".build", "debug", "govreport"))
    if not os.access(path, os.X_OK):
        pytest.fail(f"no govreport binary at {path}: run `swift build` first or set GOVREPORT_BIN.")
    return os.path.abspath(path)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The input folders: the repo's samples and fixtures, and a folder with a crashing and a hanging file
    (copies of a sample with a distinct last line each, so that neither is a duplicate)."""
    faulty = tmp_path_factory.mktemp("faulty")
    sample = open(os.path.join(REPO, "Samples", "reports", "sample_2021.txt"), encoding="utf-8").read()
    for name in ("boom.txt", "stuck.txt", "fine.txt"):
        (faulty / name).write_text(sample + f"\n{name}\n", encoding="utf-8")
    return [os.path.join(REPO, "Samples", "reports"), os.path.join(REPO, "Tests", "Fixtures", "variations"),
            os.path.join(REPO, "Tests", "Fixtures", "bad"), str(faulty)]


@pytest.fixture(scope="module")
def wrapper(binary, tmp_path_factory):
    """A govreport that crashes on files named *boom* and hangs on *stuck* (the worker's test hook)."""
    path = tmp_path_factory.mktemp("bin") / "govreport-faulty"
    path.write_text(f"#!/bin/sh\nGOVREPORT_TEST_WORKER_FAULT={FAULTS} exec {binary} \"$@\"\n")
    path.chmod(0o755)
    return str(path)


@pytest.fixture(scope="module")
def exported(binary, inputs, tmp_path_factory):
    """Every table of `govreport export --format jsonl` after `govreport ingest` of the inputs."""
    folder = tmp_path_factory.mktemp("ingest")
    database = str(folder / "reports.sqlite")
    environment = dict(os.environ, GOVREPORT_TEST_WORKER_FAULT=FAULTS)
    subprocess.run([binary, "ingest", *inputs, "--db", database, "--jobs", "2", "--timeout", TIMEOUT],
                   check=True, env=environment, stdout=subprocess.DEVNULL)
    tables = {}
    for table in govreport_tables.TABLES:
        csv_header = subprocess.run([binary, "export", "--db", database, "--format", "csv", "--table", table],
                                    check=True, capture_output=True, text=True).stdout.split("\n", 1)[0]
        lines = subprocess.run([binary, "export", "--db", database, "--format", "jsonl", "--table", table],
                               check=True, capture_output=True, text=True).stdout.splitlines()
        tables[table] = (csv_header.split(","), [json.loads(line) for line in lines])
    return tables


@pytest.fixture(scope="module")
def spark_output(wrapper, inputs, tmp_path_factory):
    """The job's output folder after `spark-submit --master local[2]`, and what it printed. The binary is
    shipped with `--files` and named by its base name only (it is on no PATH), so the job can only have
    found it through SparkFiles."""
    output = str(tmp_path_factory.mktemp("spark") / "out")
    command = ["spark-submit", "--master", "local[2]", "--conf", "spark.ui.enabled=false", "--files", wrapper,
               JOB, *[a for i in inputs for a in ("--input", i)], "--output", output,
               "--govreport", os.path.basename(wrapper), "--partitions", "2", "--timeout", TIMEOUT,
               # As `ingest`: no time by size; the scanned sample gets its time per scanned page.
               "--timeout-per-mb", "0"]
    run = subprocess.run(command, capture_output=True, text=True)
    assert run.returncode == 0, f"spark-submit failed ({run.returncode}):\n{run.stderr[-4000:]}"
    return output, run.stdout


def read_parquet(output, table):
    """Rows of a dataset as dicts; the year partition read back from the folder names."""
    dataset = pyarrow.dataset.dataset(os.path.join(output, table), format="parquet", partitioning="hive")
    return dataset.to_table().to_pylist()


def canonical(rows, columns):
    """Rows as sorted tuples over `columns`, every number a float."""
    def value(v):
        return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v
    tuples = [tuple(value(row.get(c)) for c in columns) for row in rows]
    return sorted(tuples, key=lambda t: json.dumps(t, ensure_ascii=False))


@pytest.mark.parametrize("table", list(govreport_tables.TABLES))
def test_table_equals_ingest_and_export(table, exported, spark_output):
    export_columns, expected = exported[table]
    spark_columns = [c.name for c in govreport_tables.TABLES[table]]
    export_columns = [c for c in export_columns if c not in ARCHIVE_LEVEL.get(table, set())]
    expected = [{k: v for k, v in row.items() if k not in ARCHIVE_LEVEL.get(table, set())} for row in expected]
    missing = [c for c in export_columns if c not in spark_columns]
    assert not missing, (f"`govreport export --table {table}` has columns the Spark job lacks: {missing}. "
                         f"Add them to TABLES[{table!r}] in {TABLES_FILE}.")
    extra = [c for c in spark_columns if c not in export_columns]
    assert not extra, f"{TABLES_FILE} has columns `govreport export --table {table}` lacks: {extra}"
    actual = read_parquet(spark_output[0], table)
    assert expected, f"ingest stored no {table} rows: the comparison would prove nothing"
    assert set(actual[0]) == set(export_columns)
    compared = [c for c in export_columns if c not in VOLATILE.get(table, set())]
    if table == "failures":
        # Worker failures are worded by each tool; extraction and read failures come from govreport itself.
        for row in expected + actual:
            if row["stage"] == "worker":
                row["message"] = row["message"].split(":", 1)[0]
    want, got = canonical(expected, compared), canonical(actual, compared)
    assert len(got) == len(want), f"{table}: {len(got)} rows from Spark, {len(want)} from ingest + export"
    for w, g in zip(want, got):
        assert g == w, f"{table}: first differing row\n spark: {dict(zip(compared, g))}\n export: {dict(zip(compared, w))}"
    for column in VOLATILE.get(table, set()):
        assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", row[column]) for row in actual)


def test_bad_crashing_and_hanging_files_are_failures_and_the_partition_goes_on(spark_output):
    failures = {os.path.basename(r["path"]): r for r in read_parquet(spark_output[0], "failures")}
    assert (failures["boom.txt"]["stage"], failures["boom.txt"]["kind"]) == ("worker", "crash")
    assert (failures["stuck.txt"]["stage"], failures["stuck.txt"]["kind"]) == ("worker", "timeout")
    assert f"within {TIMEOUT} s" in failures["stuck.txt"]["message"]
    assert (failures["empty.pdf"]["stage"], failures["empty.pdf"]["kind"]) == ("extract", "empty_file")
    assert "fine.txt" not in failures
    reports = read_parquet(spark_output[0], "reports")
    names = {r["file_name"] for r in reports}
    # Every other file of both partitions was kept: the samples, the variations and the good fixtures.
    assert {"fine.txt", "sample_2021.pdf", "sample_2019.txt", "gb18030.txt"} <= names
    duplicate = next(r for r in reports if r["file_name"] == "gb18030.txt")
    assert duplicate["path_count"] == 2 and duplicate["path"].endswith("/gb18030.txt")


def test_partitioned_by_year(spark_output):
    output, printed = spark_output
    years = sorted(name for name in os.listdir(os.path.join(output, "requests")) if name.startswith("year="))
    assert "year=2023" in years
    assert not any(name.startswith("year=") for name in os.listdir(os.path.join(output, "failures")))
    assert re.search(r"^files: \d+ \(\d+ distinct contents\) in 2 partitions$", printed, re.MULTILINE)


def test_refuses_to_replace_output_without_force(spark_output, wrapper):
    run = subprocess.run([sys.executable, JOB, "--input", os.path.join(REPO, "Samples", "reports"),
                          "--output", spark_output[0], "--govreport", wrapper], capture_output=True, text=True)
    assert run.returncode == 2
    assert "already holds requests, proactive" in run.stderr and "--force" in run.stderr


def test_input_naming_nothing_is_a_clear_error(tmp_path, wrapper):
    run = subprocess.run([sys.executable, JOB, "--input", str(tmp_path / "missing"), "--output",
                          str(tmp_path / "out"), "--govreport", wrapper], capture_output=True, text=True)
    assert run.returncode == 2
    assert f"{tmp_path / 'missing'}: no such file or folder" in run.stderr


def test_binary_at_a_path_and_empty_tables(binary, tmp_path):
    """The binary given by its path (installed on every node); a run whose only file fails still writes
    every table, the empty ones as a dataset with every column."""
    output = tmp_path / "out"
    bad = os.path.join(REPO, "Tests", "Fixtures", "bad", "empty.pdf")
    run = subprocess.run(["spark-submit", "--master", "local[1]", "--conf", "spark.ui.enabled=false", JOB,
                          "--input", bad, "--output", str(output), "--govreport", binary],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-4000:]
    assert [(r["path"], r["stage"], r["kind"]) for r in read_parquet(str(output), "failures")] == \
        [(bad, "extract", "empty_file")]
    for table in govreport_tables.TABLES:
        if table != "failures":
            dataset = pyarrow.dataset.dataset(str(output / table), format="parquet")
            assert dataset.count_rows() == 0
            assert dataset.schema.names == [c.name for c in govreport_tables.TABLES[table]]
