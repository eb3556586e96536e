import GRDB

/// The store's schema, one frozen SQL string per migration.
///
/// Never edit a migration that has shipped: add a new one. The SQL is written out (not derived from record
/// types) so that a later change to a Swift type cannot change what an old database was migrated to.
/// Docs/ingest.md describes every table and column.
enum Migrations {
    /// The migrator that brings any database made by govreport up to date.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in try db.execute(sql: v1) }
        migrator.registerMigration("v2_table_status") { db in try db.execute(sql: v2TableStatus) }
        // GRDB runs it with foreign keys off and checks them (PRAGMA foreign_key_check) before committing.
        migrator.registerMigration("v3_input_kinds", foreignKeyChecks: .deferred) { db in try db.execute(sql: v3InputKinds) }
        migrator.registerMigration("v4_ocr") { db in try db.execute(sql: v4OCR) }
        migrator.registerMigration("v5_agency_key") { db in try db.execute(sql: v5AgencyKey) }
        return migrator
    }

    static let v1 = """
        CREATE TABLE report (
            sha256          TEXT    NOT NULL PRIMARY KEY,
            file_name       TEXT    NOT NULL,
            kind            TEXT    NOT NULL CHECK (kind IN ('pdf', 'text')),
            page_count      INTEGER NOT NULL,
            title           TEXT,
            agency          TEXT,
            year            INTEGER,
            template        TEXT,
            status          TEXT    NOT NULL CHECK (status IN ('ok', 'findings')),
            finding_count   INTEGER NOT NULL,
            warning_count   INTEGER NOT NULL,
            schema_version  TEXT    NOT NULL,
            ingested_at     TEXT    NOT NULL
        ) STRICT;

        CREATE TABLE report_path (
            path    TEXT NOT NULL,
            sha256  TEXT NOT NULL REFERENCES report(sha256) ON DELETE CASCADE,
            PRIMARY KEY (path, sha256)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX report_path_sha256 ON report_path(sha256);

        CREATE TABLE section (
            sha256    TEXT    NOT NULL REFERENCES report(sha256) ON DELETE CASCADE,
            position  INTEGER NOT NULL,
            number    INTEGER NOT NULL,
            heading   TEXT    NOT NULL,
            page      INTEGER,
            PRIMARY KEY (sha256, position)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE paragraph (
            sha256            TEXT    NOT NULL REFERENCES report(sha256) ON DELETE CASCADE,
            section_position  INTEGER NOT NULL,
            position          INTEGER NOT NULL,
            text              TEXT    NOT NULL,
            PRIMARY KEY (sha256, section_position, position)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE cell (
            sha256           TEXT    NOT NULL REFERENCES report(sha256) ON DELETE CASCADE,
            table_kind       TEXT    NOT NULL CHECK (table_kind IN ('proactive', 'requests', 'review_litigation')),
            table_template   TEXT    NOT NULL,
            row_key          TEXT    NOT NULL,
            column_key       TEXT    NOT NULL,
            row_position     INTEGER NOT NULL,
            column_position  INTEGER NOT NULL,
            row_label        TEXT    NOT NULL,
            value            REAL    NOT NULL,
            printed          TEXT    NOT NULL,
            unit             TEXT,
            page             INTEGER,
            x0               REAL,
            y0               REAL,
            x1               REAL,
            y1               REAL,
            PRIMARY KEY (sha256, table_kind, row_key, column_key)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE finding (
            sha256          TEXT    NOT NULL REFERENCES report(sha256) ON DELETE CASCADE,
            position        INTEGER NOT NULL,
            rule            TEXT    NOT NULL,
            instance        TEXT    NOT NULL,
            severity        TEXT    NOT NULL CHECK (severity IN ('error', 'warning')),
            table_kind      TEXT,
            row_key         TEXT,
            column_key      TEXT,
            row_label       TEXT,
            column_label    TEXT,
            printed         REAL,
            expected        REAL,
            page            INTEGER,
            message         TEXT    NOT NULL,
            message_english TEXT    NOT NULL,
            PRIMARY KEY (sha256, position)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE warning (
            sha256      TEXT    NOT NULL REFERENCES report(sha256) ON DELETE CASCADE,
            position    INTEGER NOT NULL,
            code        TEXT    NOT NULL,
            message     TEXT    NOT NULL,
            table_kind  TEXT,
            row_key     TEXT,
            column_key  TEXT,
            page        INTEGER,
            PRIMARY KEY (sha256, position)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE failure (
            path       TEXT NOT NULL PRIMARY KEY,
            sha256     TEXT,
            stage      TEXT NOT NULL CHECK (stage IN ('read', 'extract', 'worker')),
            kind       TEXT NOT NULL,
            message    TEXT NOT NULL,
            failed_at  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX failure_sha256 ON failure(sha256);
        """

    /// Schema 1.1: how far each table of a report can be trusted (`complete`, `partial`, `failed`, `absent`).
    /// Reports stored before it have no rows here; `export` reads a missing status as NULL.
    static let v2TableStatus = """
        CREATE TABLE table_status (
            sha256      TEXT NOT NULL REFERENCES report(sha256) ON DELETE CASCADE,
            table_kind  TEXT NOT NULL CHECK (table_kind IN ('proactive', 'requests', 'review_litigation')),
            status      TEXT NOT NULL CHECK (status IN ('complete', 'partial', 'failed', 'absent')),
            PRIMARY KEY (sha256, table_kind)
        ) STRICT, WITHOUT ROWID;
        """

    /// Input kinds html (saved web pages) and docx (Word files) beside pdf and text. SQLite cannot alter a
    /// CHECK constraint, so `report` is rebuilt as SQLite's "12-step" procedure says (foreign keys off, new
    /// table, copy, drop, rename; it has no indexes, triggers or views of its own): the child tables keep
    /// their rows and their references to `report` by name.
    static let v3InputKinds = """
        CREATE TABLE new_report (
            sha256          TEXT    NOT NULL PRIMARY KEY,
            file_name       TEXT    NOT NULL,
            kind            TEXT    NOT NULL CHECK (kind IN ('pdf', 'text', 'html', 'docx')),
            page_count      INTEGER NOT NULL,
            title           TEXT,
            agency          TEXT,
            year            INTEGER,
            template        TEXT,
            status          TEXT    NOT NULL CHECK (status IN ('ok', 'findings')),
            finding_count   INTEGER NOT NULL,
            warning_count   INTEGER NOT NULL,
            schema_version  TEXT    NOT NULL,
            ingested_at     TEXT    NOT NULL
        ) STRICT;
        INSERT INTO new_report (sha256, file_name, kind, page_count, title, agency, year, template, status,
                                finding_count, warning_count, schema_version, ingested_at)
            SELECT sha256, file_name, kind, page_count, title, agency, year, template, status,
                   finding_count, warning_count, schema_version, ingested_at FROM report;
        DROP TABLE report;
        ALTER TABLE new_report RENAME TO report;
        """

    /// Scans read by OCR: how (`report.ocr`, the JSON of `source.ocr`) and how sure each cell's read was.
    static let v4OCR = """
        ALTER TABLE report ADD COLUMN ocr TEXT;
        ALTER TABLE cell ADD COLUMN confidence REAL;
        """

    /// Archives: the agency's grouping key (`AgencyKey`; NULL for reports stored before, filled by
    /// `check --db` and `ingest`), the report an identical copy stands for (`same_as`, set by the cross-year
    /// rules), and the cross-year findings X1–X4 of each agency (`series_finding`, replaced per agency each
    /// time the rules run). Docs/ingest.md describes the columns.
    static let v5AgencyKey = """
        ALTER TABLE report ADD COLUMN agency_key TEXT;
        ALTER TABLE report ADD COLUMN same_as TEXT;
        CREATE INDEX report_agency_key ON report(agency_key, year);

        CREATE TABLE series_finding (
            agency_key      TEXT    NOT NULL,
            position        INTEGER NOT NULL,
            year            INTEGER NOT NULL,
            rule            TEXT    NOT NULL,
            instance        TEXT    NOT NULL,
            severity        TEXT    NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
            table_kind      TEXT,
            row_key         TEXT,
            column_key      TEXT,
            row_label       TEXT,
            column_label    TEXT,
            printed         REAL,
            expected        REAL,
            sha256          TEXT,
            path            TEXT,
            page            INTEGER,
            other_sha256    TEXT,
            other_path      TEXT,
            other_year      INTEGER,
            other_page      INTEGER,
            message         TEXT    NOT NULL,
            message_english TEXT    NOT NULL,
            PRIMARY KEY (agency_key, position)
        ) STRICT, WITHOUT ROWID;
        """
}
