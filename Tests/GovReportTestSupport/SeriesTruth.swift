import Foundation
import GovReport

/// The generated series of one agency (Tests/Fixtures/series, `Scripts/fixtures/make_series.py`) and its
/// truth: the files of each scenario, the cross-year findings it must give, the headline figures per year.
public struct SeriesTruth {
    public static let folder = RepositoryFiles.root.appendingPathComponent("Tests/Fixtures/series")

    /// One expected cross-year finding.
    public struct Expected: Hashable, CustomStringConvertible {
        public var instance: String
        public var year: Int
        public var otherYear: Int?
        public var description: String { "\(instance) \(year)/\(otherYear.map(String.init) ?? "-")" }

        public init(instance: String, year: Int, otherYear: Int?) {
            self.instance = instance; self.year = year; self.otherYear = otherYear
        }
    }

    public var agency: String
    public var agencyKey: String
    /// Scenario name → file names (in the series folder).
    public var scenarios: [String: [String]]
    public var expected: [String: Set<Expected>]
    /// Year → headline figure key → value (nil where the template prints none).
    public var headline: [Int: [String: Double?]]
    /// File name of a broken or revised copy → its headline figures.
    public var extraHeadline: [String: [String: Double?]]
    /// Title of each year's report as printed.
    public var titles: [Int: String]

    public init() throws {
        let json = try JSONValue.parse(Data(contentsOf: Self.folder.appendingPathComponent("truth.json")))
        agency = json["agency"]?.string ?? ""
        agencyKey = json["agency_key"]?.string ?? ""
        var scenarios: [String: [String]] = [:], expected: [String: Set<Expected>] = [:]
        for (name, scenario) in json["scenarios"]?.pairs ?? [] {
            scenarios[name] = scenario["files"]?.array?.compactMap(\.string) ?? []
            expected[name] = Set((scenario["findings"]?.array ?? []).map { f in
                Expected(instance: f["instance"]?.string ?? "", year: f["year"]?.int ?? 0, otherYear: f["other_year"]?.int)
            })
        }
        self.scenarios = scenarios; self.expected = expected
        func figures(_ value: JSONValue?) -> [String: Double?] {
            Dictionary(uniqueKeysWithValues: (value?.pairs ?? []).map { ($0.0, $0.1.number) })
        }
        headline = Dictionary(uniqueKeysWithValues: (json["years"]?.pairs ?? []).map { (Int($0.0) ?? 0, figures($0.1["headline"])) })
        extraHeadline = Dictionary(uniqueKeysWithValues: (json["extras"]?.pairs ?? []).map { ($0.0 + ".txt", figures($0.1["headline"])) })
        titles = Dictionary(uniqueKeysWithValues: (json["titles"]?.pairs ?? []).map { (Int($0.0) ?? 0, $0.1.string ?? "") })
    }

    /// The plain-text files of a scenario read as an archive would store them (PDFs are left to the tests
    /// that can read them).
    /// Each file is extracted once per test process (the suites ask for the same files many times).
    public func textReports(_ scenario: String) throws -> [ArchivedReport] {
        try (scenarios[scenario] ?? []).filter { $0.hasSuffix(".txt") }.map(Self.extracted)
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: ArchivedReport] = [:]

    private static func extracted(_ name: String) throws -> ArchivedReport {
        if let known = lock.withLock({ cache[name] }) { return known }
        let url = folder.appendingPathComponent(name)
        let data = try Data(contentsOf: url)
        let source = SourceInfo(fileName: name, sha256: FileHash.sha256Hex(of: data), pageCount: 1, kind: .text)
        let archived = ArchivedReport(report: try Extractor().extract(text: String(decoding: data, as: UTF8.self), source: source),
                                      paths: [url.path])
        lock.withLock { cache[name] = archived }
        return archived
    }
}
