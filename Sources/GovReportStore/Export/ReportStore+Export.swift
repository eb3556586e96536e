import Foundation
import GRDB
import GovReport

extension ReportStore {
    /// Writes `table` in `format` through `write` (called with chunks of text) and returns the row count.
    ///
    /// ```swift
    /// var csv = ""
    /// let rows = try store.export(.requests, format: .csv) { csv += $0 }
    /// ```
    /// `aliases` (`--agencies`) re-key the `agency_key` column (and group `series` by the new keys).
    @discardableResult
    public func export(_ table: ExportTable, format: ExportFormat, aliases: AgencyAliases = AgencyAliases(),
                       write: (String) throws -> Void) throws -> Int {
        let formatter = RowFormatter(format: format, columns: table.columns)
        let arguments: StatementArguments = table.isCellTable ? [table.rawValue] : []
        return try read { db in
            var buffer = formatter.header()
            var count = 0
            func emit(_ values: [DatabaseValue]) throws {
                buffer += formatter.line(values)
                count += 1
                if buffer.utf8.count >= 1 << 16 {
                    try write(buffer)
                    buffer = ""
                }
            }
            if table == .series {
                for values in try SeriesExport.rows(db, aliases: aliases) { try emit(values) }
            } else {
                let keyColumn = aliases.isEmpty ? nil : table.columns.firstIndex(of: "agency_key")
                let rows = try Row.fetchCursor(db, sql: table.sql, arguments: arguments)
                while let row = try rows.next() {
                    var values = Array(row.databaseValues)
                    if let keyColumn, let key = String.fromDatabaseValue(values[keyColumn]) {
                        values[keyColumn] = aliases.rekey(key).databaseValue
                    }
                    try emit(values)
                }
            }
            if !buffer.isEmpty { try write(buffer) }
            return count
        }
    }

    /// Writes `table` to the file at `path` atomically (a temporary file in the same folder, then a rename)
    /// and returns the row count. Refuses to replace an existing file unless `overwrite` is true.
    @discardableResult
    public func export(_ table: ExportTable, format: ExportFormat, aliases: AgencyAliases = AgencyAliases(),
                       toFile path: String, overwrite: Bool) throws -> Int {
        let destination = URL(fileURLWithPath: path)
        if !overwrite, FileManager.default.fileExists(atPath: destination.path) {
            throw ExportError.exists(path: path)
        }
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw ExportError.cannotWrite(path: path, reason: "cannot create \(temporary.path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            let count: Int
            do {
                defer { try? handle.close() }
                count = try export(table, format: format, aliases: aliases) { try handle.write(contentsOf: Data($0.utf8)) }
                try handle.synchronize()
            }
            try Self.moveIntoPlace(temporary.path, destination.path, overwrite: overwrite, name: path)
            return count
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if error is ExportError { throw error }
            throw ExportError.cannotWrite(path: path, reason: "\(error)")
        }
    }
}

extension ReportStore {
    /// Renames the finished temporary file to `destination`. Without `overwrite` it is hard-linked instead
    /// (link(2) fails when the name exists), so a file that appeared while the export ran is never replaced;
    /// a file system without hard links falls back to a check and a rename.
    static func moveIntoPlace(_ temporary: String, _ destination: String, overwrite: Bool, name: String) throws {
        if !overwrite {
            if link(temporary, destination) == 0 {
                unlink(temporary)
                return
            }
            if errno == EEXIST { throw ExportError.exists(path: name) }
            if FileManager.default.fileExists(atPath: destination) { throw ExportError.exists(path: name) }
        }
        guard rename(temporary, destination) == 0 else {
            throw ExportError.cannotWrite(path: name, reason: String(cString: strerror(errno)))
        }
    }
}

/// Why an export file was not written.
public enum ExportError: Error, CustomStringConvertible, Sendable {
    case exists(path: String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .exists(let path):
            return "\(path) already exists. Pass --force to replace it, or choose another --output."
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write the export (\(reason)). Check that the folder exists and is writable."
        }
    }
}
