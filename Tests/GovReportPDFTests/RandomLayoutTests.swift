import Foundation
import GovReport
import GovReportPDF
import GovReportTestSupport
import Testing

/// The committed seeded subset of random layouts (Tests/Fixtures/random, made by
/// Scripts/fixtures/make_random_layouts.py; README.md there lists each file's layout) read back through
/// the whole pipeline: sections 三, 二 and 四 must equal the truth exactly, a wrong one must never be
/// reported `complete`, and a right one must be (no false alarm). Files the reader gets wrong today are listed below with the miss, so the suite
/// stays green while the list tells what is left to fix (see Scripts/fixtures/README.md to reproduce).
@Suite("Random layouts read back")
struct RandomLayoutTests {
    /// Files whose section 三 the reader does not reproduce exactly today, with the miss (from
    /// `Scripts/fixtures/score_random.py --dir Tests/Fixtures/random`; layouts in that folder's README).
    static let knownWrong: [String: String] = [:]

    /// Files whose section 三 is wrong AND reported `complete` today (silent misses; want/got per cell).
    static let knownSilent: [String: String] = [:]

    /// Files whose section 三 is read right but reported `partial` or `failed` today (false alarms).
    static let knownFalseAlarms: [String: String] = [:]

    static var files: [String] { RepositoryFiles.names(in: RepositoryFiles.randomLayouts, withSuffix: ".pdf") }

    @Test("section 三 exactly, never silently wrong, never flagged when right", arguments: files)
    func layout(name: String) throws {
        let folder = RepositoryFiles.randomLayouts
        let truth = try TruthFile(url: folder.appendingPathComponent(name + ".json"))
        let report = try ReportFile.load(path: folder.appendingPathComponent(name + ".pdf").path)
        let misses = truth.misses(in: report.tables, of: .requests)
        let extra = truth.extraCells(in: report.tables, of: .requests)
        let wrong = !misses.isEmpty || extra > 0
        withKnownIssue(Comment(rawValue: Self.knownWrong[name] ?? ""), isIntermittent: true) {
            #expect(!wrong, "\(name): \(misses.count) cells wrong, \(extra) extra: \(misses.prefix(6))")
        } when: { Self.knownWrong[name] != nil }
        withKnownIssue(Comment(rawValue: Self.knownSilent[name] ?? ""), isIntermittent: true) {
            #expect(!(wrong && report.tableStatus.requests == .complete),
                    "\(name): section 三 is wrong but its status is complete: \(misses.prefix(6))")
        } when: { Self.knownSilent[name] != nil }
        withKnownIssue(Comment(rawValue: Self.knownFalseAlarms[name] ?? ""), isIntermittent: true) {
            #expect(wrong || report.tableStatus.requests == .complete,
                    "\(name): section 三 is right but its status is \(report.tableStatus.requests)")
        } when: { Self.knownFalseAlarms[name] != nil }
    }

    /// Files whose section 二 or 四 is wrong today, by table (want/got per cell).
    static let knownWrongSides: [String: String] = [:]

    @Test("sections 二 and 四 exactly, never silently wrong, never flagged when right", arguments: files)
    func sides(name: String) throws {
        let folder = RepositoryFiles.randomLayouts
        let truth = try TruthFile(url: folder.appendingPathComponent(name + ".json"))
        let report = try ReportFile.load(path: folder.appendingPathComponent(name + ".pdf").path)
        for (kind, status) in [(TableKind.proactive, report.tableStatus.proactive),
                               (.reviewLitigation, report.tableStatus.reviewLitigation)] {
            let misses = truth.misses(in: report.tables, of: kind)
            withKnownIssue(Comment(rawValue: Self.knownWrongSides[name] ?? ""), isIntermittent: true) {
                #expect(misses.isEmpty, "\(name): the \(kind.rawValue) table is wrong: \(misses.prefix(6))")
            } when: { Self.knownWrongSides[name] != nil }
            #expect(misses.isEmpty || status != .complete,
                    "\(name): the \(kind.rawValue) table is wrong but its status is complete: \(misses.prefix(6))")
            #expect(!misses.isEmpty || status == .complete,
                    "\(name): the \(kind.rawValue) table is right but its status is \(status)")
        }
    }
}
