import Foundation
import GovReport
import GovReportPDF

/// Truth files (`govreport-truth/1`) as expected cells, and helpers to read a sample's sections.
struct TableTruth {
    struct Expected: Hashable { var table: TableKind; var row: String; var column: String; var value: Double }

    var template: TemplateVersion
    var cells: [Expected]

    /// Reads NAME.json; nil when it is absent.
    init?(path: String) {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        template = TemplateVersion(rawValue: object["template"] as? String ?? "") ?? .v2021
        var cells: [Expected] = []
        if let requests = object["requests"] as? [String: [Double]] {
            for (row, values) in requests {
                for (column, value) in zip(TemplateRows.requestColumns, values) {
                    cells.append(Expected(table: .requests, row: row, column: column.key, value: value))
                }
            }
        }
        if let review = object["review_litigation"] as? [String: [Double]] {
            for (group, values) in review {
                for (column, value) in zip(TemplateRows.reviewColumns, values) {
                    cells.append(Expected(table: .reviewLitigation, row: group, column: column.key, value: value))
                }
            }
        }
        if let proactive = object["proactive"] as? [String: [Double]] {
            let rows = TemplateRows.proactiveRows(template)
            for (truthKey, values) in proactive {
                let key = truthKey == "fees_10k_yuan" ? "fees" : truthKey
                guard let row = rows.first(where: { $0.row.key == key }) else { continue }
                for (column, value) in zip(row.columns, values) {
                    cells.append(Expected(table: .proactive, row: key, column: column.key, value: value))
                }
            }
        }
        self.cells = cells
    }

    /// Counts the expected cells a table reproduces; lists the misses.
    func score(_ tables: [TableKind: Table]) -> (right: Int, total: Int, misses: [String]) {
        var right = 0
        var misses: [String] = []
        for e in cells.sorted(by: { ($0.table.rawValue, $0.row, $0.column) < ($1.table.rawValue, $1.row, $1.column) }) {
            let got = tables[e.table]?[e.row, e.column]
            if let got, abs(got.value - e.value) < 1e-6 { right += 1 } else {
                misses.append("\(e.table.rawValue)/\(e.row)/\(e.column): want \(e.value) got \(got.map { "\($0.value) (\"\($0.printed)\")" } ?? "nil")")
            }
        }
        return (right, cells.count, misses)
    }
}

enum SampleReader {
    /// Page-number lines ("- 3 -", "—3—", "第3页", "3"): dropped in tests until the text stage removes them.
    static func isPageNumber(_ line: TextLine) -> Bool {
        guard line.tokens.count == 1 else { return false }
        let t = line.text.filter { !$0.isWhitespace }
        let core = t.trimmingCharacters(in: CharacterSet(charactersIn: "-—–－第页"))
        return !core.isEmpty && core.allSatisfy(\.isNumber) && t.count <= 8
    }

    static func lines(ofPDF path: String) throws -> [TextLine] {
        try PDFReader().readPages(atPath: path).flatMap { TextLines.lines(of: $0) }.filter { !isPageNumber($0) }
    }

    static func lines(ofText path: String) -> [TextLine] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return TextLines.lines(fromPlainText: text).filter { !isPageNumber($0) && !$0.tokens.isEmpty }
    }

    /// The lines of section `number`, heading first; empty when the section is not found.
    static func section(_ number: Int, of lines: [TextLine]) -> [TextLine] {
        guard let span = SectionHeadings.spans(in: lines).first(where: { $0.number == number }) else { return [] }
        return Array(lines[span.range])
    }

    /// Reads the three tables with the geometric reader.
    static func tables(of lines: [TextLine]) -> (tables: [TableKind: Table], warnings: [ExtractionWarning]) {
        var tables: [TableKind: Table] = [:]
        var warnings: [ExtractionWarning] = []
        let proactive = GeometryTableReader.proactive(section(2, of: lines))
        let requests = GeometryTableReader.requests(section(3, of: lines), reportTemplate: proactive.table?.template)
        let review = GeometryTableReader.reviewLitigation(section(4, of: lines))
        for reading in [proactive, requests, review] {
            if let t = reading.table { tables[t.kind] = t }
            warnings += reading.warnings
        }
        return (tables, warnings)
    }
}
