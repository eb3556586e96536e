import Foundation
import GovReport

/// The shared sample corpus (`../shared/corpus` beside the repository) and its truth files
/// (schema `govreport-truth/1`, see corpus/public/README.md), as cells keyed like our tables.
enum CorpusTruth {
    /// The repository root, found from this file's path.
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static var isPresent: Bool { FileManager.default.fileExists(atPath: corpus.path) }

    /// Paths (relative to the corpus) of every plain-text sample that has a truth file beside it.
    static func textSamples() -> [String] {
        ["seed", "public"].flatMap { folder -> [String] in
            let dir = corpus.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { $0.hasSuffix(".txt") }.sorted()
                .filter { names.contains(String($0.dropLast(4)) + ".json") }
                .map { "\(folder)/\($0)" }
        }
    }

    /// One expected cell: table, row key, column key, value.
    struct Expected: Hashable, CustomStringConvertible {
        var table: TableKind, row: String, column: String, value: Double
        var description: String { "\(table.rawValue)[\(row)][\(column)] = \(value)" }
    }

    /// Every cell of sections 二, 三, 四 in a truth file, keyed as `Table`s are.
    static func cells(ofTruth url: URL) throws -> (template: TemplateVersion, cells: [Expected]) {
        let json = try JSONValue.parse(Data(contentsOf: url))
        let template = TemplateVersion(rawValue: json["template"]?.string ?? "") ?? .v2021
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
        return (template, cells)
    }
}

extension CorpusTruth {
    /// The layout-variation fixtures in the repository (Tests/Fixtures/variations).
    static let fixtures = repoRoot.appendingPathComponent("Tests/Fixtures/variations")

    /// Fixture text files with the given suffix (".raw.txt", ".layout.txt") that have a truth file.
    static func fixtureTexts(_ suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) && names.contains(String($0.dropLast(suffix.count)) + ".json") }.sorted()
    }

    /// The truth file beside a fixture text file.
    static func fixtureTruth(_ name: String) -> URL {
        let base = name.replacingOccurrences(of: ".raw.txt", with: "").replacingOccurrences(of: ".layout.txt", with: "")
        return fixtures.appendingPathComponent(base + ".json")
    }
}
