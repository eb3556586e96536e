import Foundation
@testable import GovReport
import Testing

@Test("debug columns", .enabled(if: ProcessInfo.processInfo.environment["GEO_COLS"] != nil))
func geometryDebugColumns() throws {
    let path = ProcessInfo.processInfo.environment["GEO_COLS"] ?? ""
    let lines = path.hasSuffix(".txt") ? SampleReader.lines(ofText: path) : try SampleReader.lines(ofPDF: path)
    let section = SampleReader.section(3, of: lines)
    let pieces = TablePieces.pieces(of: GeometryTableReader.bodyLines(section), settings: .init())
    let unit = TablePieces.unit(of: pieces)
    print("unit \(unit)")
    for page in Set(pieces.map(\.page)).sorted() {
        let values = pieces.filter { $0.page == page && $0.value != nil && $0.box.x0 > 300 }
        print("page \(page) clusters:", ColumnFinder.clusters(of: values, joinGap: 0.35 * unit).map { String(format: "%.1f-%.1f", $0.x0, $0.x1) })
    }
}

@Test("debug pieces", .enabled(if: ProcessInfo.processInfo.environment["GEO_PIECES"] != nil))
func geometryDebugPieces() throws {
    let path = ProcessInfo.processInfo.environment["GEO_PIECES"] ?? ""
    let lines = path.hasSuffix(".txt") ? SampleReader.lines(ofText: path) : try SampleReader.lines(ofPDF: path)
    let section = SampleReader.section(3, of: lines)
    let pieces = TablePieces.pieces(of: GeometryTableReader.bodyLines(section), settings: .init())
    let unit = TablePieces.unit(of: pieces)
    let labels = pieces.filter { $0.value == nil }
    let values = pieces.filter { $0.value != nil }
    var rows = TemplateRows.requestRows(.v2021)
    rows.insert(TemplateRows.requestRowOther2019, at: 20)
    let anchors = LabelAnchors.anchors(rows: rows, labels: labels, values: values, unit: unit, settings: .init())
    print("grid \(pieces.first?.grid ?? false) unit \(unit)")
    for a in anchors {
        print("anchor \(a.row.key) p\(a.page) top \(a.top) " + a.pieces.map { String(format: "[%@ %.1f-%.1f]", $0.text, $0.box.x0, $0.box.x1) }.joined())
    }
    for p in values { print(String(format: "value %@ p%d x%.1f-%.1f y%.1f", p.text, p.page, p.box.x0, p.box.x1, p.box.midY)) }
}
