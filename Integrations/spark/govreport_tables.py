"""The Parquet tables of the Spark job: every column, its Spark type and where its value comes from.

This is the ONE place that lists the columns. They mirror `govreport export` (ExportTable.swift,
Docs/export.md) column for column; `tests/test_spark_job.py` fails, naming the column, when `govreport
export` has a column that is missing here. To add one, add a `Column` line to the table below, reading the
value from the worker's records (`govreport worker` sends `ReportRecords` as JSON, camelCase keys).

A row is built from a `Source`: `report` (the `report` record), `item` (the cell or finding record),
`statuses` (table kind -> `table_status`), `paths` (every path of the content, sorted).
"""

from collections import namedtuple

from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

Column = namedtuple("Column", "name type value")
Source = namedtuple("Source", "report item statuses paths")

# File extensions (lowercase, no dot) read as reports when a folder is walked: FileWalker.reportExtensions.
REPORT_EXTENSIONS = {"pdf", "txt", "html", "htm", "shtml", "docx", "doc", "wps", "et"}

# The column the datasets that have it are partitioned by (Hive style: year=2023/).
PARTITION_COLUMN = "year"

TEXT, INTEGER, REAL = StringType(), LongType(), DoubleType()


def _report(key):
    return lambda s: s.report.get(key)


def _item(key):
    return lambda s: s.item.get(key)


def _first_path(s):
    return s.paths[0]


# The first columns of the cell tables and of `findings`: which report, where, whose, which year.
REPORT_KEY = [
    Column("sha256", TEXT, _item("sha256")),
    Column("path", TEXT, _first_path),
    Column("agency", TEXT, _report("agency")),
    Column("agency_key", TEXT, _report("agencyKey")),
    Column("year", INTEGER, _report("year")),
]

CELL_COLUMNS = REPORT_KEY + [
    Column("template", TEXT, _report("template")),
    Column("table_template", TEXT, _item("tableTemplate")),
    Column("table_status", TEXT, lambda s: s.statuses.get(s.item["tableKind"])),
    Column("row", TEXT, _item("rowKey")),
    Column("row_label", TEXT, _item("rowLabel")),
    Column("column", TEXT, _item("columnKey")),
    Column("value", REAL, _item("value")),
    Column("printed", TEXT, _item("printed")),
    Column("unit", TEXT, _item("unit")),
    Column("page", INTEGER, _item("page")),
    Column("x0", REAL, _item("x0")),
    Column("y0", REAL, _item("y0")),
    Column("x1", REAL, _item("x1")),
    Column("y1", REAL, _item("y1")),
    Column("confidence", REAL, _item("confidence")),
]

TABLES = {
    "requests": CELL_COLUMNS,
    "proactive": CELL_COLUMNS,
    "review_litigation": CELL_COLUMNS,
    "findings": REPORT_KEY + [
        Column("rule", TEXT, _item("rule")),
        Column("instance", TEXT, _item("instance")),
        Column("severity", TEXT, _item("severity")),
        Column("table", TEXT, _item("tableKind")),
        Column("row", TEXT, _item("rowKey")),
        Column("column", TEXT, _item("columnKey")),
        Column("row_label", TEXT, _item("rowLabel")),
        Column("column_label", TEXT, _item("columnLabel")),
        Column("printed", REAL, _item("printed")),
        Column("expected", REAL, _item("expected")),
        Column("page", INTEGER, _item("page")),
        Column("message", TEXT, _item("message")),
        Column("message_english", TEXT, _item("messageEnglish")),
    ],
    "reports": [
        Column("sha256", TEXT, _report("sha256")),
        Column("path", TEXT, _first_path),
        Column("path_count", INTEGER, lambda s: len(s.paths)),
        Column("file_name", TEXT, _report("fileName")),
        Column("kind", TEXT, _report("kind")),
        Column("title", TEXT, _report("title")),
        Column("agency", TEXT, _report("agency")),
        Column("agency_key", TEXT, _report("agencyKey")),
        Column("year", INTEGER, _report("year")),
        Column("template", TEXT, _report("template")),
        Column("page_count", INTEGER, _report("pageCount")),
        Column("status", TEXT, _report("status")),
        Column("finding_count", INTEGER, _report("findingCount")),
        Column("warning_count", INTEGER, _report("warningCount")),
        Column("schema_version", TEXT, _report("schemaVersion")),
        Column("ingested_at", TEXT, _report("ingestedAt")),
        Column("proactive_status", TEXT, lambda s: s.statuses.get("proactive")),
        Column("requests_status", TEXT, lambda s: s.statuses.get("requests")),
        Column("review_litigation_status", TEXT, lambda s: s.statuses.get("review_litigation")),
        Column("ocr", TEXT, _report("ocr")),
    ],
    # Built from a failure dict with these keys (see govreport_worker.Failure).
    "failures": [
        Column("path", TEXT, _item("path")),
        Column("sha256", TEXT, _item("sha256")),
        Column("stage", TEXT, _item("stage")),
        Column("kind", TEXT, _item("kind")),
        Column("message", TEXT, _item("message")),
        Column("failed_at", TEXT, _item("failed_at")),
    ],
}

_CONVERT = {StringType: str, LongType: int, DoubleType: float}


def schema(table):
    """The explicit Spark schema of `table`, columns in `govreport export` order."""
    return StructType([StructField(c.name, c.type, nullable=True) for c in TABLES[table]])


def row(table, source):
    """One row of `table` as a tuple in schema order; JSON numbers are made the column's type."""
    values = []
    for column in TABLES[table]:
        value = column.value(source)
        values.append(None if value is None else _CONVERT[type(column.type)](value))
    return tuple(values)


def rows_of_records(records, paths):
    """Every (table, row) one extracted report gives: its `reports` row, one row per cell in its cell
    table, one `findings` row per finding. `records` is the worker's `ReportRecords` JSON object."""
    report = records["report"]
    statuses = {s["tableKind"]: s["status"] for s in records.get("tableStatuses", [])}
    yield "reports", row("reports", Source(report, report, statuses, paths))
    for cell in records.get("cells", []):
        yield cell["tableKind"], row(cell["tableKind"], Source(report, cell, statuses, paths))
    for finding in records.get("findings", []):
        yield "findings", row("findings", Source(report, finding, statuses, paths))


def failure_row(failure):
    """The `failures` row of a failure dict (path, sha256, stage, kind, message, failed_at)."""
    return "failures", row("failures", Source({}, failure, {}, []))
