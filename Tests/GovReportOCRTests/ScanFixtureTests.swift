import Foundation
import GovReport
import GovReportOCR
import GovReportPDF
import GovReportTestSupport
import Testing

/// The committed scans (Tests/Fixtures/scans, Samples/reports/sample_2021_scan.pdf, made by
/// Scripts/fixtures/make_scans.py from the text-layer fixtures) read end to end through OCR and compared
/// with their truth: every cell right, or every wrong cell inside a table that does not claim `complete`.
@Suite("scanned fixtures", .serialized)
struct ScanFixtureTests {
    static let scans = RepositoryFiles.root.appendingPathComponent("Tests/Fixtures/scans")
    static let recognizer = TesseractRecognizer()

    static func load(_ url: URL) throws -> Report {
        try ReportFile.load(path: url.path, ocr: OCROptions(recognizer: recognizer))
    }

    static let cases: [URL] = [RepositoryFiles.samples.appendingPathComponent("sample_2021_scan.pdf")]
        + RepositoryFiles.names(in: scans, withSuffix: ".json").map { scans.appendingPathComponent("\($0).pdf") }

    @Test("a scan reads like its source: title, year, sections, and no wrong cell in a complete table", arguments: cases)
    func scan(_ url: URL) throws {
        let report = try Self.load(url)
        let truth = try TruthFile(url: url.deletingPathExtension().appendingPathExtension("json"))
        #expect(report.source.ocr?.pages == Array(1...report.source.pageCount))
        #expect(report.source.ocr?.languages == ["chi_sim", "eng"])
        #expect(report.source.ocr?.engine.hasPrefix("tesseract 5") == true)
        #expect(report.info.year == truth.year)
        #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
        let misses = truth.misses(in: report.tables)
        let wrongInComplete = misses.filter { miss in
            TableKind.allCases.contains { miss.hasPrefix($0.rawValue + "[") && report.tableStatus[$0] == .complete }
        }
        #expect(wrongInComplete.isEmpty, "\(url.lastPathComponent): \(wrongInComplete)")
        // the section-三 matrix: the sample exactly, the harder scans at least as well as measured (87–96 %)
        let requests = truth.cells.filter { $0.table == .requests }.count
        let requestMisses = misses.filter { $0.hasPrefix("requests[") }.count
        let floor = url.lastPathComponent == "sample_2021_scan.pdf" ? 1.0 : 0.85
        #expect(Double(requests - requestMisses) >= floor * Double(requests), "\(url.lastPathComponent): \(misses)")
    }

    @Test("cells read by OCR carry their confidence and box; the JSON says the report was read by OCR")
    func provenance() throws {
        let report = try Self.load(Self.cases[0])
        let cells = report.tables.flatMap { $0.rows.flatMap(\.cells) }.map(\.cell).filter { !$0.printed.isEmpty }
        #expect(!cells.isEmpty && cells.allSatisfy { $0.box != nil && $0.page != nil })
        #expect(cells.filter { $0.confidence != nil }.count >= cells.count * 9 / 10)
        #expect(cells.compactMap(\.confidence).allSatisfy { (0...1).contains($0) })
        let json = ReportJSON.value(report)
        #expect(json["source"]?["ocr"]?["dpi"]?.int == 150)
        #expect(try SchemaValidator.reportSchema().errors(json) == [])
        let decoded = try ReportJSON.decode(Data(ReportJSON.encode(report).utf8)).report
        #expect(decoded.source.ocr == report.source.ocr)
        let confidence = try #require(report.requests?["new_requests", "total"]?.confidence)
        #expect(abs((decoded.requests?["new_requests", "total"]?.confidence ?? -1) - confidence) < 0.001)
    }

    @Test("--ocr never keeps the no_text_layer error; without a text layer nothing is read silently")
    func never() throws {
        #expect(throws: PDFReadError.noTextLayer(path: Self.cases[0].path, pageCount: 5)) {
            try ReportFile.load(path: Self.cases[0].path, ocr: OCROptions(mode: .never, recognizer: Self.recognizer))
        }
    }

    @Test("a text-layer PDF is not read by OCR in auto mode, and never loads the engine")
    func textLayer() throws {
        let recognizer = TesseractRecognizer()
        let report = try ReportFile.load(path: RepositoryFiles.samples.appendingPathComponent("sample_2021.pdf").path,
                                         ocr: OCROptions(recognizer: recognizer))
        #expect(report.source.ocr == nil)
        #expect(recognizer.timings == OCRTimings())
    }
}
