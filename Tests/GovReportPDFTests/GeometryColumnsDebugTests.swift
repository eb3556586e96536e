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
