import Foundation

/// What every fuzz target does with a report it got: check it, export it every way, and read its JSON back.
/// A trap anywhere here (or in the extraction before it) is a crash libFuzzer reports.
enum Exercise {
    static func report(_ report: Report) {
        let findings = Checker().check(report)
        _ = CSVExport.rows(report)
        _ = MarkdownExport.tables(report)
        _ = MarkdownExport.text(report)
        _ = TextExport.plain(report)
        let json = ReportJSON.encode(report, findings: findings, pretty: false)
        do {
            _ = try ReportJSON.decode(Data(json.utf8))
        } catch {
            fatalError("the JSON of a report does not read back: \(error)\n\(json.prefix(2000))")
        }
    }

    /// A source for an input that has no file.
    static func source(_ kind: SourceInfo.Kind, pageCount: Int) -> SourceInfo {
        SourceInfo(fileName: "fuzz-input", sha256: String(repeating: "0", count: 64), pageCount: pageCount, kind: kind)
    }
}
