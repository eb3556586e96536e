import Foundation
import GovReport
@testable import GovReportOCR
import GovReportPDF
import GovReportTestSupport
import Testing

/// Cells of tables ruled only above and below (three-line), found from the ink's geometry, on pages of
/// generated 200 dpi bilevel scans (Tests/Fixtures/scans/pages, cut from the scans of random layouts with
/// `pdfseparate`): r29_0094d pages 5, 8 and 9 (a section-三 table over six pages, its header repeated on each)
/// and r29_0030d page 4 (narrow columns of dashes, a header stacked a character a line).
@Suite("loose cells: row placement", .serialized)
struct LooseRowPlacementTests {
    /// Reads every page with govreport's recognizer and keeps what it made of each.
    final class Recording: PageRecognizer {
        let inner = TesseractRecognizer()
        var engine: String { inner.engine }
        var languages: [String] { inner.languages }
        var pages: [Int: RecognizedPage] = [:]
        func recognize(_ image: PageImage, pageNumber: Int) throws -> RecognizedPage {
            let page = try inner.recognize(image, pageNumber: pageNumber)
            pages[pageNumber] = page
            return page
        }
    }

    static func read(_ name: String) -> [Int: RecognizedPage] {
        let pdf = RepositoryFiles.root.appendingPathComponent("Tests/Fixtures/scans/pages/\(name).pdf")
        let recording = Recording()
        _ = try? ReportFile.load(path: pdf.path, ocr: OCROptions(recognizer: recording))
        return recording.pages
    }

    static let pages = read("r29_0094d_p5_p8_p9")

    /// The cells read level with `cell` (sharing half its height), left to right.
    static func row(of cell: RecognizedCell, in page: RecognizedPage) -> [String] {
        page.cells.filter { min($0.box.y1, cell.box.y1) - max($0.box.y0, cell.box.y0) > cell.box.height / 2 }
            .sorted { $0.box.x0 < $1.box.x0 }.map(\.text)
    }

    @Test("a row cut by a page break, its label on the page before: its first value, with nothing left of it, is a cell")
    func firstValueOfACutRow() throws {
        let page = try #require(Self.pages[1])
        // (二) 部分公开 continued: 103 17 3 5 4 (blank) 132 at the top of the page
        let total = try #require(page.cells.filter { $0.text == "132" }.min { $0.box.y0 < $1.box.y0 })
        #expect(Self.row(of: total, in: page) == ["103", "17", "3", "5", "4", "132"])
    }

    @Test("a value centred between two lines of its wrapped label is its row's first value")
    func firstValueBesideAWrappedLabel() throws {
        let page = try #require(Self.pages[3])
        // 四、结转下年 / 度继续办理 over two lines, its values 45 1 4 5 5 (blank) 60 between them
        let total = try #require(page.cells.first { $0.text == "60" })
        #expect(Self.row(of: total, in: page) == ["45", "1", "4", "5", "5", "60"])
    }

    @Test("a header page OCR dropped (自然/人, 社会公/益组织) is read as Chinese, not as numbers of a row")
    func droppedHeaderIsNoRowOfNumbers() throws {
        let page = try #require(Self.pages[2])
        // the first row of values (1.信访举报投诉类申请) starts at 236 pt; the header stands above it
        let first = try #require(page.cells.filter { $0.text == "90" }.first)
        // (总/计 stacked, its 计 read as a doubtful +, stays a doubtful cell: its table is never complete)
        #expect(!page.cells.contains { $0.box.y1 < first.box.y0 - 20 && !$0.doubtful })
        #expect(Self.row(of: first, in: page) == ["73", "9", "3", "1", "4", "90"])
        let header = page.glyphs.filter { $0.box.y1 < first.box.y0 - 20 }.map { String($0.scalar) }.joined()
        #expect(header.contains("自然") && header.contains("组织"))
    }

    @Test("page OCR's own reads of a row of dashes, boxed off their ink, go with the cells: each dash stands once")
    func dashesStandOnce() throws {
        let page = try #require(Self.read("r29_0030d_p4")[1])
        // 1.属于国家秘密: - - - - 1 - 1 in seven narrow columns (page OCR's extra - made the first two ---)
        let total = try #require(page.cells.filter { $0.text == "1" }.max { $0.box.x0 < $1.box.x0 })
        let values = page.cells.filter { $0.box.x0 > 240 && min($0.box.y1, total.box.y1) - max($0.box.y0, total.box.y0) > 0 }
            .sorted { $0.box.x0 < $1.box.x0 }
        #expect(values.map(\.text) == ["-", "-", "-", "-", "1", "-", "1"])
        let line = page.glyphs.filter { $0.box.x0 > 240 && $0.box.midY > 141 && $0.box.midY < 160 }
        #expect(line.sorted { $0.box.x0 < $1.box.x0 }.map { String($0.scalar) }.joined() == "----1-1")
        // the header's 构 (机/构 stacked), once read as a doubtful 2, 3 or 7 above the first row, is a character
        #expect(!page.cells.contains { $0.box.y1 < 138 })
        #expect(page.glyphs.contains { $0.scalar == "构" && $0.box.y1 < 138 })
    }
}
