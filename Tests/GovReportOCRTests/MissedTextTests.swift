import Foundation
import GovReport
@testable import GovReportOCR
import GovReportPDF
import Testing

/// Print page OCR left unread in tables without vertical rules, and rows of em dashes (scans of unseen layouts).
@Suite("OCR missed text and em dashes")
struct MissedTextTests {
    /// A 400 × 120 px white page at 150 dpi with one line of print from y 50 to 66: a label of two characters
    /// (2.其 wrapped two characters a line: 14 × 16 px each) at x 20, values 1 and 2 (6 × 16 px) at 200 and 300.
    static func row() -> PageImage {
        var image = PageImage(width: 400, height: 120, dpi: 150, pixels: [UInt8](repeating: 250, count: 400 * 120))
        ImageStageTests.block(&image, 20, 50, 14, 16)
        ImageStageTests.block(&image, 37, 50, 14, 16)
        ImageStageTests.block(&image, 200, 50, 6, 16)
        ImageStageTests.block(&image, 300, 50, 6, 16)
        return image
    }

    @Test("in a line whose values page OCR read, the label's ink it left unread is a stretch to read again")
    func uncoveredLabel() throws {
        let image = Self.row()
        let missed = MissedText(image, ink: InkMask(image), grid: [])
        let band = try #require(missed.bands.first)
        #expect(missed.bands.count == 1 && band.y0 <= 50 && band.y1 >= 66)
        let values = [LabelReadTests.item("1", 200, 206, y0: 50, y1: 66), LabelReadTests.item("2", 300, 306, y0: 50, y1: 66)]
        // the label's two characters are one stretch (2 px apart), the values too narrow to be text
        #expect(missed.stretches(of: band, uncoveredBy: values) == [GridCell(x0: 20, y0: 50, x1: 51, y1: 66)])
        // read by page OCR: nothing is left
        let label = LabelReadTests.item("其", 37, 51, y0: 50, y1: 66)
        #expect(missed.stretches(of: band, uncoveredBy: values + [label]).isEmpty)
        // a flat dash page OCR read as _ (centred in the band, a third of its height or less) covers it too
        var dashed = Self.row()
        ImageStageTests.block(&dashed, 100, 57, 20, 2)
        let dashMissed = MissedText(dashed, ink: InkMask(dashed), grid: [])
        let underscore = LabelReadTests.item("_", 100, 120, y0: 56, y1: 60)
        #expect(dashMissed.stretches(of: try #require(dashMissed.bands.first), uncoveredBy: values + [label, underscore]).isEmpty)
        // unread, a dash is no text either (too flat): only the label is read again
        #expect(dashMissed.stretches(of: try #require(dashMissed.bands.first), uncoveredBy: values).count == 1)
    }

    @Test("print in a grid cell is the cell's; print beside it in the same rows (a merged cell) is looked at")
    func mergedCellsBesideTheGrid() throws {
        let image = Self.row()
        // a grid cell around the values: the label beside it, in the same rows, is still a band
        let grid = [GridCell(x0: 180, y0: 40, x1: 330, y1: 76)]
        let missed = MissedText(image, ink: InkMask(image), grid: grid)
        let band = try #require(missed.bands.first)
        #expect(missed.bands.count == 1 && band.x0 == 20 && band.x1 == 51)
        #expect(MissedText(image, ink: InkMask(image), grid: [GridCell(x0: 10, y0: 40, x1: 330, y1: 76)]).bands.isEmpty)
    }

