"""The job's Parquet datasets, written by its tasks with pyarrow and committed by the driver.

Each task writes the rows it extracted straight into Parquet files, so the writing scales with the tasks
like the extraction does (six Spark write jobs after the extraction cost a fixed ~15 s whatever the cores).
The layout is Spark's: DIR/TABLE/year=Y/part-….parquet (`__HIVE_DEFAULT_PARTITION__` for rows without a
year), DIR/failures/part-….parquet, and a `_SUCCESS` file in each table once the job has finished.

A task writes under DIR/_temporary/ATTEMPT/ and returns the files it wrote; the driver moves the files of the
attempts that succeeded into place and removes DIR/_temporary. A task Spark runs again (a lost executor) so
never leaves its first attempt's rows behind, and a job that failed leaves no table without `_SUCCESS`.
DIR is a local or shared path, or a URI pyarrow's filesystems know (s3://, gs://, hdfs://): every executor
writes to it.
"""

import posixpath

import pyarrow as pa
import pyarrow.parquet as parquet
from pyarrow import fs as filesystems

import govreport_tables as tables

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
STAGING = "_temporary"
_ARROW_TYPES = {tables.TEXT: pa.string(), tables.INTEGER: pa.int64(), tables.REAL: pa.float64()}


def open_output(output):
    """(filesystem, root path) of an --output folder or URI."""
    if "://" in output:
        return filesystems.FileSystem.from_uri(output)
    return filesystems.LocalFileSystem(), posixpath.abspath(output)


def arrow_schema(columns):
    return pa.schema([pa.field(c.name, _ARROW_TYPES[c.type]) for c in columns])


def _exists(filesystem, path):
    return filesystem.get_file_info(path).type != filesystems.FileType.NotFound


def existing_tables(output):
    """The tables that already have a folder in `output`."""
    filesystem, root = open_output(output)
    return [t for t in tables.TABLES if _exists(filesystem, posixpath.join(root, t))]


def remove(output, names):
    """Removes the folders `names` (and the staging folder a failed run left) from `output`."""
    filesystem, root = open_output(output)
    for name in names + [STAGING]:
        if _exists(filesystem, posixpath.join(root, name)):
            filesystem.delete_dir(posixpath.join(root, name))


def write_staged(output, attempt, name, rows_by_table):
    """Writes each table's rows (tuples in `govreport_tables` order) as files `name`.parquet under the
    staging folder of task attempt `attempt`; returns the (table, row count, [paths relative to DIR])."""
    filesystem, root = open_output(output)
    staging = posixpath.join(root, STAGING, str(attempt))
    written = []
    for table, rows in rows_by_table.items():
        files = []
        for folder, frame in _frames(table, rows):
            relative = posixpath.join(table, folder, f"{name}.parquet")
            filesystem.create_dir(posixpath.dirname(posixpath.join(staging, relative)), recursive=True)
            parquet.write_table(frame, posixpath.join(staging, relative), filesystem=filesystem)
            files.append(relative)
        written.append((table, len(rows), files))
    return written


def _frames(table, rows):
    """The (folder under the table, Arrow table) pairs of `rows`: one a year for a partitioned table."""
    columns = tables.TABLES[table]
    names = [c.name for c in columns]
    if tables.PARTITION_COLUMN not in names:
        return [("", _frame(columns, rows))]
    at = names.index(tables.PARTITION_COLUMN)
    kept = columns[:at] + columns[at + 1:]
    years = {}
    for row in rows:
        years.setdefault(row[at], []).append(row[:at] + row[at + 1:])
    return [(f"{tables.PARTITION_COLUMN}={NULL_PARTITION if year is None else year}", _frame(kept, part))
            for year, part in years.items()]


def _frame(columns, rows):
    schema = arrow_schema(columns)
    if not rows:
        return schema.empty_table()
    return pa.Table.from_arrays([pa.array(values, type=field.type) for values, field in zip(zip(*rows), schema)],
                                schema=schema)


def commit(output, staged):
    """Moves the files of the attempts that succeeded, [(attempt, [relative paths])], into place, writes an
    empty dataset (every column, one file) for each table with no file, marks every table `_SUCCESS` and
    removes the staging folder."""
    filesystem, root = open_output(output)
    filled = set()
    for attempt, files in staged:
        for relative in files:
            target = posixpath.join(root, relative)
            filesystem.create_dir(posixpath.dirname(target), recursive=True)
            filesystem.move(posixpath.join(root, STAGING, str(attempt), relative), target)
            filled.add(relative.split("/", 1)[0])
    for table in tables.TABLES:
        folder = posixpath.join(root, table)
        filesystem.create_dir(folder, recursive=True)
        if table not in filled:
            parquet.write_table(arrow_schema(tables.TABLES[table]).empty_table(),
                                posixpath.join(folder, "part-00000.parquet"), filesystem=filesystem)
        with filesystem.open_output_stream(posixpath.join(folder, "_SUCCESS")):
            pass
    remove(output, [])
