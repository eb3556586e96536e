import Foundation
import GovReport
import GovReportPDF
import GovReportTestSupport
import Testing

/// `pdftotext -layout` and `-raw` text of random layouts (Tests/Fixtures/random-text, made by
/// Scripts/fixtures/default_text_fixtures.py; README.md there says why each is kept). `-layout` spaces each
/// line on its own, so a row with blank cells is placed by an alignment the text does not keep; `-raw` keeps
/// no geometry at all. What the text does not settle must be flagged, never read silently wrong.
@Suite("pdftotext -layout and -raw text read back")
struct PlainTextModesTests {
    static let folder = RepositoryFiles.root.appendingPathComponent("Tests/Fixtures/random-text")
    /// NAME.MODE for each NAME.MODE.txt beside a NAME.json.
    static var files: [String] {
        ["layout", "raw"].flatMap { mode in
            RepositoryFiles.names(in: folder, withSuffix: ".\(mode).txt").map { "\($0).\(mode)" }
        }
    }

    /// Tables read exactly and `complete`: 二 whose row prints its values on a line of their own at the left
    /// margin below its wrapped label (`其他对外管理服务` / `事项` / `52 / 660`).
    static let readExactly: [String: [TableKind]] = [
        "r37_0098d_2019.raw": [.proactive],
    ]

    /// Tables the text does not settle, which must be flagged: 三 on a page no row of which prints every
    /// column, its value clusters split by the text's spacing (r79_0063w; r37_0037w, a row spaced a column
    /// off, R2 broken); 四 whose lone `1` stands under no header word after a `—` under the next group's
    /// first word (r37_0070d).
    static let flagged: [String: [TableKind]] = [
        "r79_0063w_2021.layout": [.requests],
        "r37_0037w_2019.layout": [.requests],
        "r37_0070d_2021.layout": [.reviewLitigation],
    ]

    @Test("no table wrong while complete", arguments: files)
    func neverSilentlyWrong(file: String) throws {
        let name = String(file.split(separator: ".")[0])
        let truth = try TruthFile(url: Self.folder.appendingPathComponent(name + ".json"))
        let report = try ReportFile.load(path: Self.folder.appendingPathComponent(file + ".txt").path)
        #expect(!truth.cells.isEmpty)
        for (kind, status, misses) in truth.outcomes(in: report) {
            #expect(misses.isEmpty || status != .complete,
                    "\(file): the \(kind.rawValue) table is wrong but its status is complete: \(misses.prefix(6))")
            if Self.readExactly[file]?.contains(kind) ?? false {
                #expect(misses.isEmpty && status == .complete, "\(file): \(kind.rawValue) \(status) \(misses.prefix(6))")
            }
            if Self.flagged[file]?.contains(kind) ?? false {
                #expect(status == .partial, "\(file): \(kind.rawValue) is \(status), misses \(misses.prefix(6))")
            }
        }
    }
}
