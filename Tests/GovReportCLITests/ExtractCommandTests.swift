import Foundation
import GovReport
import GovReportTestSupport
import Testing

/// `govreport text`, `extract` and `check` run as a user runs them, on the bundled samples and fixtures.
@Suite("text, extract and check end to end")
struct ExtractCommandTests {
    static let sample = RepositoryFiles.samples.appendingPathComponent("sample_2021.pdf").path
    static let sample2019Text = RepositoryFiles.samples.appendingPathComponent("sample_2019.txt").path

    @Test("extract --format json: the schema holds and the cells equal the truth")
    func json() throws {
        let result = try CLI.run(["extract", Self.sample])
        #expect(result.status == 0, "\(result.stderr)")
        let value = try JSONValue.parse(Data(result.stdout.utf8))
        #expect(try SchemaValidator.reportSchema().errors(value) == [])
        let (report, _) = try ReportJSON.decode(Data(result.stdout.utf8))
        let truth = try TruthFile(url: RepositoryFiles.samples.appendingPathComponent("sample_2021.json"))
        #expect(truth.misses(in: report.tables) == [])
        #expect(value["report"]?["agency"]?.string == "清溪市生态环境局")
    }

    @Test("extract --format jsonl: one line per input, an unreadable file as an error line, exit 2")
    func jsonl() throws {
        let missing = "/no/such/report.pdf"
        let result = try CLI.run(["extract", Self.sample, missing, Self.sample2019Text, "--format", "jsonl"])
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n").map { try? JSONValue.parse(Data($0.utf8)) }
        #expect(lines.count == 3)
        #expect(lines[0]?["report"]?["template"]?.string == "2021")
        #expect(lines[1]?["file"]?.string == missing)
        #expect(lines[1]?["error"]?["kind"]?.string == "file_not_found")
        #expect(lines[2]?["report"]?["template"]?.string == "2019")
        #expect(result.stderr.contains("\(missing): file not found"))
    }

    @Test("extract --files-from - reads paths from stdin")
    func filesFromStdin() throws {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["extract", "--files-from", "-", "--format", "jsonl"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("\(Self.sample)\n\n\(Self.sample2019Text)\n".utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self).split(separator: "\n").count == 2)
    }

    @Test("extract --format csv: a header and one row per cell")
    func csv() throws {
        let result = try CLI.run(["extract", Self.sample, "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "file,agency,year,template,table,row,column,value,printed,page")
        // 2021 template: section 二 10 cells, section 三 25 rows × 7, section 四 15.
        #expect(lines.count - 1 == 10 + 25 * 7 + 15)
        #expect(lines.contains { $0.hasPrefix("sample_2021.pdf,清溪市生态环境局,2023,2021,requests,new_requests,total,") })
    }

    @Test("text prints the title then the six headings; an unreadable file exits 2 naming it")
    func text() throws {
        let result = try CLI.run(["text", Self.sample])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "清溪市生态环境局2023年政府信息公开工作年度报告")
        for heading in ["一、总体情况", "六、其他需要报告的事项"] { #expect(lines.contains { $0.hasSuffix(heading.dropFirst(2)) }) }
        let bad = try CLI.run(["text", "/etc/hostname"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("/etc/hostname"))
    }

    @Test("check exits 0 on a consistent report, 1 with exactly the broken rules, 2 when unreadable",
          arguments: ["v01_unruled", "v15_break_r1", "v16_break_r2r3", "v17_break_r4", "v18_break_n1"])
    func check(name: String) throws {
        let truth = try TruthFile(url: RepositoryFiles.fixtures.appendingPathComponent(name + ".json"))
        let result = try CLI.run(["check", RepositoryFiles.fixtures.appendingPathComponent(name + ".pdf").path, "--format", "json"])
        #expect(result.status == (truth.violations.isEmpty ? 0 : 1))
        let findings = try JSONValue.parse(Data(result.stdout.utf8))["findings"]?.array ?? []
        #expect(Set(findings.compactMap { $0["instance"]?.string }) == Set(truth.violations))
        #expect(try CLI.run(["check", "/no/such.pdf"]).status == 2)
    }
}
