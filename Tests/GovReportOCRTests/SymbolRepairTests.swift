import Foundation
@testable import GovReportOCR
import GovReport
import GovReportPDF
import Testing

/// What is made of page OCR's symbols before they become glyphs, and which cell reads are doubtful.
@Suite("OCR symbol repairs")
struct SymbolRepairTests {
    /// Symbols of one line, 20 px high, each 18 px wide, side by side from `x` (a space leaves a gap).
    static func line(_ text: String, x: Int = 100, y: Int = 200) -> [OCRItem] {
        var items: [OCRItem] = [], left = x
        for ch in text {
            if ch != " " {
                items.append(OCRItem(text: String(ch), x0: left, y0: y, x1: left + 18, y1: y + 20, lineY0: y, lineY1: y + 20,
                                     confidence: 90))
            }
            left += 20
        }
        return items
    }

    @Test("《 or 〈 before a numeral and ) is the opening bracket of an item prefix; elsewhere it stays")
    func openingBracket() {
        #expect(OpeningBrackets.repaired(Self.line("《七)总计")).map(\.text).joined() == "（七)总计")
        #expect(OpeningBrackets.repaired(Self.line("〈三）不予公开")).map(\.text).joined() == "（三）不予公开")
        #expect(OpeningBrackets.repaired(Self.line("《条例》规定")).map(\.text).joined() == "《条例》规定")
        #expect(OpeningBrackets.repaired(Self.line("《七总计)")).map(\.text).joined() == "《七总计)")
    }

    @Test("an item prefix's lost ） is restored before the character a numbered row label opens with; prose keeps its bracket")
    func closingBracket() {
        #expect(OpeningBrackets.closed(Self.line("(七总计")).map(\.text).joined() == "(七）总计")
        #expect(OpeningBrackets.closed(Self.line("（六其他处理")).map(\.text).joined() == "（六）其他处理")
        #expect(OpeningBrackets.closed(Self.line("(七)总计")).map(\.text).joined() == "(七)总计")
        #expect(OpeningBrackets.closed(Self.line("（七月份")).map(\.text).joined() == "（七月份")
    }

    @Test("full-width closing punctuation is widened over its em, never over its neighbour: （七）总计 stays one token")
    func punctuationAdvances() {
        func item(_ text: String, _ x0: Int, _ x1: Int) -> OCRItem {
            OCRItem(text: text, x0: x0, y0: 204, x1: x1, y1: 218, lineY0: 200, lineY1: 220, confidence: 90)
        }
        // ink of （七）总计 at 150 dpi: ） inks the left of its em, leaving half a character before 总
        let label = [item("(", 100, 104), item("七", 107, 125), item(")", 128, 132), item("总", 141, 159), item("计", 161, 179)]
        let wide = PunctuationAdvances.widened(label)
        #expect(wide[2].x1 == 141)   // up to 总, not the whole em (148)
        #expect(wide[0] == label[0] && wide[1] == label[1] && wide[3] == label[3])
        #expect(PunctuationAdvances.widened([item("、", 40, 46), item("本", 56, 74)])[0].x1 == 56)
        #expect(PunctuationAdvances.widened([item("、", 40, 46)])[0].x1 == 46)   // nothing after it
        // a parent label beside its first child's item number stays apart: （三） | 1.属于
        let parent = [item("(", 100, 104), item("三", 107, 125), item(")", 128, 132), item("1", 141, 147), item(".", 148, 150)]
        #expect(PunctuationAdvances.widened(parent)[2].x1 == 132)
        // as glyphs beside a row's numbers (ink lower than the label's line), one token, as a text layer gives
        let numbers = [item("1", 300, 306), item("2", 306, 312), item("1", 312, 318), item("1", 380, 386), item("8", 386, 392),
                       item("2", 450, 456), item("5", 520, 526), item("6", 590, 596)].map { d in
            OCRItem(text: d.text, x0: d.x0, y0: 206, x1: d.x1, y1: 214, lineY0: 206, lineY1: 214, confidence: 90)
        }
        func glyphs(_ items: [OCRItem]) -> [Glyph] {
            items.flatMap { Glyph.spread($0.text, over: Box(x0: Double($0.x0), y0: Double($0.lineY0), x1: Double($0.x1), y1: Double($0.lineY1))) }
        }
        func firstToken(_ items: [OCRItem]) -> String? {
            TextLines.lines(of: Page(number: 1, width: 700, height: 400, glyphs: glyphs(items))).first?.tokens.first?.text
        }
        #expect(firstToken(label + numbers) == "(七)")
        #expect(firstToken(wide + numbers) == "(七)总计")
    }

    @Test("a lone ideograph far right of its row's label is a misread number; one in prose or alone on its line is not")
    func strayIdeographs() throws {
        let row = Self.line("行政强制") + Self.line("和", x: 400)
        #expect(PageReading.strayIdeographs(in: row).map(\.text) == ["和"])
        #expect(PageReading.strayIdeographs(in: Self.line("行政强制和处罚")).isEmpty)
        #expect(PageReading.strayIdeographs(in: Self.line("让", x: 400)).isEmpty)
        #expect(PageReading.strayIdeographs(in: Self.line("无。") + Self.line("无", x: 400)).isEmpty)
        // in a grid cell (a header 商业企业 stacked, 商 alone on its line right of the header's first cell) it is a label's
        let stray = try #require(PageReading.strayIdeographs(in: row).first)
        let cell = GridCell(x0: stray.x0 - 10, y0: stray.y0 - 10, x1: stray.x1 + 10, y1: stray.y1 + 10)
        #expect(PageReading.strayIdeographs(in: row, outside: [cell]).isEmpty)
    }

