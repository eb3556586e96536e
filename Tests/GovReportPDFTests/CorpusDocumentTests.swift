import Foundation
import Testing
import GovReport
import GovReportTestSupport
import GovReportPDF

/// The public sample PDFs read through Poppler: sections, header against the truth, and the same
/// paragraphs as the sample's plain-text extractions (`pdftotext -raw` beside it; `-layout` made on the fly
/// when pdftotext is installed).
@Suite("Public sample PDFs", .enabled(if: SharedCorpus.isPresent))
struct CorpusDocumentTests {
    static func read(pdf name: String) throws -> DocumentText {
        let url = try #require(SharedCorpus.publicURL(name, "pdf"))
        let pages = try PDFReader().readPages(atPath: url.path)
        return DocumentReader().read(pages.flatMap { TextLines.lines(of: $0) })
    }

    /// Headings and paragraph texts in order; "-" dropped, as `pdftotext -raw` drops a hyphen at a line end.
    static func outline(_ document: DocumentText) -> [String] {
        (document.preamble.map(\.text) + document.sections.flatMap { [$0.heading] + $0.paragraphs.map(\.text) })
            .map { $0.replacingOccurrences(of: "-", with: "") }
    }

    @Test("six sections and the header of the truth", arguments: SharedCorpus.publicNames(withExtension: "pdf"))
    func document(name: String) throws {
        let document = try Self.read(pdf: name)
        let truth = try SharedCorpus.truth(name)
        #expect(document.source == .pdf)
        #expect(document.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(document.info.title == truth.title)
        #expect(document.info.agency == truth.agency)
        #expect(document.info.year == truth.year)
        #expect(document.info.template?.rawValue == truth.template)
        #expect(!document.isMojibake && document.cjkShare > 0.8)
        // The preamble holds whole sentences, never the title.
        #expect(document.preamble.allSatisfy { CharacterClass.endsSentence($0.text) && !$0.text.contains(truth.title) })
        let paragraphs = document.sections.flatMap(\.paragraphs)
        #expect(!paragraphs.contains { $0.text.contains(#/^-?\d+-?$|-\d+-/#) })
        #expect(paragraphs.allSatisfy { !$0.text.isEmpty && $0.page >= 1 && $0.lastPage >= $0.page })
    }

    @Test("the PDF and its pdftotext -raw text give the same paragraphs", arguments: SharedCorpus.publicNames(withExtension: "txt"))
    func sameAsRawText(name: String) throws {
        let url = try #require(SharedCorpus.publicURL(name, "txt"))
        let text = DocumentReader().read(TextLines.lines(fromPlainText: try String(contentsOf: url, encoding: .utf8), settings: .prose))
        #expect(Self.outline(try Self.read(pdf: name)) == Self.outline(text))
    }

    static let pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("the PDF and its pdftotext -layout text give the same paragraphs",
          .enabled(if: pdftotext != nil), arguments: SharedCorpus.publicNames(withExtension: "pdf"))
    func sameAsLayoutText(name: String) throws {
        let pdf = try #require(SharedCorpus.publicURL(name, "pdf"))
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("govreport-\(name)-\(UUID()).txt")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.pdftotext))
        process.arguments = ["-layout", pdf.path, output.path]
        try process.run()
        process.waitUntilExit()
        let text = DocumentReader().read(TextLines.lines(fromPlainText: try String(contentsOf: output, encoding: .utf8), settings: .prose))
        #expect(Self.outline(try Self.read(pdf: name)) == Self.outline(text))
    }
}
