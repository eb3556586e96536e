import Foundation
import GovReport

/// Every row one report contributes to the store, built from an extracted `Report` and its findings.
///
/// It is `Codable` so that a worker process can build it and send it to the parent, which writes it in one
/// transaction (`ReportStore.save(_:path:)`) without further work.
///
/// ```swift
/// let records = ReportRecords(report: report, findings: Checker().check(report))
/// try store.save(records, path: "/data/a.pdf")
/// ```
public struct ReportRecords: Codable, Hashable, Sendable {
    public var report: ReportRecord
    public var sections: [SectionRecord]
    public var paragraphs: [ParagraphRecord]
    public var cells: [CellRecord]
    public var tableStatuses: [TableStatusRecord]
    public var findings: [FindingRecord]
    public var warnings: [WarningRecord]

    /// The SHA-256 the rows are keyed by (`report.source.sha256`).
    public var sha256: String { report.sha256 }

    public init(report: Report, findings: [Finding], ingestedAt: String = Timestamp.now()) {
        let sha = report.source.sha256
        self.report = ReportRecord(
            sha256: sha, fileName: report.source.fileName, kind: report.source.kind.rawValue,
            pageCount: report.source.pageCount, title: report.info.title, agency: report.info.agency,
            year: report.info.year, template: report.info.template?.rawValue,
            status: findings.isEmpty ? .ok : .findings, findingCount: findings.count,
            warningCount: report.warnings.count, schemaVersion: Report.schemaVersion, ingestedAt: ingestedAt,
            ocr: report.source.ocr.map { ReportJSON.ocrValue($0).serialized() }, agencyKey: report.info.agencyKey)
        sections = report.sections.enumerated().map { index, section in
            SectionRecord(sha256: sha, position: index + 1, number: section.number, heading: section.heading,
                          page: section.page)
        }
        let blocks = [report.preamble] + report.sections.map(\.paragraphs)
        paragraphs = blocks.enumerated().flatMap { sectionPosition, block in
            block.enumerated().map { index, text in
                ParagraphRecord(sha256: sha, sectionPosition: sectionPosition, position: index + 1, text: text)
            }
        }
        cells = report.tables.flatMap { Self.cells(of: $0, sha256: sha) }
        tableStatuses = TableKind.allCases.map { kind in
            TableStatusRecord(sha256: sha, tableKind: kind.rawValue, status: report.tableStatus[kind].rawValue)
        }
        self.findings = findings.enumerated().map { index, finding in
            FindingRecord(
                sha256: sha, position: index + 1, rule: finding.rule, instance: finding.instance,
                severity: finding.severity.rawValue, tableKind: finding.table, rowKey: finding.row,
                columnKey: finding.column, rowLabel: finding.rowLabel, columnLabel: finding.columnLabel,
                printed: finding.printed, expected: finding.expected, page: finding.page,
                message: finding.message, messageEnglish: finding.messageEnglish)
        }
        warnings = report.warnings.enumerated().map { index, warning in
            WarningRecord(sha256: sha, position: index + 1, code: warning.code, message: warning.message,
                          tableKind: warning.table, rowKey: warning.row, columnKey: warning.column,
                          page: warning.page)
        }
    }

    /// One tidy row per cell of `table`.
    private static func cells(of table: Table, sha256: String) -> [CellRecord] {
        table.rows.enumerated().flatMap { rowIndex, row in
            row.cells.enumerated().map { columnIndex, entry in
                let cell = entry.cell
                return CellRecord(
                    sha256: sha256, tableKind: table.kind.rawValue, tableTemplate: table.template.rawValue,
                    rowKey: row.key, columnKey: entry.column, rowPosition: rowIndex + 1,
                    columnPosition: columnIndex + 1, rowLabel: row.label, value: cell.value, printed: cell.printed,
                    unit: cell.unit, page: cell.page, x0: cell.box?.x0, y0: cell.box?.y0, x1: cell.box?.x1,
                    y1: cell.box?.y1, confidence: cell.confidence)
            }
        }
    }
}

/// ISO 8601 timestamps as the store writes them.
public enum Timestamp {
    /// The current time, e.g. `2025-03-01T12:00:00Z`.
    public static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
