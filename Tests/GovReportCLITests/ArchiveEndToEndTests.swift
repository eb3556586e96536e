import Foundation
import GovReport
import GovReportTestSupport
import Testing

/// `ingest` → `check --db` → `export --table series` → `compare` on the generated series, as a user runs them.
@Suite("archive end to end", .serialized)
struct ArchiveEndToEndTests {
    static let truth = try! SeriesTruth()
    static let samples = CLI.root.appendingPathComponent("Samples/series")

    /// A folder holding a scenario's files.
    static func folder(_ scenario: String, in base: URL) throws -> URL {
        let folder = base.appendingPathComponent(scenario)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in truth.scenarios[scenario] ?? [] {
            try FileManager.default.copyItem(at: SeriesTruth.folder.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test("ingest runs the cross-year rules; check --db lists them; the PDF and its text are one report")
    func ingestAndCheck() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        for scenario in ["series", "x1_break"] {
            let db = base.appendingPathComponent("\(scenario).sqlite").path
            let ingest = try CLI.run(["ingest", try Self.folder(scenario, in: base).path, "--db", db, "--jobs", "2"])
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let expected = Self.truth.expected[scenario] ?? []
            #expect(ingest.stdout.contains("cross-year: 1 agencies checked, \(expected.count) findings"), "\(ingest.stdout)")
            let check = try CLI.run(["check", "--db", db, "--format", "json"])
            #expect(check.status == (expected.isEmpty ? 0 : 1), "\(check.stderr)")
            let findings = try JSONValue.parse(Data(check.stdout.utf8)).array ?? []
            let got = Set(findings.map { f in
                SeriesTruth.Expected(instance: f["instance"]?.string ?? "", year: f["year"]?.int ?? 0,
                                     otherYear: f["other_report"]?["year"]?.int)
            })
            #expect(got == expected)
            let series = try CLI.run(["export", "--db", db, "--table", "series", "--format", "jsonl"])
            let rows = series.stdout.split(separator: "\n").compactMap { try? JSONValue.parse(Data($0.utf8)) }
            #expect(rows.count == 7)
            #expect(Set(rows.compactMap { $0["agency_key"]?.string }) == [Self.truth.agencyKey])
            if scenario == "series" {
                let year2021 = try #require(rows.first { $0["year"]?.int == 2021 })
                #expect(year2021["reports"]?.int == 2 && year2021["versions"]?.int == 1)
                #expect(year2021["file_name"]?.string == "chengjiang_2021.pdf")
                for row in rows {
                    let year = row["year"]?.int ?? 0
                    for figure in Headline.figures {
                        #expect(row[figure.key]?.number == Self.truth.headline[year]?[figure.key] ?? nil, "\(year) \(figure.key)")
                    }
                }
            }
        }
    }

    @Test("check --db text names both reports; files and --db together are refused")
    func checkText() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let db = base.appendingPathComponent("x.sqlite").path
        _ = try CLI.run(["ingest", try Self.folder("x1_break", in: base).path, "--db", db])
        let text = try CLI.run(["check", "--db", db, "--lang", "en"])
        #expect(text.status == 1)
        #expect(text.stdout.contains("X1:total 2024"))
        #expect(text.stdout.contains("chengjiang_2024_x1break.txt") && text.stdout.contains("chengjiang_2023.txt"))
        let both = try CLI.run(["check", "--db", db, SeriesTruth.folder.appendingPathComponent("chengjiang_2023.txt").path])
        #expect(both.status == 64)
        #expect(both.stderr.contains("not both"))
    }

    @Test("compare two PDFs: every format parses and equals the truth")
    func compareFiles() throws {
        let old = Self.samples.appendingPathComponent("chengjiang_2023.pdf").path
        let new = Self.samples.appendingPathComponent("chengjiang_2024.pdf").path
        let json = try CLI.run(["compare", old, new, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let value = try JSONValue.parse(Data(json.stdout.utf8))
        for row in value["headline"]?.array ?? [] {
            let key = row["key"]?.string ?? ""
            #expect(row["old"]?.number == Self.truth.headline[2023]?[key] ?? nil, "\(key)")
            #expect(row["new"]?.number == Self.truth.headline[2024]?[key] ?? nil, "\(key)")
        }
        #expect(value["carry_over"]?["checked"] == .bool(true))
        #expect(value["carry_over"]?["findings"]?.array?.isEmpty == true)
        #expect(value["rows"]?.array?.allSatisfy { $0["uncertain"] == .bool(false) } == true)

        let csv = try CLI.run(["compare", old, new, "--format", "csv"])
        #expect(csv.stdout.split(separator: "\n").count == (value["rows"]?.array?.count ?? 0) + 1)
        let markdown = try CLI.run(["compare", old, new, "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# \(Self.truth.agency) 2023 → 2024"))
        let text = try CLI.run(["compare", old, new])
        #expect(text.stdout.contains("主要指标") && !text.stdout.contains("\u{1B}["))
        let lines = text.stdout.split(separator: "\n").filter { $0.hasPrefix("本年新收申请") }
        #expect(lines.count == 1)
    }

    @Test("compare --db by agency and years, with a chart; a missing year is a clear error")
    func compareStore() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let db = base.appendingPathComponent("s.sqlite").path
        _ = try CLI.run(["ingest", try Self.folder("missing_year", in: base).path, "--db", db])
        let chart = base.appendingPathComponent("chart.svg").path
        let result = try CLI.run(["compare", "--db", db, "--agency", "澄江市交通运输局办公室", "--years", "2023", "2024",
                                  "--format", "csv", "--chart", chart])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOfFile: chart, encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("data-key=\"new_requests\""))
        let missing = try CLI.run(["compare", "--db", db, "--agency", Self.truth.agency, "--years", "2021", "2022"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no 2022 report") && missing.stderr.contains("2021, 2023"))
    }

    @Test("the HTML page renders in a headless browser (skipped without one)",
          .enabled(if: HeadlessBrowser.path != nil))
    func screenshot() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let html = try CLI.run(["compare", Self.samples.appendingPathComponent("chengjiang_2023.pdf").path,
                                Self.samples.appendingPathComponent("chengjiang_2024.pdf").path, "--format", "html"])
        let page = base.appendingPathComponent("compare.html")
        try Data(html.stdout.utf8).write(to: page)
        let png = base.appendingPathComponent("compare.png")
        let browser = Process()
        browser.executableURL = URL(fileURLWithPath: try #require(HeadlessBrowser.path))
        browser.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=900,1400",
                             "--screenshot=\(png.path)", page.absoluteString]
        browser.standardOutput = FileHandle.nullDevice
        browser.standardError = FileHandle.nullDevice
        try browser.run()
        browser.waitUntilExit()
        let data = try Data(contentsOf: png)
        #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // A blank page compresses to a few hundred bytes; bars, labels and tables do not.
        #expect(data.count > 20_000)
    }
}

/// A Chromium-family browser on PATH, if any (never installed by CI).
enum HeadlessBrowser {
    static let path: String? = {
        let names = ["chromium", "chromium-browser", "google-chrome", "chrome"]
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }()
}

/// `--agencies FILE` on the commands that take it.
@Suite("agency aliases on the command line", .serialized)
struct AgencyAliasesCLITests {
    @Test("export --agencies re-keys the output; a malformed file is refused with its line")
    func exportAliases() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let db = base.appendingPathComponent("s.sqlite").path
        _ = try CLI.run(["ingest", ArchiveEndToEndTests.samples.path, "--db", db])
        let aliases = base.appendingPathComponent("agencies.csv")
        try Data("alias,canonical\n澄江市交通运输局,澄江市交通运输委员会\n".utf8).write(to: aliases)
        let plain = try CLI.run(["export", "--db", db, "--table", "series", "--format", "csv"])
        #expect(plain.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("澄江市交通运输局,") })
        let keyed = try CLI.run(["export", "--db", db, "--table", "series", "--format", "csv", "--agencies", aliases.path])
        let rows = keyed.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 2 && rows.allSatisfy { $0.hasPrefix("澄江市交通运输委员会,") })
        try Data("alias,canonical\njust-one\n".utf8).write(to: aliases)
        let bad = try CLI.run(["export", "--db", db, "--table", "series", "--format", "csv", "--agencies", aliases.path])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("agencies.csv:2:"))
    }
}
