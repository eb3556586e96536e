import Foundation
import GovReport
@testable import GovReportOCR
import GovReportPDF
import Testing

/// The image stages on drawn images whose answer is known.
@Suite("OCR image stages")
struct ImageStageTests {
    /// A white page with a ruled grid of `rows` × `columns` cells, 2 px rules, at 150 dpi.
    static func grid(rows: Int, columns: Int, cell: (w: Int, h: Int) = (90, 40), origin: Int = 50) -> PageImage {
        let w = origin * 2 + columns * cell.w, h = origin * 2 + rows * cell.h
        var pixels = [UInt8](repeating: 250, count: w * h)
        for r in 0...rows {
            for y in origin + r * cell.h..<origin + r * cell.h + 2 {
                for x in origin..<origin + columns * cell.w + 2 { pixels[y * w + x] = 20 }
            }
        }
        for c in 0...columns {
            for x in origin + c * cell.w..<origin + c * cell.w + 2 {
                for y in origin..<origin + rows * cell.h + 2 { pixels[y * w + x] = 20 }
            }
        }
        return PageImage(width: w, height: h, dpi: 150, pixels: pixels)
    }

    @Test("a ruled grid gives one cell per drawn cell, rules excluded")
    func cells() {
        let image = Self.grid(rows: 4, columns: 3)
        let ink = InkMask(image)
        let h = RulingLines.horizontal(ink, dpi: 150), v = RulingLines.vertical(ink, dpi: 150)
        #expect(h.count == 5 && v.count == 4)
        let cells = CellGrid.cells(horizontal: h, vertical: v, dpi: 150)
        #expect(cells.count == 12)
        #expect(cells.allSatisfy { $0.width >= 85 && $0.width <= 88 && $0.height >= 35 && $0.height <= 38 })
    }

    @Test("a merged cell (no rule between two rows in the first column) is not split")
    func merged() {
        var image = Self.grid(rows: 2, columns: 2)
        // erase the middle rule over the first column
        for y in 90..<92 { for x in 52..<140 { image.pixels[y * image.width + x] = 250 } }
        let ink = InkMask(image)
        let cells = CellGrid.cells(horizontal: RulingLines.horizontal(ink, dpi: 150),
                                   vertical: RulingLines.vertical(ink, dpi: 150), dpi: 150)
        #expect(cells.count == 3)
        #expect(cells.contains { $0.x0 < 60 && $0.height > 70 })
    }

    @Test("deskew finds the angle of rotated ruled lines and straightens them")
    func deskew() {
        let image = Self.grid(rows: 12, columns: 6)
        for degrees in [1.5, -2.0] {
            let skewed = Deskew.rotate(image, by: -degrees)
            let found = Deskew.angle(of: InkMask(skewed))
            #expect(abs(found - degrees) <= 0.1, "rotated \(degrees)°, found \(found)°")
        }
    }

