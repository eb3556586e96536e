import Foundation
import GovReport
import GovReportPDF
import GovReportTestSupport
import Testing

/// Plain `pdftotext` text (default mode: a table cut into blocks, labels and values apart, blocks in an
/// order of their own) of random layouts (Tests/Fixtures/random-default, made by
/// Scripts/fixtures/default_text_fixtures.py; README.md there says why each is kept). The text settles
/// fewer cells than `-raw` or `-layout` text: what it does not settle must be flagged, never read
/// silently wrong.
@Suite("Plain pdftotext text read back")
struct DefaultTextTests {
    static let folder = RepositoryFiles.root.appendingPathComponent("Tests/Fixtures/random-default")
    static var files: [String] { RepositoryFiles.names(in: folder, withSuffix: ".default.txt") }

    /// Files and the tables of theirs the text settles, read exactly and so `complete` (section 二 of this
    /// text prints rows as blocks whose order it does not settle, `partial`, unless each value stands in its
    /// column's header block at its row's place). 三: a 无 ending each page (no
    /// running footer), a row printed partly apart re-read from R1/R2, labels and values printed in blocks of
    /// their own per page, a page's footer number printed among the blocks (not a cell), a child label's words
    /// broken by its group label's column, cells ending two pages that count up (not page numbers), a header's
    /// 总计 not the row （七）总计, a 无 that opens a label (（四）无法提供 printed a character per line, 4.无正当理由
    /// after a bare item prefix) no cell, two rows printed interleaved re-read from their shuffles, a page's top (or
    /// bottom) left corner of cells printed apart re-read as the one staircase that adds up (a value inside a row's label its
    /// first cell: 4.无正当理由's 1 printed after the rows' other cells); 四: each value
    /// right under the header word naming its column (also printed a character per line, or the header's last
    /// line read across the columns, a character then its cell; or runs of values after as many header blocks
    /// naming their columns, unless the run's first value stands right under a header line), the values between
    /// named ones all the same; or every value a block of its own and every group adding up (R4).
    static let readExactly: [String: [TableKind]] = [
        "r1_0008d_2021": [.requests, .reviewLitigation],
        "r1_0022d_2021": [.requests], "r1_0009w_2021": [.requests], "r1_0065w_2021": [.requests], "r1_0113w_2019": [.requests],
        "r1_0015w_2019": [.reviewLitigation], "r1_0021w_2019": [.requests], "r1_0024d_2019": [.requests],
        "r1_0151w_2021": [.requests], "r1_0130d_2021": [.requests], "r1_0041w_2019": [.requests], "r1_0081w_2019": [.reviewLitigation], "r1_0082d_2019": [.requests, .reviewLitigation],
        "r1_0222d_2021": [.requests], "r1_0125w_2019": [.requests], "r1_0259w_2019": [.requests],
        "r1_0267w_2021": [.requests], "r1_0089w_2019": [.reviewLitigation], "r1_0144d_2021": [.reviewLitigation],
        "r1_0031w_2021": [.reviewLitigation], "r1_0044d_2019": [.requests], "r1_0032d_2019": [.requests],
        "r1_0129w_2021": [.proactive], "r1_0007w_2019": [.reviewLitigation], "r7_0039w_2021": [.reviewLitigation],
        "r79_0050d_2021": [.requests],
    ]

    /// Tables wrong while `complete` today (silent misses), by file: what the text does not settle yet.
    static let knownSilent: [String: String] = [
        "r83_0018d_2021": "section 四: 行政复议's run — — — 1 (printed 1 — — —) taken in header-block order: review upheld 1/0, pending 0/1",
        "r83_0050d_2019": "section 四: 纠正 / 3 then — — 1, one-value blocks in text order: review corrected 1/0, pending 0/1",
        "r101_0104d_2021": "section 四: 行政复议's run — — — 1 (printed 1 — — —), as r83_0018d: review upheld 1/0, pending 0/1",
        "r101_0000d_2021": "section 四: 未经复议直接起诉's blocks 无 / before 2 / (printed 2 / 无 /): litigation_direct upheld 2/0, other 0/2",
    ]

    @Test("no table wrong while complete", arguments: files)
    func neverSilentlyWrong(name: String) throws {
        let truth = try TruthFile(url: Self.folder.appendingPathComponent(name + ".json"))
        let report = try ReportFile.load(path: Self.folder.appendingPathComponent(name + ".default.txt").path)
        #expect(!truth.cells.isEmpty)
        for (kind, status, misses) in truth.outcomes(in: report) {
            withKnownIssue(Comment(rawValue: Self.knownSilent[name] ?? ""), isIntermittent: true) {
                #expect(misses.isEmpty || status != .complete,
                        "\(name): the \(kind.rawValue) table is wrong but its status is complete: \(misses.prefix(6))")
            } when: { Self.knownSilent[name] != nil }
            if Self.readExactly[name]?.contains(kind) ?? false {
                #expect(misses.isEmpty && status == .complete, "\(name): \(kind.rawValue) \(status) \(misses.prefix(6))")
            }
        }
    }
}
