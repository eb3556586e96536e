import Foundation
import GRDB

/// The SQLite store of extracted reports: reports keyed by SHA-256, their paths, sections, paragraphs,
/// tidy cells, findings, warnings, and the files that failed.
///
/// Every write is one transaction, so a batch killed at any moment leaves whole reports only, and saving
/// content that is already stored only records the new path.
///
/// ```swift
/// let store = try ReportStore(path: "reports.sqlite")
/// if try !store.contains(sha256: sha) { try store.save(records, path: "/data/a.pdf") }
/// ```
public struct ReportStore: Sendable {
    private let dbWriter: any DatabaseWriter

    /// Opens (creating if needed) the database file at `path` in WAL mode and migrates it.
    /// Throws `StoreError.cannotOpen` naming the file when it cannot be opened, written or migrated.
    public init(path: String) throws {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            try self.init(dbWriter: DatabasePool(path: path, configuration: configuration))
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// A store in memory, for tests and previews.
    public static func inMemory() throws -> ReportStore {
        try ReportStore(dbWriter: DatabaseQueue())
    }

    private init(dbWriter: any DatabaseWriter) throws {
        self.dbWriter = dbWriter
        try Migrations.migrator.migrate(dbWriter)
    }

    /// True when a report with this content hash is stored.
    public func contains(sha256: String) throws -> Bool {
        try dbWriter.read { db in try ReportRecord.exists(db, key: sha256) }
    }

    /// What `save(_:path:)` did.
    public enum SaveOutcome: Equatable, Sendable {
        /// The report was new: every row was written.
        case stored
        /// The content was already stored: only the path was recorded (nothing when it was known too).
        case alreadyStored
    }

    /// Writes every row of one report, and `path` as a place it was found, in one transaction.
    /// A failure recorded earlier for `path` is removed. Content already stored gets only the new path.
    @discardableResult
    public func save(_ records: ReportRecords, path: String) throws -> SaveOutcome {
        try dbWriter.write { db in
            try FailureRecord.deleteOne(db, key: path)
            if try ReportRecord.exists(db, key: records.sha256) {
                try PathRecord(path: path, sha256: records.sha256).insert(db, onConflict: .ignore)
                return .alreadyStored
            }
            try records.report.insert(db)
            try PathRecord(path: path, sha256: records.sha256).insert(db)
            for record in records.sections { try record.insert(db) }
            let paragraphInsert = try db.cachedStatement(sql: ParagraphRecord.insertSQL)
            for record in records.paragraphs { try paragraphInsert.execute(arguments: record.insertArguments) }
            let cellInsert = try db.cachedStatement(sql: CellRecord.insertSQL)
            for record in records.cells { try cellInsert.execute(arguments: record.insertArguments) }
            for record in records.tableStatuses { try record.insert(db) }
            for record in records.findings { try record.insert(db) }
            for record in records.warnings { try record.insert(db) }
            return .stored
        }
    }

    /// Records `path` for content that is already stored; returns false (and writes nothing) when no
    /// report has this hash.
    @discardableResult
    public func addPath(_ path: String, sha256: String) throws -> Bool {
        try dbWriter.write { db in
            guard try ReportRecord.exists(db, key: sha256) else { return false }
            try FailureRecord.deleteOne(db, key: path)
            try PathRecord(path: path, sha256: sha256).insert(db, onConflict: .ignore)
            return true
        }
    }

    /// Records (or replaces) the failure of one path.
    public func recordFailure(_ failure: FailureRecord) throws {
        try dbWriter.write { db in try failure.insert(db, onConflict: .replace) }
    }

    /// A failure recorded for this content under any path, if there is one.
    public func failure(sha256: String) throws -> FailureRecord? {
        try dbWriter.read { db in
            try FailureRecord.filter(Column("sha256") == sha256).order(Column("path")).fetchOne(db)
        }
    }

    /// The stored report with this hash, if any.
    public func report(sha256: String) throws -> ReportRecord? {
        try dbWriter.read { db in try ReportRecord.fetchOne(db, key: sha256) }
    }

    /// Every path recorded for a content, sorted.
    public func paths(sha256: String) throws -> [String] {
        try dbWriter.read { db in
            try PathRecord.filter(Column("sha256") == sha256).order(Column("path")).fetchAll(db).map(\.path)
        }
    }

    /// Every recorded failure, sorted by path.
    public func failures() throws -> [FailureRecord] {
        try dbWriter.read { db in try FailureRecord.order(Column("path")).fetchAll(db) }
    }

    /// How many rows each table holds.
    public func counts() throws -> StoreCounts {
        try dbWriter.read { db in
            StoreCounts(
                reports: try ReportRecord.fetchCount(db), paths: try PathRecord.fetchCount(db),
                sections: try SectionRecord.fetchCount(db), paragraphs: try ParagraphRecord.fetchCount(db),
                cells: try CellRecord.fetchCount(db), findings: try FindingRecord.fetchCount(db),
                warnings: try WarningRecord.fetchCount(db), failures: try FailureRecord.fetchCount(db))
        }
    }

    /// Runs `body` on a read-only connection (used by the exporters in this module).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try dbWriter.read(body)
    }

    /// Runs `body` in one write transaction (used by the archive operations in this module).
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try dbWriter.write(body)
    }
}

/// Row counts of every table of a store.
public struct StoreCounts: Equatable, Sendable, CustomStringConvertible {
    public var reports, paths, sections, paragraphs, cells, findings, warnings, failures: Int

    public init(reports: Int, paths: Int, sections: Int, paragraphs: Int, cells: Int, findings: Int, warnings: Int,
                failures: Int) {
        self.reports = reports; self.paths = paths; self.sections = sections; self.paragraphs = paragraphs
        self.cells = cells; self.findings = findings; self.warnings = warnings; self.failures = failures
    }

    public var description: String {
        "reports \(reports), paths \(paths), sections \(sections), paragraphs \(paragraphs), cells \(cells), "
            + "findings \(findings), warnings \(warnings), failures \(failures)"
    }
}

/// Why the store could not be used.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case cannotOpen(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open the report database (\(reason)). Check that its folder exists and is writable, or pass another --db."
        }
    }
}
