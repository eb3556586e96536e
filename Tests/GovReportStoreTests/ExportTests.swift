import Foundation
import GovReportStore
import Testing

@Suite("Export")
struct ExportTests {
    /// A store with two reports (one with 2 findings) and one failure.
    private func store() throws -> ReportStore {
        let store = try ReportStore.inMemory()
        try store.save(Fixtures.records(sha256: String(repeating: "a", count: 64), findings: 2), path: "/data/a.pdf")
        try store.save(Fixtures.records(sha256: String(repeating: "b", count: 64), agency: "东阳市市场监督管理局"), path: "/data/b.pdf")
        try store.addPath("/copy/b.pdf", sha256: String(repeating: "b", count: 64))
        try store.recordFailure(FailureRecord(path: "/data/c.pdf", sha256: nil, stage: .extract, kind: "damaged_pdf", message: "c.pdf: damaged, \"really\""))
        return store
    }

    private func text(_ table: ExportTable, _ format: ExportFormat, in store: ReportStore) throws -> (String, Int) {
        var out = ""
        let count = try store.export(table, format: format) { out += $0 }
        return (out, count)
    }

    @Test("each CSV table parses back with its header and row count",
          arguments: [(ExportTable.requests, 12), (.reviewLitigation, 2), (.proactive, 0), (.findings, 2), (.reports, 2), (.failures, 1)])
    func csvRoundTrip(table: ExportTable, rows: Int) throws {
        let (csv, count) = try text(table, .csv, in: store())
        let parsed = CSV.parse(csv)
        #expect(count == rows)
        #expect(parsed.first == table.columns)
        #expect(parsed.count == rows + 1)
        #expect(parsed.dropFirst().allSatisfy { $0.count == table.columns.count })
    }

    @Test("CSV cells carry value, printed text, page and box; quotes and commas survive")
    func csvValues() throws {
        let store = try store()
        let records = CSV.parse(try text(.requests, .csv, in: store).0)
        let header = records[0]
        let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        let granted = try #require(rows.first { $0["agency"] == "东阳市市场监督管理局" && $0["row"] == "granted" && $0["column"] == "natural_person" })
        #expect(granted["value"] == "0")
        #expect(granted["printed"] == "—")
        #expect(granted["page"] == "3")
        #expect(granted["x0"] == "200")
        #expect(granted["path"] == "/copy/b.pdf")
        let failure = CSV.parse(try text(.failures, .csv, in: store).0)[1]
        #expect(failure[4] == "c.pdf: damaged, \"really\"")
        #expect(failure[1] == "")
    }

    @Test("each JSON Lines table parses back, one object per row with every column",
          arguments: [(ExportTable.requests, 12), (.findings, 2), (.reports, 2), (.failures, 1)])
    func jsonlRoundTrip(table: ExportTable, rows: Int) throws {
        let (jsonl, count) = try text(table, .jsonl, in: store())
        let lines = jsonl.split(separator: "\n")
        #expect(count == rows && lines.count == rows)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == Set(table.columns))
        }
    }

    @Test("JSON Lines keep numbers as numbers and NULL as null")
    func jsonlTypes() throws {
        let (jsonl, _) = try text(.reports, .jsonl, in: store())
        let first = try #require(try JSONSerialization.jsonObject(with: Data(jsonl.split(separator: "\n")[0].utf8)) as? [String: Any])
        #expect(first["year"] as? Int == 2021)
        #expect(first["path_count"] as? Int == 2)
        #expect(first["status"] as? String == "ok")
        let (failures, _) = try text(.failures, .jsonl, in: store())
        #expect(failures.contains("\"sha256\":null"))
    }

    @Test("a file export is atomic and refuses to replace a file unless told to")
    func fileExport() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try store()
        let path = folder.appendingPathComponent("reports.csv").path
        #expect(try store.export(.reports, format: .csv, toFile: path, overwrite: false) == 2)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: ExportError.self) { try store.export(.reports, format: .csv, toFile: path, overwrite: false) }
        #expect(FileManager.default.contents(atPath: path) == Data("keep".utf8))
        #expect(try store.export(.findings, format: .csv, toFile: path, overwrite: true) == 2)
        #expect(CSV.parse(String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)).count == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["reports.csv"])
    }
}

/// A small RFC 4180 reader for the tests (quoted fields, doubled quotes, newlines inside quotes).
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, afterQuote = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false; afterQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"":
                if afterQuote { field.append("\"") }
                quoted = true
            case ",": record.append(field); field = ""
            case "\n": record.append(field); records.append(record); record = []; field = ""
            default: field.append(character)
            }
            afterQuote = false
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
