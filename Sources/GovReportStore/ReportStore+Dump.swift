import GRDB

extension ReportStore {
    /// Every row of every table as sorted text lines, without the time columns (`ingested_at`,
    /// `failed_at`): two stores holding the same data give the same dump whenever they were written.
    ///
    /// ```swift
    /// #expect(try resumed.canonicalDump() == try uninterrupted.canonicalDump())
    /// ```
    public func canonicalDump() throws -> [String] {
        let tables = ["report", "report_path", "section", "paragraph", "cell", "table_status", "finding", "warning", "failure",
                      "series_finding"]
        let timeColumns: Set<String> = ["ingested_at", "failed_at"]
        return try read { db in
            try tables.flatMap { table -> [String] in
                let columns = try db.columns(in: table).map(\.name).filter { !timeColumns.contains($0) }
                let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                let rows = try Row.fetchAll(db, sql: "SELECT \(list) FROM \"\(table)\" ORDER BY \(list)")
                return rows.map { row in table + " " + row.databaseValues.map(\.description).joined(separator: " | ") }
            }
        }
    }
}
