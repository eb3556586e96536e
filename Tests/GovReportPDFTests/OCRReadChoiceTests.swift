import Foundation
import GovReport
@testable import GovReportPDF
import GovReportTestSupport
import Testing

/// Competing reads of doubtful OCR cells chosen by R1–R4, on the sample report with one cell misread.
@Suite struct OCRReadChoiceTests {
    static func sample() throws -> Report {
        try ReportFile.load(path: RepositoryFiles.samples.appendingPathComponent("sample_2021.pdf").path, ocr: .none)
    }

    /// The report with cell (row, column) of section 三 printed as `text`, and that cell's candidate.
    static func misread(_ row: String, _ column: String, as text: String, alternatives: [String]) throws
        -> (Report, OCRReadChoice.Candidate, right: Cell) {
        var report = try sample()
        let table = try #require(report.requests)
        let r = try #require(table.rows.firstIndex { $0.key == row })
        let c = try #require(table.rows[r].cells.firstIndex { $0.column == column })
        let right = table.rows[r].cells[c].cell
        report.requests?.rows[r].cells[c].cell.value = Double(text) ?? 0
        report.requests?.rows[r].cells[c].cell.printed = text
        return (report, .init(path: \.requests, kind: .requests, row: r, column: c, alternatives: alternatives), right)
    }

    @Test("the other read that makes R1–R4 hold is taken; the table's other cells are untouched")
    func takesTheReadThatHolds() throws {
        let sample = try Self.sample()
        #expect(OCRReadChoice.broken(.requests, sample) == 0)
        let right = try #require(sample.requests?["granted", "natural_person"])
        let wrong = String(Int(right.value) + 3)
        var (report, candidate, _) = try Self.misread("granted", "natural_person", as: wrong,
                                                      alternatives: [String(Int(right.value) + 5), right.printed])
        #expect(OCRReadChoice.broken(.requests, report) > 0)
        let choices = OCRReadChoice.choose([candidate], in: &report)
        #expect(choices == [.init(kind: .requests, row: "granted", column: "natural_person", from: wrong, to: right.printed)])
        #expect(report.requests?["granted", "natural_person"]?.value == right.value)
        #expect(report.requests == sample.requests)
    }

    @Test("no read makes the arithmetic hold: the cell keeps what was read (never a value no read gave)")
    func keepsTheReadWhenNothingHolds() throws {
        let right = try #require(try Self.sample().requests?["granted", "natural_person"])
        let wrong = String(Int(right.value) + 3)
        var (report, candidate, _) = try Self.misread("granted", "natural_person", as: wrong,
                                                      alternatives: [String(Int(right.value) + 5), "—"])
        #expect(OCRReadChoice.choose([candidate], in: &report).isEmpty)
        #expect(report.requests?["granted", "natural_person"]?.printed == wrong)
    }
}