    @Test("em dashes in a row right of a label are cells read as -; a lone stroke as wide is a 一, no cell")
    func emDashes() {
        var image = PageImage(width: 400, height: 200, dpi: 150, pixels: [UInt8](repeating: 250, count: 400 * 200))
        // a label of four characters, then three em dashes (21 × 2 px, an em at 150 dpi) 40 px apart
        for c in 0..<4 { ImageStageTests.block(&image, 20 + c * 16, 50, 14, 16) }
        for d in 0..<3 { ImageStageTests.block(&image, 150 + d * 60, 57, 21, 2) }
        // another label with one stroke as wide right of it
        for c in 0..<4 { ImageStageTests.block(&image, 20 + c * 16, 140, 14, 16) }
        ImageStageTests.block(&image, 150, 147, 21, 2)
        let cells = LooseCells(InkMask(image), grid: [], rules: [], verticalRules: [], dpi: 150).cells
        let dashes = cells.filter { $0.ink.y0 < 100 }
        #expect(dashes.count == 3 && dashes.allSatisfy(\.digitShaped))
        #expect(!cells.contains { $0.ink.y0 > 100 })
        let dash = dashes[0]
        #expect(CellReader.isDash(dash.ink, cell: dash.cell, dpi: 150))
    }
}

/// Page OCR's boxes of a row of numbers in narrow unruled columns (r37_0142d: 0 0 3 0 0 0 3 read 000300o003).
@Suite("OCR line heights and phantom digits")
struct LineHeightTests {
    static func item(_ text: String, _ x0: Int, _ y0: Int, _ y1: Int, line: (Int, Int)) -> OCRItem {
        OCRItem(text: text, x0: x0, y0: y0, x1: x0 + 16, y1: y1, lineY0: line.0, lineY1: line.1, confidence: 90)
    }

    @Test("a text line twice as high as its characters is cut to their median box; a line as high is kept")
    func inflatedLine() {
        // 、 and 新 boxed over the whole inflated line 404–442, the other characters 415–432
        let inflated = [Self.item("本", 246, 415, 432, line: (404, 442)), Self.item("、", 232, 404, 442, line: (404, 442)),
                        Self.item("年", 268, 415, 432, line: (404, 442)), Self.item("新", 291, 404, 442, line: (404, 442)),
                        Self.item("收", 308, 415, 432, line: (404, 442))]
        let normal = [Self.item("上", 245, 450, 466, line: (449, 467)), Self.item("年", 266, 449, 467, line: (449, 467)),
                      Self.item("结", 289, 450, 467, line: (449, 467))]
        let trimmed = LineHeights.trimmed(inflated + normal)
        #expect(trimmed.prefix(5).allSatisfy { $0.lineY0 == 415 && $0.lineY1 == 432 })
        #expect(Array(trimmed.suffix(3)) == normal)
        // two ideographs tell no line's height
        #expect(LineHeights.trimmed(Array(inflated.prefix(2))) == Array(inflated.prefix(2)))
    }

    @Test("a digit page OCR read over no ink is none; one over a digit's ink is kept")
    func phantomDigits() {
        var image = PageImage(width: 200, height: 60, dpi: 150, pixels: [UInt8](repeating: 250, count: 200 * 60))
        ImageStageTests.block(&image, 20, 20, 8, 15)
        let ink = InkMask(image)
        let real = OCRItem(text: "3", x0: 20, y0: 20, x1: 28, y1: 35, lineY0: 10, lineY1: 40, confidence: 90)
        let phantom = OCRItem(text: "0", x0: 50, y0: 20, x1: 62, y1: 35, lineY0: 10, lineY1: 40, confidence: 90)
        #expect(PageReading.hasInk(real, ink) && !PageReading.hasInk(phantom, ink))
        #expect(PageReading.isLatin(phantom) && PageReading.isLatin(OCRItem(text: "o", x0: 0, y0: 0, x1: 1, y1: 1, lineY0: 0, lineY1: 1, confidence: 1)))
        #expect(!PageReading.isLatin(OCRItem(text: "、", x0: 0, y0: 0, x1: 1, y1: 1, lineY0: 0, lineY1: 1, confidence: 1)))
        #expect(PageReading.overlaps(real, GridCell(x0: 26, y0: 22, x1: 40, y1: 30)))
    }
}
