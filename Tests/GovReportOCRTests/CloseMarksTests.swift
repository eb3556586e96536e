import GovReportPDF
@testable import GovReportOCR
import Testing

/// Two narrow upright marks close together: a 0 whose hairlines broke on a bilevel scan, or a monospace
/// font's 11 (its feet nearly touch) on a grey one.
@Suite("close upright marks", .serialized)
struct CloseMarksTests {
    /// A 300 dpi page with two upright bars 3 px wide and 24 px high, 4 px apart; `edge` is the grey of the
    /// column either side of each bar (255: none, a bilevel scan; 128: anti-aliased, a grey scan).
    static func image(edge: UInt8) -> (PageImage, GridCell) {
        let width = 60, height = 60
        var pixels = [UInt8](repeating: 255, count: width * height)
        for x0 in [20, 27] {
            for y in 18..<42 {
                for x in x0..<(x0 + 3) { pixels[y * width + x] = 0 }
                pixels[y * width + x0 - 1] = min(pixels[y * width + x0 - 1], edge)
                pixels[y * width + x0 + 3] = min(pixels[y * width + x0 + 3], edge)
            }
        }
        return (PageImage(width: width, height: height, dpi: 300, pixels: pixels), GridCell(x0: 19, y0: 18, x1: 31, y1: 42))
    }

    @Test("on a bilevel scan they are a 0; on a grey scan a doubtful 11, 0 its competing read")
    func closeMarks() throws {
        let reader = CellReader(engine: try TesseractEngine(language: "eng"))
        let cell = GridCell(x0: 0, y0: 0, x1: 60, y1: 60)
        let (bilevel, box) = Self.image(edge: 255)
        #expect(CellReader.isBilevel(bilevel, box))
        let zero = reader.read(bilevel, ink: box, cell: cell)
        let (grey, greyBox) = Self.image(edge: 128)
        #expect(!CellReader.isBilevel(grey, greyBox))
        let ones = reader.read(grey, ink: greyBox, cell: cell)
        #expect(zero.text == "0" && !zero.isDoubtful)
        #expect(ones.text == "11" && ones.isDoubtful && ones.alternatives == ["0"])
    }
}
