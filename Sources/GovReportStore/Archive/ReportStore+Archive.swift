import Foundation
import GRDB
import GovReport

extension ReportStore {
    /// Each agency's series, read from the store one agency at a time (reports, cells, table status, paths),
    /// for the agencies in `agencyKeys` (every agency when nil). A report stored without a key (before
    /// migration `v5_agency_key`) gets the key of its agency; `aliases` re-key every report.
    ///
    /// ```swift
    /// try store.forEachSeries { series in findings += CrossYearRules().check(series) }
    /// ```
    public func forEachSeries(agencyKeys: Set<String>? = nil, aliases: AgencyAliases = AgencyAliases(),
                              _ body: (AgencySeries) throws -> Void) throws {
        let groups = try read { db in try Self.reportsByAgency(db, aliases: aliases) }
        for key in groups.keys.sorted() where agencyKeys?.contains(key) ?? true {
            let reports = try read { db in try Self.archived(groups[key] ?? [], key: key, db) }
            for series in AgencySeries.group(reports) { try body(series) }
        }
    }

    /// The agency keys of the reports found under `paths` (as stored: absolute paths), with `aliases` applied.
    public func agencyKeys(forPaths paths: [String], aliases: AgencyAliases = AgencyAliases()) throws -> Set<String> {
        let wanted = Set(paths)
        return try read { db in
            let shas = Set(try PathRecord.fetchAll(db).filter { wanted.contains($0.path) }.map(\.sha256))
            var keys = Set<String>()
            for (key, records) in try Self.reportsByAgency(db, aliases: aliases)
            where records.contains(where: { shas.contains($0.sha256) }) {
                keys.insert(key)
            }
            return keys
        }
    }

    /// Writes each report's agency key: its agency's key with `aliases` applied. With `keepStored`, keys
    /// already stored stay and only reports stored before keys existed get one. Returns how many changed.
    @discardableResult
    public func rekey(aliases: AgencyAliases = AgencyAliases(), keepStored: Bool) throws -> Int {
        try write { db in
            var changed = 0
            for record in try ReportRecord.fetchAll(db) {
                let key = keepStored ? (record.agencyKey ?? aliases.key(record.agency)) : aliases.key(record.agency)
                guard key != record.agencyKey else { continue }
                try db.execute(sql: "UPDATE report SET agency_key = ? WHERE sha256 = ?", arguments: [key, record.sha256])
                changed += 1
            }
            return changed
        }
    }

    /// Runs the cross-year rules X1–X4 over the agencies in `agencyKeys` (every agency when nil), stores
    /// their findings and copy links in place of the earlier ones, and returns the findings.
    ///
    /// ```swift
    /// let findings = try store.checkSeries()   // also what `govreport check --db` runs
    /// ```
    @discardableResult
    public func checkSeries(agencyKeys: Set<String>? = nil, aliases: AgencyAliases = AgencyAliases(),
                            settings: CheckSettings = CheckSettings()) throws -> [SeriesFinding] {
        let rules = CrossYearRules(settings: settings)
        var findings: [SeriesFinding] = [], links: [(copy: String, of: String)] = []
        try forEachSeries(agencyKeys: agencyKeys, aliases: aliases) { series in
            findings += rules.check(series)
            links += series.years.values.flatMap { $0.copies.map { ($0.copy.sha256, $0.of.sha256) } }
        }
        try replaceSeriesFindings(findings, links: links, agencyKeys: agencyKeys)
        return findings
    }

    /// Replaces the cross-year findings and copy links of the agencies in `agencyKeys` (of every agency when
    /// nil) in one transaction.
    public func replaceSeriesFindings(_ findings: [SeriesFinding], links: [(copy: String, of: String)],
                                      agencyKeys: Set<String>?) throws {
        try write { db in
            if let agencyKeys {
                for key in agencyKeys {
                    try db.execute(sql: "DELETE FROM series_finding WHERE agency_key = ?", arguments: [key])
                    try db.execute(sql: "UPDATE report SET same_as = NULL WHERE agency_key = ?", arguments: [key])
                }
            } else {
                try db.execute(sql: "DELETE FROM series_finding; UPDATE report SET same_as = NULL")
            }
            for link in links {
                try db.execute(sql: "UPDATE report SET same_as = ? WHERE sha256 = ?", arguments: [link.of, link.copy])
            }
            var positions: [String: Int] = [:]
            for f in findings {
                positions[f.agencyKey, default: 0] += 1
                let g = f.finding
                let values: [(any DatabaseValueConvertible)?] = [
                    f.agencyKey, positions[f.agencyKey] ?? 0, f.year, g.rule, f.instance, g.severity.rawValue, g.table,
                    g.row, g.column, g.rowLabel, g.columnLabel, g.printed, g.expected, f.subject?.sha256,
                    f.subject?.path, f.subject?.page, f.other?.sha256, f.other?.path, f.other?.year, f.other?.page,
                    g.message, g.messageEnglish]
                try db.execute(sql: SeriesFindingSQL.insert, arguments: StatementArguments(values))
            }
        }
    }

