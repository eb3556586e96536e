@testable import GovReportOCR
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

    @Test("a lone ideograph far right of its row's label is a misread number; one in prose or alone on its line is not")
    func strayIdeographs() {
        let row = Self.line("行政强制") + Self.line("和", x: 400)
        #expect(PageReading.strayIdeographs(in: row).map(\.text) == ["和"])
        #expect(PageReading.strayIdeographs(in: Self.line("行政强制和处罚")).isEmpty)
        #expect(PageReading.strayIdeographs(in: Self.line("让", x: 400)).isEmpty)
        #expect(PageReading.strayIdeographs(in: Self.line("无。") + Self.line("无", x: 400)).isEmpty)
    }

    @Test("a read with digits after a leading 0 (a lost decimal point) is doubtful, 0 and 0.8 are not")
    func leadingZero() {
        func read(_ text: String) -> CellReader.Read { CellReader.Read(text: text, confidence: 0.9, doubtful: false) }
        #expect(read("08").isDoubtful)
        #expect(read("-012").isDoubtful)
        #expect(!read("0").isDoubtful && !read("0.8").isDoubtful && !read("80").isDoubtful)
    }
}