    @Test("cell ink drops specks and rule remnants; a blank cell has none")
    func cellInk() throws {
        var image = Self.grid(rows: 2, columns: 2)
        // a speck in the first cell; a 10 × 16 digit-like block in the second (rules shorter than a third of
        // an inch are not rules: two rows make the vertical ones long enough)
        image.pixels[70 * image.width + 80] = 0
        for y in 62..<78 { for x in 180..<190 { image.pixels[y * image.width + x] = 0 } }
        let ink = InkMask(image)
        let cells = CellGrid.cells(horizontal: RulingLines.horizontal(ink, dpi: 150),
                                   vertical: RulingLines.vertical(ink, dpi: 150), dpi: 150).sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) }
        try #require(cells.count == 4)
        #expect(CellInk(cells[0], ink: ink, dpi: 150).box == nil)
        #expect(CellInk(cells[1], ink: ink, dpi: 150).box == GridCell(x0: 180, y0: 62, x1: 190, y1: 78))
    }

    @Test("pieces of a rule beside a longer run of it join it (a thick rule with one broken pixel column cut its neighbours' cells)")
    func brokenThickRuleJoins() {
        // as found on r29_0000d (200 dpi): one vertical rule two pixels thick, its column 986 broken in pieces, 987 whole
        let pieces = [RulingLine(start: 500, end: 574, across0: 986, across1: 986), RulingLine(start: 612, end: 689, across0: 986, across1: 986),
                      RulingLine(start: 726, end: 1039, across0: 986, across1: 986), RulingLine(start: 297, end: 1455, across0: 987, across1: 987),
                      RulingLine(start: 232, end: 1455, across0: 887, across1: 887)]
        let lines = RulingLines.joinCollinear(pieces, gap: 25).sorted { $0.middle < $1.middle }
        #expect(lines == [RulingLine(start: 232, end: 1455, across0: 887, across1: 887), RulingLine(start: 297, end: 1455, across0: 986, across1: 987)])
        // so the cells between the two rules are there for every row
        let rows = [300, 400, 600, 800].map { RulingLine(start: 880, end: 995, across0: $0, across1: $0 + 1) }
        #expect(CellGrid.cells(horizontal: rows, vertical: lines, dpi: 200).count == 3)
        #expect(CellGrid.cells(horizontal: rows, vertical: pieces, dpi: 200).count < 3)
    }

    @Test("a minus sign is no speck: a flat stroke smaller than a speck's area stays in the cell's ink (-3 was read 3)")
    func cellInkKeepsMinus() throws {
        var image = Self.grid(rows: 2, columns: 2)
        // second row: a 5 × 1 minus before a 10 × 16 digit; beside it a 2 × 2 speck alone (as small, not flat)
        for x in 70..<75 { image.pixels[110 * image.width + x] = 0 }
        for y in 102..<118 { for x in 80..<90 { image.pixels[y * image.width + x] = 0 } }
        for y in 110..<112 { for x in 180..<182 { image.pixels[y * image.width + x] = 0 } }
        let ink = InkMask(image)
        let cells = CellGrid.cells(horizontal: RulingLines.horizontal(ink, dpi: 150),
                                   vertical: RulingLines.vertical(ink, dpi: 150), dpi: 150).sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) }
        try #require(cells.count == 4)
        #expect(CellInk(cells[2], ink: ink, dpi: 150).box == GridCell(x0: 70, y0: 102, x1: 90, y1: 118))
        #expect(CellInk(cells[3], ink: ink, dpi: 150).box == nil)
    }

    @Test("the scan resolution comes from the image filling the page; the pixel cap lowers it")
    func resolution() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/scans/s02_wrapped_200_bilevel.pdf"))
        let sizes = ScanResolution.imageSizes(in: data)
        #expect(!sizes.isEmpty)
        let page = Box(x0: 0, y0: 0, x1: Double(sizes[0].width) * 72 / 200, y1: Double(sizes[0].height) * 72 / 200)
        #expect(ScanResolution.dpi(area: page, imageSizes: sizes).map { $0.rounded() } == 200)
        #expect(ScanResolution.pageCount(in: data) == sizes.count)
        #expect(RenderSettings().dpi(width: 595, height: 842, nativeDPI: nil) == 200)
        #expect(RenderSettings().dpi(width: 595, height: 842, nativeDPI: 1200) == 400)
        #expect(RenderSettings().dpi(width: 7200, height: 7200, nativeDPI: 300) == 40)
    }

    /// Fills `w × h` pixels at (`x`, `y`) with ink.
    static func block(_ image: inout PageImage, _ x: Int, _ y: Int, _ w: Int, _ h: Int) {
        for yy in y..<y + h { for xx in x..<x + w { image.pixels[yy * image.width + xx] = 20 } }
    }

    @Test("without rules, the words right of a row's label are cells; a line of prose is none")
    func looseCells() {
        var image = PageImage(width: 700, height: 300, dpi: 150, pixels: [UInt8](repeating: 250, count: 700 * 300))
        // a row: a label of eight square characters, then "12" (two narrow marks) and "7" (one)
        for c in 0..<8 { Self.block(&image, 50 + c * 16, 100, 14, 16) }
        Self.block(&image, 300, 100, 7, 16); Self.block(&image, 310, 100, 7, 16)
        Self.block(&image, 400, 100, 7, 16)
        // prose: twenty characters close together
        for c in 0..<20 { Self.block(&image, 50 + c * 17, 200, 14, 16) }
        let cells = LooseCells(InkMask(image), grid: [], rules: [], verticalRules: [], dpi: 150).cells
            .sorted { $0.ink.x0 < $1.ink.x0 }
        #expect(cells.map(\.ink) == [GridCell(x0: 300, y0: 100, x1: 317, y1: 116), GridCell(x0: 400, y0: 100, x1: 407, y1: 116)])
        #expect(cells.allSatisfy { $0.digitShaped })
        #expect(cells.allSatisfy { $0.cell.y0 <= 100 && $0.cell.y1 >= 116 })
    }

    @Test("of two reads of a label, the one naming a template row wins, else the one with more characters")
    func labelChoice() {
        #expect(LabelChoice.prefers("2.重复申请", over: "2.重夏中请"))
        #expect(!LabelChoice.prefers("2.重夏中请", over: "2.重复申请"))
        #expect(LabelChoice.prefers("信息内容", over: "信息"))
        #expect(!LabelChoice.prefers("信", over: "信息内容"))
    }
}
