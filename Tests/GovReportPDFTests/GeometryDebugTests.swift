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