    @Test("a read with digits after a leading 0 (a lost decimal point) is doubtful, 0 and 0.8 are not")
    func leadingZero() {
        func read(_ text: String) -> CellReader.Read { CellReader.Read(text: text, confidence: 0.9, doubtful: false) }
        #expect(read("08").isDoubtful)
        #expect(read("-012").isDoubtful)
        #expect(!read("0").isDoubtful && !read("0.8").isDoubtful && !read("80").isDoubtful)
    }

    @Test("a point before exactly three digits may be a misread thousands separator: 1.298 is doubtful, 190.06 and 1,298 are not")
    func thousandsPoint() {
        func read(_ text: String) -> CellReader.Read { CellReader.Read(text: text, confidence: 0.9, doubtful: false) }
        #expect(read("1.298").isDoubtful && read("-12.500").isDoubtful)
        #expect(!read("190.06").isDoubtful && !read("1,298").isDoubtful && !read("1298").isDoubtful && !read("0.35").isDoubtful)
    }

    /// A 60 × 40 px white image with ink where `inked(x, y)` holds.
    static func drawn(_ inked: (Int, Int) -> Bool) -> PageImage {
        var pixels = [UInt8](repeating: 250, count: 60 * 40)
        for y in 0..<40 { for x in 0..<60 where inked(x, y) { pixels[y * 60 + x] = 20 } }
        return PageImage(width: 60, height: 40, dpi: 150, pixels: pixels)
    }

    @Test("a small mark low between two digits is a decimal point: a read without it is doubtful")
    func decimalPoint() {
        let box = GridCell(x0: 0, y0: 0, x1: 30, y1: 20)
        let two = GridCell(x0: 0, y0: 0, x1: 10, y1: 20), four = GridCell(x0: 16, y0: 0, x1: 28, y1: 20)
        #expect(CellReader.hasPoint([two, GridCell(x0: 12, y0: 16, x1: 14, y1: 20), four], in: box))
        #expect(!CellReader.hasPoint([two, four], in: box))
        // a hyphen-high mark is no point; neither is a 1
        #expect(!CellReader.hasPoint([two, GridCell(x0: 12, y0: 8, x1: 14, y1: 10), four], in: box))
        #expect(!CellReader.hasPoint([two, GridCell(x0: 12, y0: 0, x1: 14, y1: 20), four], in: box))
    }

    @Test("a 0 whose hairlines broke is two marks bowed outwards; 11 is two straight strokes")
    func brokenZero() throws {
        // The sides of an ellipse centred at (30, 20), 9 px across and 14 px up, 2 px thick, top and bottom gone.
        let zero = Self.drawn { x, y in
            let dy = Double(y - 20) / 14, dx = Double(x - 30) / 9
            let r = (dx * dx + dy * dy).squareRoot()
            return r >= 0.8 && r <= 1.05 && abs(y - 20) < 11
        }
        let halves = CellReader.marks(zero, GridCell(x0: 15, y0: 5, x1: 45, y1: 35))
        #expect(halves.count == 2)
        #expect(halves.map { CellReader.bows(zero, $0) } == [-1, 1])
        // Two 1s: a 2 px stroke, a flag to the upper left.
        let ones = Self.drawn { x, y in
            [20, 36].contains { s in (y >= 8 && y < 32 && x >= s && x < s + 2) || (y >= 8 && y < 11 && x >= s - 3 && x < s) }
        }
        let strokes = CellReader.marks(ones, GridCell(x0: 10, y0: 5, x1: 50, y1: 35))
        #expect(strokes.count == 2)
        #expect(strokes.map { CellReader.bows(ones, $0) } == [0, 0])
        // Read whole: the halves are a 0, the strokes (16 px apart, 24 high) two 1s.
        let reader = CellReader(engine: try TesseractEngine(language: "eng"))
        #expect(reader.read(zero, ink: GridCell(x0: 21, y0: 10, x1: 40, y1: 31), cell: GridCell(x0: 10, y0: 2, x1: 50, y1: 38)).text == "0")
        #expect(reader.read(ones, ink: GridCell(x0: 17, y0: 8, x1: 38, y1: 32), cell: GridCell(x0: 10, y0: 2, x1: 50, y1: 38)).text == "11")
    }

    @Test("a single mark leaning right as a printed / does (0.19 ink heights) is the placeholder /; a 1 stands upright")
    func slashOrOne() throws {
        // A 2 px stroke 20 px high whose top stands `run` px right of its bottom.
        func stroke(run: Double) -> PageImage {
            Self.drawn { x, y in
                guard y >= 10, y < 30 else { return false }
                let centre = 28 + run * Double(29 - y) / 19
                return Double(x) >= centre - 1 && Double(x) < centre + 1
            }
        }
        let reader = CellReader(engine: try TesseractEngine(language: "eng"))
        let cell = GridCell(x0: 10, y0: 2, x1: 50, y1: 38)
        func read(_ image: PageImage) -> CellReader.Read {
            reader.read(image, ink: GridCell(x0: 25, y0: 10, x1: 37, y1: 30), cell: cell)
        }
        // the leaning stroke of the slashes the scans print (measured 0.18–0.21), once read as 1
        let slash = read(stroke(run: 5.0))
        #expect(slash.text == "/" && !slash.isDoubtful)
        // upright, with a flag to the upper left: a 1
        let one = read(Self.drawn { x, y in (y >= 10 && y < 30 && x >= 28 && x < 30) || (y >= 10 && y < 13 && x >= 25 && x < 28) })
        #expect(one.text == "1" && !one.isDoubtful)
        // between the two: either, so doubtful
        let between = read(stroke(run: 2.8))
        #expect(between.text == "1" && between.isDoubtful)
    }
}
