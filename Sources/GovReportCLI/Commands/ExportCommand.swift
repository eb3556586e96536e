import ArgumentParser
import Foundation
import GovReport
import GovReportStore

extension GovReportCommand {
    /// `govreport export --db reports.sqlite --format csv --table requests`: tidy tables for pandas, R,
    /// DuckDB or Spark.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one tidy table of an ingested database as CSV or JSON Lines.",
            discussion: """
            Tables: requests, proactive, review_litigation (one row per cell), findings (one row per broken \
            rule), reports (one row per stored report), failures (one row per failed path), series (one row per \
            agency and year with the headline figures), series_findings (the cross-year findings of \
            `check --db` and `ingest`). --agencies FILE re-keys agency_key. Columns are \
            documented in Docs/export.md. With --output the file is written atomically (temporary file, then \
            rename) and an existing file is kept unless --force.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case csv, jsonl }

        @Option(help: "The SQLite database written by `govreport ingest`.")
        var db: String

        @Option(help: "csv or jsonl.")
        var format: Format

        @Option(help: "requests, proactive, review_litigation, findings, reports, failures, series or series_findings.")
        var table: ExportTable = .requests

        @Option(help: "Write to this file instead of stdout.")
        var output: String?

        @Flag(help: "Replace --output when it exists.")
        var force = false

        @OptionGroup var agencyOptions: AgencyOptions

        func validate() throws {
            guard FileManager.default.fileExists(atPath: db) else {
                throw ValidationError("\(db): no such database. Run `govreport ingest PATH --db \(db)` first.")
            }
        }

        func run() throws {
            let store = try ReportStore(path: db)
            let exportFormat: ExportFormat = format == .csv ? .csv : .jsonl
            let aliases = try agencyOptions.aliases()
            if let output {
                let rows = try store.export(table, format: exportFormat, aliases: aliases, toFile: output, overwrite: force)
                Console.error("wrote \(rows) rows of \(table.rawValue) to \(output)")
            } else {
                try store.export(table, format: exportFormat, aliases: aliases) { Console.out($0) }
            }
        }
    }
}

extension ExportTable: ExpressibleByArgument {}
