import Foundation
import GovReport
import Testing

/// Prints a sample's tables and warnings when GEO_DEBUG names it (development aid; no assertions).
@Test("debug print", .enabled(if: ProcessInfo.processInfo.environment["GEO_DEBUG"] != nil))
func geometryDebugPrint() throws {
    let path = ProcessInfo.processInfo.environment["GEO_DEBUG"] ?? ""
    let lines = path.hasSuffix(".txt") ? SampleReader.lines(ofText: path) : try SampleReader.lines(ofPDF: path)
    let (tables, warnings) = SampleReader.tables(of: lines)
    for kind in TableKind.allCases {
        guard let t = tables[kind] else { print("\(kind): nil"); continue }
        print("\(kind) template \(t.template)")
        for row in t.rows { print("  \(row.key) [\(row.label)] " + row.cells.map { "\($0.cell.printed.isEmpty ? "_" : $0.cell.printed)" }.joined(separator: " ")) }
    }
    for w in warnings where w.code != "blank_cell" { print("warning \(w.code): \(w.message)") }
    print("blank cells: \(warnings.filter { $0.code == "blank_cell" }.count)")
}

@Test("debug lines", .enabled(if: ProcessInfo.processInfo.environment["GEO_LINES"] != nil))
func geometryDebugLines() throws {
    let path = ProcessInfo.processInfo.environment["GEO_LINES"] ?? ""
    let lines = path.hasSuffix(".txt") ? SampleReader.lines(ofText: path) : try SampleReader.lines(ofPDF: path)
    for line in SampleReader.section(3, of: lines) {
        print(String(format: "p%d %.1f-%.1f ", line.page, line.box.y0, line.box.y1) + line.tokens.map { String(format: "[%@ %.1f-%.1f y%.1f-%.1f]", $0.text, $0.box.x0, $0.box.x1, $0.box.y0, $0.box.y1) }.joined(separator: " "))
    }
}

@Test("debug score layout texts", .enabled(if: ProcessInfo.processInfo.environment["GEO_SCORE"] != nil))
func geometryDebugScore() throws {
    let dir = ProcessInfo.processInfo.environment["GEO_SCORE"] ?? ""
    var right = 0, total = 0
    for file in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where file.hasSuffix(".layout.txt") {
        let name = String(file.dropLast(11))
        guard let truth = TableTruth(path: "\(GeometryCorpusTests.corpus)/\(name).json") else { continue }
        let score = truth.score(SampleReader.tables(of: SampleReader.lines(ofText: "\(dir)/\(file)")).tables)
        right += score.right; total += score.total
        print("geometry \(file): \(score.right)/\(score.total)")
        for miss in score.misses.prefix(5) { print("  \(miss)") }
    }
    print("geometry layout overall: \(right)/\(total)")
}
