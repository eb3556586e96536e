import Foundation
@testable import GovReport
import GovReportPDF
import Testing

/// The checker on the public corpus (../shared/corpus/public): every file whose truth says
/// `consistent: false` is flagged with exactly the rule instances in its `violations`; consistent files
/// get no finding.
@Suite struct CheckCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/corpus/public").standardized.path
    static let corpusPresent = FileManager.default.fileExists(atPath: corpus + "/README.md")
    static let names: [String] = (try? FileManager.default.contentsOfDirectory(atPath: corpus))?
        .filter { $0.hasSuffix(".pdf") }.map { String($0.dropLast(4)) }.sorted() ?? []

    /// True once extraction reconstructs the section 三 table of a sample file.
    static let extractionReady: Bool = {
        guard corpusPresent, let name = names.first,
              let report = try? ReportFile.load(path: "\(corpus)/\(name).pdf") else { return false }
        return report.requests != nil && report.reviewLitigation != nil
    }()

    struct Truth {
        var template: TemplateVersion
        var year: Int
        var title: String
        var consistent: Bool
        var violations: [String]
        var proactive: [String: [Double]]
        var requests: [String: [Double]]
        var review: [String: [Double]]

        init(path: String) throws {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            func table(_ key: String) -> [String: [Double]] {
                (json[key] as? [String: [NSNumber]] ?? [:]).mapValues { $0.map(\.doubleValue) }
            }
            template = try #require(TemplateVersion(rawValue: json["template"] as? String ?? ""))
            year = json["year"] as? Int ?? 0
            title = json["title"] as? String ?? ""
            consistent = json["consistent"] as? Bool ?? true
            violations = (json["violations"] as? [String] ?? []).sorted()
            proactive = table("proactive"); requests = table("requests"); review = table("review_litigation")
        }

        /// The truth's figures as tables, every cell printed as its number.
        func tables() -> (proactive: Table, requests: Table, review: Table) {
            func row(_ key: String, _ columns: [String], _ values: [Double]?) -> TableRow {
                TableRow(key: key, label: key, cells: zip(columns, values ?? []).map { column, value in
                    (column, Cell(value: value, printed: FindingText.number(value)))
                })
            }
            let proactiveRows = TemplateRows.proactiveRows(template).map { def in
                row(def.row.key, def.columns.map(\.key), proactive[def.row.key] ?? proactive[def.row.key + "_10k_yuan"])
            }
            let requestRows = TemplateRows.requestRows(template).map {
                row($0.key, TemplateRows.requestColumns.map(\.key), requests[$0.key])
            }
            let reviewRows = TemplateRows.reviewGroups.map { row($0.key, TemplateRows.reviewColumns.map(\.key), review[$0.key]) }
            return (Table(kind: .proactive, template: template, rows: proactiveRows),
                    Table(kind: .requests, template: template, rows: requestRows),
                    Table(kind: .reviewLitigation, template: template, rows: reviewRows))
        }
    }

    func paths(_ name: String) -> (pdf: String, truth: String) {
        ("\(Self.corpus)/\(name).pdf", "\(Self.corpus)/\(name).json")
    }

    @Test("the truth's own tables with the extracted narrative: findings are exactly the truth's violations",
          .enabled(if: corpusPresent), arguments: names)
    func truthTables(name: String) throws {
        let truth = try Truth(path: paths(name).truth)
        var report = try ReportFile.load(path: paths(name).pdf)
        (report.proactive, report.requests, report.reviewLitigation) = truth.tables()
        report.info.year = truth.year
        report.info.title = report.info.title ?? truth.title
        let findings = Checker().check(report)
        #expect(findings.map(\.instance).sorted() == truth.violations, "\(name): \(findings.map(\.messageEnglish))")
        #expect(truth.consistent == findings.isEmpty)
        // The narrative states counts N1 reads (every sample states how many requests came in).
        let claims = NarrativeRule.narrative(of: report).flatMap { NarrativeClaims.claims(in: $0.text) }
        #expect(claims.contains { $0.readings.contains { $0.cells.contains { $0.row == "new_requests" } } }, "\(name)")
    }

    @Test("N1 on a real narrative: the number of new requests altered in the table is flagged",
          .enabled(if: corpusPresent), arguments: names)
    func narrativeAgainstAlteredTable(name: String) throws {
        let truth = try Truth(path: paths(name).truth)
        var report = try ReportFile.load(path: paths(name).pdf)
        (report.proactive, report.requests, report.reviewLitigation) = truth.tables()
        let i = try #require(report.requests?.rows.firstIndex { $0.key == "new_requests" })
        let j = try #require(report.requests?.rows[i].cells.firstIndex { $0.column == "total" })
        report.requests?.rows[i].cells[j].cell.value += 1000
        let n1 = Checker().check(report).filter { $0.rule == "N1" }
        #expect(n1.contains { $0.row == "new_requests" && $0.column == "total" }, "\(name)")
    }

    @Test("extracted tables: inconsistent files flagged with exactly their violations, none on consistent files",
          .enabled(if: extractionReady), arguments: names)
    func extracted(name: String) throws {
        let truth = try Truth(path: paths(name).truth)
        let report = try ReportFile.load(path: paths(name).pdf)
        let findings = Checker().check(report)
        if truth.consistent {
            #expect(findings.isEmpty, "\(name): \(findings.map(\.messageEnglish))")
        } else {
            let rules = findings.filter { ["R1", "R2", "R3", "R4", "N1"].contains($0.rule) }
            #expect(rules.map(\.instance).sorted() == truth.violations, "\(name): \(findings.map(\.messageEnglish))")
        }
    }
}
