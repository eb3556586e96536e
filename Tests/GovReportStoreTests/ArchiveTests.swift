import Foundation
import GovReport
import GovReportStore
import GovReportTestSupport
import Testing

/// The store's archive operations on the generated series: keys, cross-year findings, copy links and the
/// series export, checked against the series truth.
@Suite("Archive: series in the store")
struct ArchiveTests {
    static let truth = try! SeriesTruth()

    /// A store holding the text reports of a scenario; `alter` may change each report before it is saved.
    static func store(_ scenario: String, alter: (inout Report) -> Void = { _ in }) throws -> ReportStore {
        let store = try ReportStore.inMemory()
        for archived in try truth.textReports(scenario) {
            var report = archived.report
            alter(&report)
            try store.save(ReportRecords(report: report, findings: Checker().check(report)), path: archived.path)
        }
        return store
    }

    static func csv(_ table: ExportTable, _ store: ReportStore, aliases: AgencyAliases = AgencyAliases()) throws -> [[String: String]] {
        var text = ""
        try store.export(table, format: .csv, aliases: aliases) { text += $0 }
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test("check over the store gives each scenario's findings, stored in series_finding",
          arguments: ["series", "x1_break", "x2_break", "revised", "missing_year"])
    func findings(scenario: String) throws {
        let store = try Self.store(scenario)
        let findings = try store.checkSeries()
        let got = Set(findings.map { SeriesTruth.Expected(instance: $0.instance, year: $0.year, otherYear: $0.other?.year) })
        #expect(got == Self.truth.expected[scenario])
        let stored = try Self.csv(.seriesFindings, store)
        #expect(Set(stored.compactMap { $0["instance"] }) == Set(findings.map(\.instance)))
        #expect(stored.allSatisfy { $0["agency_key"] == Self.truth.agencyKey })
        // Running again replaces, never duplicates.
        try store.checkSeries()
        #expect(try Self.csv(.seriesFindings, store).count == stored.count)
    }

    @Test("series export: one row per year, headline figures equal the truth")
    func series() throws {
        let rows = try Self.csv(.series, try Self.store("series"))
        #expect(rows.map { $0["year"] } == (2019...2025).map { String($0) })
        for row in rows {
            let year = try #require(row["year"].flatMap(Int.init))
            #expect(row["agency_key"] == Self.truth.agencyKey)
            #expect(row["versions"] == "1" && row["reports"] == "1")
            for figure in Headline.figures {
                let expected = Self.truth.headline[year]?[figure.key] ?? nil
                #expect(row[figure.key] == expected.map(FindingText.number) ?? "", "\(year) \(figure.key)")
            }
        }
    }

    @Test("a revised year is one series row with two versions, reported by X3")
    func revised() throws {
        let store = try Self.store("revised")
        let rows = try Self.csv(.series, store)
        #expect(rows.count == 7)
        #expect(rows.first { $0["year"] == "2023" }?["versions"] == "2")
        #expect(try store.checkSeries().map(\.instance) == ["X3:requests"])
    }

    @Test("identical figures in two files: linked with same_as, counted once")
    func copies() throws {
        let store = try Self.store("series")
        var copy = try #require(try Self.truth.textReports("series").first { $0.year == 2021 }).report
        copy.source = SourceInfo(fileName: "chengjiang_2021.pdf", sha256: String(repeating: "e", count: 64), pageCount: 5, kind: .pdf)
        try store.save(ReportRecords(report: copy, findings: []), path: "/archive/chengjiang_2021.pdf")
        #expect(try store.checkSeries().isEmpty)
        let reports = try Self.csv(.reports, store)
        let linked = reports.filter { !($0["same_as"] ?? "").isEmpty }
        #expect(linked.count == 1)
        #expect(linked.first?["kind"] == "text" && linked.first?["same_as"] == String(repeating: "e", count: 64))
        let series = try Self.csv(.series, store)
        #expect(series.count == 7)
        #expect(series.first { $0["year"] == "2021" }?["reports"] == "2")
    }

    @Test("aliases re-key the store; keys missing from older rows are filled")
    func aliases() throws {
        let store = try Self.store("series") { report in
            if report.info.year == 2025 { report.info.agency = "澄江交通局"; report.info.agencyKey = nil }
        }
        #expect(try store.checkSeries().map(\.instance) == [])  // 2025 has no key yet: not in the series
        try store.rekey(keepStored: true)
        #expect(try store.checkSeries().isEmpty)
        #expect(try Self.csv(.series, store).count == 7)  // 2019–2024 under one key, 2025 under 澄江交通局
        let aliases = try AgencyAliases(csv: "澄江交通局,澄江市交通运输局\n")
        #expect(try Self.csv(.series, store, aliases: aliases).filter { $0["agency_key"] == Self.truth.agencyKey }.count == 7)
        try store.rekey(aliases: aliases, keepStored: false)
        #expect(Set(try Self.csv(.reports, store).map { $0["agency_key"] }) == [Self.truth.agencyKey])
    }
}
