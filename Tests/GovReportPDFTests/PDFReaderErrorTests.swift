import Foundation
import GovReport
import GovReportPDF
import Testing

/// Each read error on a real file made here, with the message a user sees.
@Suite struct PDFReaderErrorTests {
    let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govreport-pdf-errors-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    func write(_ data: Data, _ name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    @Test("a valid minimal PDF gives its glyphs with boxes in top-left coordinates")
    func readsGlyphs() throws {
        let path = try write(MinimalPDF.text("Hello 2021"), "hello.pdf")
        let pages = try PDFReader().readPages(atPath: path)
        #expect(pages.count == 1)
        #expect(pages[0].width == 595 && pages[0].height == 842)
        let text = String(String.UnicodeScalarView(pages[0].glyphs.map(\.scalar)))
        #expect(text.hasPrefix("Hello 2021"))
        let h = try #require(pages[0].glyphs.first)
        // Baseline at 720 from the bottom → about 122 from the top.
        #expect(h.box.y1 > 110 && h.box.y1 < 130)
        #expect(h.box.x0 >= 71 && h.box.x0 <= 73)
    }

    @Test("a missing file")
    func missing() {
        #expect(throws: PDFReadError.fileNotFound(path: "/no/such/file.pdf")) { try PDFReader().readPages(atPath: "/no/such/file.pdf") }
    }

    @Test("an empty file is not a PDF")
    func empty() throws {
        let path = try write(Data(), "empty.pdf")
        let error = try #require(throws: PDFReadError.self) { try PDFReader().readPages(atPath: path) }
        #expect(error.kind == "not_a_pdf")
        #expect(error.description.contains("empty.pdf"))
    }

    @Test("random bytes are not a PDF")
    func randomBytes() throws {
        var generator = SystemRandomNumberGenerator()
        let path = try write(Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }), "random.pdf")
        let error = try #require(throws: PDFReadError.self) { try PDFReader().readPages(atPath: path) }
        #expect(error.kind == "not_a_pdf")
    }

    @Test("a truncated PDF is reported as damaged", arguments: [0.3, 0.6])
    func truncated(fraction: Double) throws {
        // Cut inside the page content so no page survives.
        let whole = MinimalPDF.text("Hello")
        let path = try write(whole.prefix(Int(Double(whole.count) * fraction)), "truncated.pdf")
        let error = try #require(throws: PDFReadError.self) { try PDFReader().readPages(atPath: path) }
        #expect(["damaged_pdf", "no_pages", "no_text_layer"].contains(error.kind))
        #expect(error.description.contains("truncated.pdf"))
    }

    @Test("an image-only PDF says it has no text layer")
    func imageOnly() throws {
        let path = try write(MinimalPDF.imageOnly, "scan.pdf")
        #expect(throws: PDFReadError.noTextLayer(path: path, pageCount: 2)) { try PDFReader().readPages(atPath: path) }
        #expect(PDFReadError.noTextLayer(path: path, pageCount: 2).description.contains("scanned/image-only"))
    }

    @Test("a zero-page PDF")
    func zeroPages() throws {
        let path = try write(MinimalPDF.zeroPages, "zero.pdf")
        let error = try #require(throws: PDFReadError.self) { try PDFReader().readPages(atPath: path) }
        #expect(["no_pages", "damaged_pdf"].contains(error.kind))
    }

    @Test("an encrypted PDF needs its password", .enabled(if: Self.qpdfAvailable))
    func encrypted() throws {
        let plain = try write(MinimalPDF.text("Secret 2021"), "plain.pdf")
        let locked = directory.appendingPathComponent("locked.pdf").path
        let qpdf = Process()
        qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        qpdf.arguments = ["--encrypt", "user-pw", "owner-pw", "256", "--", plain, locked]
        try qpdf.run()
        qpdf.waitUntilExit()
        #expect(qpdf.terminationStatus == 0)
        #expect(throws: PDFReadError.encrypted(path: locked, passwordGiven: false)) { try PDFReader().readPages(atPath: locked) }
        #expect(throws: PDFReadError.encrypted(path: locked, passwordGiven: true)) {
            try PDFReader(password: "wrong").readPages(atPath: locked)
        }
        let pages = try PDFReader(password: "user-pw").readPages(atPath: locked)
        #expect(String(String.UnicodeScalarView(pages[0].glyphs.map(\.scalar))).hasPrefix("Secret 2021"))
    }

    static var qpdfAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/qpdf") }
}
