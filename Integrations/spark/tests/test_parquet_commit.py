"""The job's Parquet writing without Spark: a task attempt's staged files, the driver's commit."""

import os
import sys

import pyarrow.dataset

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "Integrations", "spark"))
import govreport_parquet as datasets  # noqa: E402
import govreport_tables as tables  # noqa: E402


def request_row(sha256, year, column, value):
    """A `requests` row in schema order with the given key, year, column and value."""
    names = [c.name for c in tables.TABLES["requests"]]
    row = dict.fromkeys(names)
    row.update(sha256=sha256, path=f"/archive/{sha256}.pdf", year=year, row="new_requests", column=column,
               value=value, printed=str(int(value)), table_status="complete")
    return tuple(row[name] for name in names)


def read(root, table):
    dataset = pyarrow.dataset.dataset(os.path.join(root, table), format="parquet", partitioning="hive")
    return dataset.to_table().to_pylist()


def test_only_the_attempts_that_succeeded_are_committed(tmp_path):
    output = str(tmp_path / "out")
    # Attempt 7 of partition 0 was lost after writing; attempt 9 ran it again and succeeded.
    datasets.write_staged(output, 7, "part-00000-0000", {"requests": [request_row("a", 2023, "total", 5.0)]})
    kept = datasets.write_staged(output, 9, "part-00000-0000", {
        "requests": [request_row("a", 2023, "total", 5.0), request_row("b", None, "natural_person", 2.0)],
        "failures": [("/archive/c.pdf", None, "extract", "empty_file", "empty", "2026-12-01T00:00:00Z")]})
    assert [(table, count) for table, count, _ in kept] == [("requests", 2), ("failures", 1)]
    datasets.commit(output, [(9, [f for _, _, files in kept for f in files])])

    rows = sorted(read(output, "requests"), key=lambda r: r["sha256"])
    assert [(r["sha256"], r["year"], r["column"], r["value"]) for r in rows] == \
        [("a", 2023, "total", 5.0), ("b", None, "natural_person", 2.0)]
    assert sorted(os.listdir(os.path.join(output, "requests"))) == \
        ["_SUCCESS", "year=2023", f"year={datasets.NULL_PARTITION}"]
    assert [r["kind"] for r in read(output, "failures")] == ["empty_file"]
    assert not os.path.exists(os.path.join(output, datasets.STAGING))


def test_a_table_without_rows_is_an_empty_dataset_with_every_column(tmp_path):
    output = str(tmp_path / "out")
    datasets.commit(output, [])
    for table, columns in tables.TABLES.items():
        dataset = pyarrow.dataset.dataset(os.path.join(output, table), format="parquet")
        assert dataset.count_rows() == 0
        assert dataset.schema.names == [c.name for c in columns]
        assert os.path.exists(os.path.join(output, table, "_SUCCESS"))
    assert sorted(datasets.existing_tables(output)) == sorted(tables.TABLES)
    datasets.remove(output, ["requests"])
    assert "requests" not in datasets.existing_tables(output)
