import Foundation
import GovReport
@testable import GovReportOCR
import GovReportPDF
import Testing

/// How labels and placeholders of narrow, faded or unruled tables are read (scans of unseen layouts).
@Suite("OCR labels and dashes")
struct LabelReadTests {
    /// A 300 × 200 px white page at 150 dpi.
    static func page() -> PageImage {
        PageImage(width: 300, height: 200, dpi: 150, pixels: [UInt8](repeating: 250, count: 300 * 200))
    }

    @Test("a faded dash (6 × 3 px at 150 dpi) right of a two-line label is a cell, read as -, and no 一 of prose")
    func dashInLooseTable() throws {
        var image = Self.page()
        // a label of two lines, four characters each (14 × 16 px), 6 px apart; the dash between their middles
        for line in 0..<2 { for c in 0..<4 { ImageStageTests.block(&image, 20 + c * 16, 50 + line * 22, 14, 16) } }
        ImageStageTests.block(&image, 200, 68, 6, 3)
        // a wider flat stroke (一, 18 px) right of a label on another line: no dash
        for c in 0..<4 { ImageStageTests.block(&image, 20 + c * 16, 150, 14, 16) }
        ImageStageTests.block(&image, 200, 157, 18, 3)
        let cells = LooseCells(InkMask(image), grid: [], rules: [], verticalRules: [], dpi: 150).cells
        let dash = try #require(cells.first { $0.ink.x0 == 200 && $0.ink.y0 == 68 })
        #expect(dash.digitShaped && dash.cell.height >= 18)
        #expect(!cells.contains { $0.ink.y0 > 150 })
        let reader = CellReader(engine: try TesseractEngine(language: "eng"))
        #expect(reader.read(image, ink: dash.ink, cell: dash.cell).text == "-")
        // a number as wide (1300: 60 × 16 px) in a row of wrapped labels, five lines high, is no dash
        #expect(!CellReader.isDash(GridCell(x0: 0, y0: 0, x1: 60, y1: 16), cell: GridCell(x0: 0, y0: -40, x1: 70, y1: 60), dpi: 150))
        #expect(CellReader.isDash(GridCell(x0: 0, y0: 0, x1: 12, y1: 3), cell: GridCell(x0: 0, y0: -8, x1: 20, y1: 12), dpi: 150))
    }

    @Test("ink taller than a line of print is no number: a label wrapped two characters a line")
    func tallLabelIsNoNumber() {
        // two columns of five stacked characters: two upright marks 96 px high, as two 1s would be
        #expect(CellReader.isTallerThanALine(GridCell(x0: 100, y0: 40, x1: 132, y1: 136), dpi: 150))
        // a digit of a table's print (10 pt, 24 px at 150 dpi, 50 at 300) is not
        #expect(!CellReader.isTallerThanALine(GridCell(x0: 0, y0: 0, x1: 20, y1: 24), dpi: 150))
        #expect(!CellReader.isTallerThanALine(GridCell(x0: 0, y0: 0, x1: 40, y1: 50), dpi: 300))
    }

    /// One symbol in image pixels, on a line from y 40 to 64.
    static func item(_ text: String, _ x0: Int, _ x1: Int, y0: Int = 40, y1: Int = 64) -> OCRItem {
        OCRItem(text: text, x0: x0, y0: y0, x1: x1, y1: y1, lineY0: 40, lineY1: 64, confidence: 90)
    }

    @Test("a point printed after an item's digit that page OCR dropped is restored; prose 1 日 gets none")
    func itemPoint() {
        var image = Self.page()
        ImageStageTests.block(&image, 20, 40, 12, 24)    // 2
        ImageStageTests.block(&image, 36, 58, 4, 4)      // .
        ImageStageTests.block(&image, 46, 40, 24, 24)    // 重
        ImageStageTests.block(&image, 120, 40, 12, 24)   // 1
        ImageStageTests.block(&image, 146, 40, 24, 24)   // 日
        let ink = InkMask(image)
        // Tesseract's box of the 2 may take the point in
        let symbols = [Self.item("2", 20, 41), Self.item("重", 46, 70), Self.item("1", 120, 132), Self.item("日", 146, 170)]
        let restored = ItemPoints.restored(symbols, ink: ink)
        #expect(restored.count == 5)
        let point = restored.filter { $0.text == "." }
        #expect(point.count == 1 && point[0].x0 >= 36 && point[0].x1 <= 40)
        // a mark reaching the top half (a stroke of the next character) is no point
        var stroke = image
        ImageStageTests.block(&stroke, 36, 44, 4, 18)
        #expect(ItemPoints.restored(symbols, ink: InkMask(stroke)).count == 4)
    }

    @Test("a label cell read a few characters off is the template label it is clearly nearest to, line by line")
    func labelRepair() {
        // 4.保护第三方合法权益 in a column two characters wide, 方 dropped
        let lines = ["4.保", "护第", "三", "合法", "权益"]
        let cell = lines.enumerated().map { i, text in Self.item(text, 100, 130, y0: 40 + i * 30, y1: 60 + i * 30) }
        let repaired = LabelRepair.repaired(cell)
        #expect(repaired.map(\.text) == ["4.保", "护第", "三方", "合法", "权益"])
        #expect(repaired.map(\.y0) == cell.map(\.y0))
        #expect(RowMatcher.match(repaired.map(\.text).joined(), in: TemplateRows.requestRows(.v2021))?.key == "withheld.third_party_rights")
        // 7.属于行政执法案卷 read 7.属村政执法案老 (三 edits of ten)
        let misread = LabelRepair.repaired([Self.item("7.属村政执法案老", 100, 300)])
        #expect(misread.map(\.text) == ["7.属于行政执法案卷"])
        // a read that names a row, or is near no label, or as near two labels, stays
        let named = [Self.item("2.重复申请", 100, 200)]
        #expect(LabelRepair.repaired(named) == named)
        let prose = [Self.item("本机关认真贯彻落实", 100, 300)]
        #expect(LabelRepair.repaired(prose) == prose)
        let between = [Self.item("行政处制", 100, 200)]
        #expect(LabelRepair.repaired(between) == between)
    }

    @Test("edit alignment: each character of the target goes with the source character it was kept or substituted from")
    func owners() {
        #expect(EditDistance.owners(of: Array("保护第三方"), in: Array("保护第三")) == [0, 1, 2, 3, 3])
        #expect(EditDistance.owners(of: Array("属于行政"), in: Array("属村政")) == [0, 0, 1, 2])
        #expect(EditDistance.owners(of: Array("ab"), in: Array("axb")) == [0, 2])
    }
}
