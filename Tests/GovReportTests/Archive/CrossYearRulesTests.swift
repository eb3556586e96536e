import Foundation
import Testing
@testable import GovReport
import GovReportTestSupport

/// The cross-year rules on the generated series (Tests/Fixtures/series): every intended finding and no other.
@Suite("Cross-year rules on the generated series")
struct CrossYearRulesTests {
    static let truth = try! SeriesTruth()

    static func findings(_ scenario: String) throws -> [SeriesFinding] {
        CrossYearRules().check(AgencySeries.group(try truth.textReports(scenario)))
    }

    @Test("the agency of every year's text is read and keyed as one", arguments: [2019, 2020, 2021, 2022, 2023, 2024, 2025])
    func agencyKey(year: Int) throws {
        let reports = try Self.truth.textReports("series").filter { $0.year == year }
        #expect(reports.count == 1)
        #expect(reports.first?.report.info.agencyKey == Self.truth.agencyKey)
        #expect(reports.first?.report.info.agencySource == (year == 2022 ? .signature : .title))
    }

    @Test("each scenario gives exactly its intended findings",
          arguments: ["series", "x1_break", "x2_break", "revised", "missing_year"])
    func scenario(name: String) throws {
        let findings = try Self.findings(name)
        let got = Set(findings.map { SeriesTruth.Expected(instance: $0.instance, year: $0.year, otherYear: $0.other?.year) })
        #expect(got == Self.truth.expected[name])
        #expect(Set(findings.map(\.agencyKey)) .isSubset(of: [Self.truth.agencyKey]))
    }

    @Test("X1 points at both reports, with pages, printed and expected values")
    func carryOverBreak() throws {
        let findings = try Self.findings("x1_break").filter { $0.finding.rule == "X1" }
        let total = try #require(findings.first { $0.finding.column == "total" })
        #expect(total.finding.severity == .error)
        #expect(total.finding.row == "carried_over")
        #expect(total.subject?.path.hasSuffix("chengjiang_2024_x1break.txt") == true)
        #expect(total.other?.path.hasSuffix("chengjiang_2023.txt") == true)
        #expect(total.subject?.page != nil && total.other?.page != nil)
        let over = try #require(Self.truth.extraHeadline["chengjiang_2024_x1break.txt"]?["carried_over"] ?? nil)
        let forward = try #require(Self.truth.headline[2023]?["carried_forward"] ?? nil)
        #expect(total.finding.printed == over)
        #expect(total.finding.expected == forward)
        #expect(total.finding.message.contains("2024年报告"))
    }

    @Test("X2 says what each term would have to be")
    func inForceBreak() throws {
        let finding = try #require(try Self.findings("x2_break").first)
        #expect(finding.finding.severity == .warning)
        #expect(finding.finding.printed.map { $0 - (finding.finding.expected ?? 0) } == 2)
        #expect(finding.finding.message.contains("本年制发件数应为"))
    }

    @Test("a table not read complete turns X1 into a warning about the reading")
    func uncertainReading() throws {
        var reports = try Self.truth.textReports("x1_break")
        let index = try #require(reports.firstIndex { $0.year == 2023 })
        reports[index].report.tableStatus.requests = .partial
        let findings = CrossYearRules().check(AgencySeries.group(reports)).filter { $0.finding.rule == "X1" }
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.finding.severity == .warning && $0.finding.message.contains("partial") })
    }

    @Test("identical copies are one report: the preferred stands for the year, the other is a copy")
    func copies() throws {
        let reports = try Self.truth.textReports("series")
        let copy = try #require(reports.first { $0.year == 2021 })
        var pdf = copy
        pdf.report.source = SourceInfo(fileName: "chengjiang_2021.pdf", sha256: String(repeating: "f", count: 64),
                                       pageCount: 5, kind: .pdf)
        pdf.paths = ["/archive/chengjiang_2021.pdf"]
        let series = AgencySeries.group(reports + [pdf])
        #expect(series.count == 1)
        let year = try #require(series.first?.years[2021])
        #expect(year.versions.count == 1)
        #expect(year.report.report.source.kind == .pdf)
        #expect(year.copies.map(\.copy.sha256) == [copy.sha256])
        #expect(CrossYearRules().check(series).isEmpty)
    }

    @Test("headline figures equal the truth", arguments: [2019, 2020, 2021, 2022, 2023, 2024, 2025])
    func headline(year: Int) throws {
        let report = try #require(try Self.truth.textReports("series").first { $0.year == year })
        let expected = try #require(Self.truth.headline[year])
        for figure in Headline.figures {
            #expect(Headline.value(figure, in: report.report) == expected[figure.key] ?? nil, "\(figure.key)")
        }
    }
}
