/// A tidy table `govreport export` writes: one row per observation, one column per variable.
///
/// Docs/export.md documents every column. `requests`, `proactive` and `review_litigation` have one row per
/// table cell; `findings` one per broken rule; `reports` one per stored content; `failures` one per path;
/// `series` one per agency × year; `series_findings` one per cross-year finding.
public enum ExportTable: String, CaseIterable, Sendable {
    case requests, proactive
    case reviewLitigation = "review_litigation"
    case findings, reports, failures
    /// One row per agency × year with the headline figures (computed from the cells, see `SeriesExport`).
    case series
    /// One row per cross-year finding (X1–X4).
    case seriesFindings = "series_findings"

    /// Column names, in output order.
    public var columns: [String] {
        switch self {
        case .requests, .proactive, .reviewLitigation:
            return ["sha256", "path", "agency", "agency_key", "year", "template", "table_template", "table_status", "row", "row_label",
                    "column", "value", "printed", "unit", "page", "x0", "y0", "x1", "y1", "confidence"]
        case .findings:
            return ["sha256", "path", "agency", "agency_key", "year", "rule", "instance", "severity", "table", "row", "column",
                    "row_label", "column_label", "printed", "expected", "page", "message", "message_english"]
        case .reports:
            return ["sha256", "path", "path_count", "file_name", "kind", "title", "agency", "agency_key", "year", "template",
                    "page_count", "status", "finding_count", "warning_count", "schema_version", "ingested_at",
                    "proactive_status", "requests_status", "review_litigation_status", "same_as", "ocr"]
        case .failures:
            return ["path", "sha256", "stage", "kind", "message", "failed_at"]
        case .series:
            return SeriesExport.columns
        case .seriesFindings:
            return ["agency_key", "year", "rule", "instance", "severity", "table", "row", "column", "row_label",
                    "column_label", "printed", "expected", "sha256", "path", "page", "other_sha256", "other_path",
                    "other_year", "other_page", "message", "message_english"]
        }
    }

    /// The query producing `columns`, in a stable order; `?` binds `rawValue` for the cell tables.
    var sql: String {
        let firstPath = "(SELECT min(p.path) FROM report_path p WHERE p.sha256 = r.sha256)"
        func status(_ kind: String) -> String {
            "(SELECT t.status FROM table_status t WHERE t.sha256 = r.sha256 AND t.table_kind = '\(kind)')"
        }
        switch self {
        case .requests, .proactive, .reviewLitigation:
            return """
                SELECT c.sha256, \(firstPath), r.agency, r.agency_key, r.year, r.template, c.table_template,
                       (SELECT t.status FROM table_status t WHERE t.sha256 = c.sha256 AND t.table_kind = c.table_kind),
                       c.row_key,
                       c.row_label, c.column_key, c.value, c.printed, c.unit, c.page, c.x0, c.y0, c.x1, c.y1, c.confidence
                FROM cell c JOIN report r ON r.sha256 = c.sha256
                WHERE c.table_kind = ?
                ORDER BY r.agency, r.year, c.sha256, c.row_position, c.column_position
                """
        case .findings:
            return """
                SELECT f.sha256, \(firstPath), r.agency, r.agency_key, r.year, f.rule, f.instance, f.severity, f.table_kind,
                       f.row_key, f.column_key, f.row_label, f.column_label, f.printed, f.expected, f.page,
                       f.message, f.message_english
                FROM finding f JOIN report r ON r.sha256 = f.sha256
                ORDER BY r.agency, r.year, f.sha256, f.position
                """
        case .reports:
            return """
                SELECT r.sha256, \(firstPath),
                       (SELECT count(*) FROM report_path p WHERE p.sha256 = r.sha256),
                       r.file_name, r.kind, r.title, r.agency, r.agency_key, r.year, r.template, r.page_count, r.status,
                       r.finding_count, r.warning_count, r.schema_version, r.ingested_at,
                       \(status("proactive")), \(status("requests")), \(status("review_litigation")), r.same_as, r.ocr
                FROM report r
                ORDER BY r.agency, r.year, r.sha256
                """
        case .failures:
            return "SELECT path, sha256, stage, kind, message, failed_at FROM failure ORDER BY path"
        case .seriesFindings:
            return """
                SELECT agency_key, year, rule, instance, severity, table_kind, row_key, column_key, row_label,
                       column_label, printed, expected, sha256, path, page, other_sha256, other_path, other_year,
                       other_page, message, message_english
                FROM series_finding
                ORDER BY agency_key, position
                """
        case .series:
            return ""  // computed in Swift: SeriesExport
        }
    }

    /// True for the three tables whose query binds the table kind.
    var isCellTable: Bool { [.requests, .proactive, .reviewLitigation].contains(self) }
}

/// The file formats `govreport export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// RFC 4180 CSV, UTF-8 without BOM, a header line, `\n` line ends; NULL is an empty field.
    case csv
    /// One JSON object per line, keys in column order; NULL is `null`.
    case jsonl
}
