import Foundation
import GovReport

/// Files of this repository that tests read: found from this file's path, so they work from any clone.
public enum RepositoryFiles {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The layout-variation fixtures (Tests/Fixtures/variations): NAME.pdf, .raw.txt, .layout.txt, .json.
    public static let fixtures = root.appendingPathComponent("Tests/Fixtures/variations")
    /// The random-layout fixtures (Tests/Fixtures/random): NAME.pdf and NAME.json with a `layout` member.
    public static let randomLayouts = root.appendingPathComponent("Tests/Fixtures/random")
    /// The bundled samples (Samples/reports): NAME.pdf, .txt, .docx, .html, .json.
    public static let samples = root.appendingPathComponent("Samples/reports")
    /// The web-page and Word fixtures (Tests/Fixtures/web): NAME.docx or NAME.html, and NAME.json.
    public static let web = root.appendingPathComponent("Tests/Fixtures/web")

    /// Base names in `folder` that have a truth file (NAME.json) and a file ending in `suffix`.
    public static func names(in folder: URL, withSuffix suffix: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }
            .filter { files.contains($0 + ".json") }.sorted()
    }
}

/// A truth file (schema `govreport-truth/1`, see Samples/README.md) as cells keyed like our tables.
public struct TruthFile {
    /// One expected cell: table, row key, column key, value.
    public struct Expected: Hashable, CustomStringConvertible {
        public var table: TableKind, row: String, column: String, value: Double
        public var description: String { "\(table.rawValue)[\(row)][\(column)] = \(JSONValue.format(value))" }
    }

    public var template: TemplateVersion
    public var year: Int?
    public var violations: [String]
    public var cells: [Expected]

    public init(url: URL) throws {
        let json = try JSONValue.parse(Data(contentsOf: url))
        template = TemplateVersion(rawValue: json["template"]?.string ?? "") ?? .v2021
        year = json["year"]?.int
        violations = json["violations"]?.array?.compactMap(\.string) ?? []
        var cells: [Expected] = []
        for row in TemplateRows.proactiveRows(template) {
            // The truth names the 2021 fees row after its unit.
            let key = row.row.key == "fees" && template == .v2021 ? "fees_10k_yuan" : row.row.key
            for (column, value) in zip(row.columns, json["proactive"]?[key]?.array ?? []) {
                cells.append(.init(table: .proactive, row: row.row.key, column: column.key, value: value.number ?? .nan))
            }
        }
        for (row, values) in json["requests"]?.pairs ?? [] {
            for (column, value) in zip(TemplateRows.requestColumns, values.array ?? []) {
                cells.append(.init(table: .requests, row: row, column: column.key, value: value.number ?? .nan))
            }
        }
        for (group, values) in json["review_litigation"]?.pairs ?? [] {
            for (column, value) in zip(TemplateRows.reviewColumns, values.array ?? []) {
                cells.append(.init(table: .reviewLitigation, row: group, column: column.key, value: value.number ?? .nan))
            }
        }
        self.cells = cells
    }

    /// Every expected cell the tables do not reproduce, as "table[row][column] = want, read got"; with
    /// `kind`, only the cells of that table.
    public func misses(in tables: [Table], of kind: TableKind? = nil) -> [String] {
        let byKind = Dictionary(tables.map { ($0.kind, $0) }, uniquingKeysWith: { a, _ in a })
        return cells.filter { kind == nil || $0.table == kind }.compactMap { e in
            let got = byKind[e.table]?[e.row, e.column]
            if let got, abs(got.value - e.value) < 1e-6 { return nil }
            return "\(e) read \(got.map { "\(JSONValue.format($0.value)) (\"\($0.printed)\")" } ?? "nothing")"
        }
    }

    /// Each of the three tables of `report`: its kind, its status and the truth's cells it misses (`misses`).
    public func outcomes(in report: Report) -> [(kind: TableKind, status: TableStatus, misses: [String])] {
        [TableKind.proactive, .requests, .reviewLitigation].map { kind in
            (kind, report.tableStatus[kind], misses(in: report.tables, of: kind))
        }
    }

    /// Cells in `tables` that the truth does not have; with `kind`, only in that table.
    public func extraCells(in tables: [Table], of kind: TableKind? = nil) -> Int {
        let expected = Set(cells.map { "\($0.table.rawValue)/\($0.row)/\($0.column)" })
        var extra = 0
        for table in tables where kind == nil || table.kind == kind {
            for row in table.rows {
                extra += row.cells.filter { !expected.contains("\(table.kind.rawValue)/\(row.key)/\($0.column)") }.count
            }
        }
        return extra
    }
}
