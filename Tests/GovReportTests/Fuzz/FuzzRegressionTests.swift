import Foundation
import GovReport
import Testing

/// Inputs the fuzzers of Fuzz/ (Scripts/fuzz.sh) found to crash, kept so they never crash again.
///
/// `Inputs/table-nul-token.bin` (table fuzzer) lays out: the title; heading 四; a line holding the token
/// "）" followed by six U+0000 (an unmapped glyph comes out of a PDF as NUL), heading 四 again and "—".
/// The stream table reader's `note.contains(folded)` then trapped inside Foundation ("String index is out of
/// bounds": on Linux, `contains`/`range(of:)` of a needle with U+0000 matching at the end of a non-ASCII
/// string returns a range past the end). Replay it with `Scripts/fuzz.sh repro table FILE`.
@Suite struct FuzzRegressionTests {
    static let inputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Inputs")
    static let source = SourceInfo(fileName: "fuzz", sha256: String(repeating: "0", count: 64), pageCount: 1, kind: .pdf)

    /// Glyphs of `text` on one baseline: CJK one em wide, others half.
    static func glyphs(_ text: String, x: Double, y: Double, size: Double) -> [Glyph] {
        var left = x
        return text.unicodeScalars.map { scalar in
            let advance = scalar.value >= 0x2E80 ? size : size / 2
            defer { left += advance }
            return Glyph(scalar: scalar, box: Box(x0: left, y0: y, x1: left + advance, y1: y + size))
        }
    }

    @Test("the committed crash input is still there")
    func inputCommitted() throws {
        let data = try Data(contentsOf: Self.inputs.appendingPathComponent("table-nul-token.bin"))
        #expect(data.count == 20)
    }

    @Test("a PDF token of ） and NUL glyphs after heading 四 (table-nul-token.bin) extracts without trapping")
    func nulGlyphsInTable() throws {
        let heading = "四、政府信息公开行政复议、行政诉讼情况"
        let glyphs = Self.glyphs("清溪市测试局2022年政府信息公开工作年度报告", x: 80, y: 60, size: 16)
            + Self.glyphs(heading, x: 67, y: 90, size: 7)
            + Self.glyphs("）\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}", x: 40, y: 129, size: 10)
            + Self.glyphs(heading, x: 103, y: 129, size: 10)
            + Self.glyphs("—", x: 300, y: 129, size: 10)
        let page = Page(number: 1, width: 595, height: 842, glyphs: glyphs)
        let lines = TextLines.lines(of: page)
        #expect(!lines.contains { $0.text.unicodeScalars.contains("\u{0}") })
        let report = try Extractor().extract(pages: [page], source: Self.source)
        #expect(report.sections.map(\.number) == [4])
    }

    @Test("plain text with NUL bytes in a table section extracts without trapping; NULs are dropped")
    func nulBytesInText() throws {
        let text = "清溪市测试局2022年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n）\u{0}\u{0}\u{0} 四、政府信息公开行政复议\u{0} —\n"
        let report = try Extractor().extract(text: text, source: Self.source)
        #expect(report.sections.map(\.number) == [4])
        #expect(TextLines.lines(fromPlainText: text).allSatisfy { !$0.text.unicodeScalars.contains("\u{0}") })
    }
}
