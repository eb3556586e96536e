import Foundation
import GovReport
import GovReportStore
import Testing

/// Scanned reports through the commands a user runs: `--ocr` on extract, and ingest recording how a scan
/// was read (`report.ocr`, `cell.confidence`, migration v4_ocr).
@Suite("OCR commands", .serialized)
struct OCRCommandTests {
    static let sample = CLI.root.appendingPathComponent("Samples/reports/sample_2021_scan.pdf").path
    static let scan = CLI.root.appendingPathComponent("Tests/Fixtures/scans/s01_sample2019_150_faded_blur.pdf").path

    @Test("extract reads a scan by default and says so; --ocr never keeps no_text_layer")
    func extract() throws {
        let auto = try CLI.run(["extract", "--format", "jsonl", Self.sample])
        #expect(auto.status == 0, "\(auto.stderr)")
        let json = try JSONValue.parse(Data(auto.stdout.utf8))
        #expect(json["source"]?["ocr"]?["pages"]?.array?.count == 5)
        #expect(json["requests"]?["new_requests"]?["total"]?.number == 70)
        #expect(json["provenance"]?["requests"]?["new_requests"]?["total"]?["confidence"]?.number != nil)

        let never = try CLI.run(["extract", "--format", "jsonl", "--ocr", "never", Self.sample])
        #expect(never.status == 2)
        #expect(never.stdout.contains("\"kind\":\"no_text_layer\""))
    }

    @Test("ingest stores two scans with their OCR source and cell confidences")
    func ingest() throws {
        let base = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.appendingPathComponent("scans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for path in [Self.sample, Self.scan] {
            try FileManager.default.copyItem(atPath: path, toPath: folder.appendingPathComponent((path as NSString).lastPathComponent).path)
        }
        let db = base.appendingPathComponent("scans.sqlite").path
        let result = try CLI.run(["ingest", folder.path, "--db", db, "--jobs", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("; 10 pages read, 10 by OCR"), "\(result.stdout)")
        let store = try ReportStore(path: db)
        #expect(try store.counts().reports == 2)
        #expect(try store.failures().isEmpty)
        let dump = try store.canonicalDump()
        #expect(dump.filter { $0.hasPrefix("report ") && $0.contains("tesseract 5") && $0.contains("chi_sim") }.count == 2)
        let cells = dump.filter { $0.hasPrefix("cell ") }
        #expect(!cells.isEmpty)
        // a cell row ends with its confidence: a number in 0...1 for printed cells read from the scans
        let confidences = cells.compactMap { $0.split(separator: "|").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } }
        #expect(confidences.count >= cells.count / 2 && confidences.allSatisfy { (0...1).contains($0) })
    }
}