    /// Report rows grouped by effective agency key (stored, else computed; aliases applied).
    static func reportsByAgency(_ db: Database, aliases: AgencyAliases) throws -> [String: [ReportRecord]] {
        var groups: [String: [ReportRecord]] = [:]
        for record in try ReportRecord.fetchAll(db) {
            guard let key = (record.agencyKey ?? AgencyKey.key(record.agency)).map(aliases.rekey) else { continue }
            groups[key, default: []].append(record)
        }
        return groups
    }

    /// The reports of `records` rebuilt from their rows, keyed `key`.
    static func archived(_ records: [ReportRecord], key: String, _ db: Database) throws -> [ArchivedReport] {
        let shas = records.map(\.sha256)
        let cells = try cellRows(of: shas, db)
        let statuses = Dictionary(grouping: try TableStatusRecord.filter(shas.contains(Column("sha256"))).fetchAll(db),
                                  by: \.sha256)
        let paths = Dictionary(grouping: try PathRecord.filter(shas.contains(Column("sha256"))).fetchAll(db), by: \.sha256)
        return records.map { record in
            var report = Report(
                source: SourceInfo(fileName: record.fileName, sha256: record.sha256, pageCount: record.pageCount,
                                   kind: SourceInfo.Kind(rawValue: record.kind) ?? .pdf),
                info: ReportInfo(title: record.title, agency: record.agency, year: record.year,
                                 template: record.template.flatMap(TemplateVersion.init(rawValue:)), agencyKey: key))
            for table in tables(cells[record.sha256] ?? []) {
                switch table.kind {
                case .proactive: report.proactive = table
                case .requests: report.requests = table
                case .reviewLitigation: report.reviewLitigation = table
                }
            }
            let stored = statuses[record.sha256] ?? []
            for kind in TableKind.allCases {
                // Reports stored before table status existed: a stored table counts as complete.
                report.tableStatus[kind] = stored.first { $0.tableKind == kind.rawValue }
                    .flatMap { TableStatus(rawValue: $0.status) } ?? (report.table(kind) == nil ? .absent : .complete)
            }
            return ArchivedReport(report: report, paths: (paths[record.sha256] ?? []).map(\.path))
        }
    }

    /// One stored cell as the tables are rebuilt from it.
    struct StoredCell {
        var tableKind: String, tableTemplate: String, rowKey: String, columnKey: String, rowLabel: String
        var cell: Cell
    }

    /// The cells of these reports by hash, in table, row and column order. Read column by column: a
    /// Codable record with snake-case keys costs several times more per row, and an archive has millions.
    static func cellRows(of shas: [String], _ db: Database) throws -> [String: [StoredCell]] {
        guard !shas.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: shas.count).joined(separator: ", ")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT sha256, table_kind, table_template, row_key, column_key, row_label, value, printed, unit, page,
                   x0, y0, x1, y1
            FROM cell WHERE sha256 IN (\(marks))
            ORDER BY sha256, table_kind, row_position, column_position
            """, arguments: StatementArguments(shas))
        var cells: [String: [StoredCell]] = [:]
        while let row = try rows.next() {
            var box: Box?
            if let x0: Double = row[10], let y0: Double = row[11], let x1: Double = row[12], let y1: Double = row[13] {
                box = Box(x0: x0, y0: y0, x1: x1, y1: y1)
            }
            let cell = Cell(value: row[6], printed: row[7], page: row[9], box: box, unit: row[8])
            cells[row[0], default: []].append(StoredCell(tableKind: row[1], tableTemplate: row[2], rowKey: row[3],
                                                         columnKey: row[4], rowLabel: row[5], cell: cell))
        }
        return cells
    }

    /// Tables from cells sorted by table, row and column position.
    static func tables(_ cells: [StoredCell]) -> [GovReport.Table] {
        var tables: [GovReport.Table] = []
        for stored in cells {
            guard let kind = TableKind(rawValue: stored.tableKind) else { continue }
            if tables.last?.kind != kind {
                tables.append(GovReport.Table(kind: kind, template: TemplateVersion(rawValue: stored.tableTemplate) ?? .v2021, rows: []))
            }
            let last = tables.count - 1
            if tables[last].rows.last?.key == stored.rowKey {
                tables[last].rows[tables[last].rows.count - 1].cells.append((stored.columnKey, stored.cell))
            } else {
                tables[last].rows.append(TableRow(key: stored.rowKey, label: stored.rowLabel, cells: [(stored.columnKey, stored.cell)]))
            }
        }
        return tables
    }
}

/// The insert of a `series_finding` row, columns spelled out.
enum SeriesFindingSQL {
    static let insert = """
        INSERT INTO series_finding (agency_key, position, year, rule, instance, severity, table_kind, row_key, column_key,
                                    row_label, column_label, printed, expected, sha256, path, page, other_sha256,
                                    other_path, other_year, other_page, message, message_english)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
}
