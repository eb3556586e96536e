import GovReportPDF
@testable import GovReportOCR
import Testing

/// Cells of a table without vertical rules, found from the ink's geometry.
@Suite("loose cells")
struct LooseCellsTests {
    /// A 300 dpi page: a row label wrapped to two lines (outlined squares, characters 36 px high) at y 100 and
    /// 150, a value of three upright marks (1s, 30 px high) level with the gap between the lines at x 700,
    /// and a second value right of it at x 900.
    static func page() -> PageImage {
        let width = 1100, height = 300
        var pixels = [UInt8](repeating: 255, count: width * height)
        func fill(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) {
            for y in y0..<y1 { for x in x0..<x1 { pixels[y * width + x] = 0 } }
        }
        for (top, count) in [(100, 9), (150, 7)] {
            for i in 0..<count {
                let x0 = 100 + i * 42
                fill(x0, top, x0 + 36, top + 3); fill(x0, top + 33, x0 + 36, top + 36)
                fill(x0, top, x0 + 3, top + 36); fill(x0 + 33, top, x0 + 36, top + 36)
            }
        }
        for x0 in [700, 720, 740, 900, 920] { fill(x0, 128, x0 + 4, 158) }
        return PageImage(width: width, height: height, dpi: 300, pixels: pixels)
    }

    @Test("a value level with the middle of a label wrapped to two lines is a cell")
    func valueBetweenLabelLines() {
        let loose = LooseCells(InkMask(Self.page()), grid: [], rules: [], verticalRules: [], dpi: 300)
        let inks = loose.cells.map(\.ink)
        #expect(inks.contains { $0.x0 == 700 && $0.x1 == 744 && $0.y0 == 128 && $0.y1 == 158 })
        #expect(inks.contains { $0.x0 == 900 && $0.x1 == 924 })
        // The label's lines are words with nothing left of them: no cells.
        #expect(!inks.contains { $0.x0 < 600 })
    }
}
