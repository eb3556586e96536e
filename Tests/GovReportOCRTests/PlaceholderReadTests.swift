import Foundation
import GovReport
@testable import GovReportOCR
import GovReportPDF
import GovReportTestSupport
import Testing

/// The placeholder 无 in a number cell, which the digit reads give as 7 or 70 at low confidence, read as one
/// Chinese character instead: on v06_placeholders' page 3 rendered at 150 dpi, at the boxes its text layer gives.
@Suite("placeholder cells", .serialized)
struct PlaceholderReadTests {
    /// Keeps the page images a PDF's pages are rendered to (every page, `--ocr always`) and reads nothing.
    final class Capture: PageRecognizer {
        let engine = "capture", languages = ["chi_sim"]
        var images: [Int: PageImage] = [:]
        func recognize(_ image: PageImage, pageNumber: Int) throws -> RecognizedPage {
            images[pageNumber] = image
            return RecognizedPage(glyphs: [Glyph(scalar: "无", box: Box(x0: 0, y0: 0, x1: 1, y1: 1))], cells: [])
        }
    }

    @Test("a doubtful digit read of 无 becomes 无; a digit's doubtful read stays")
    func placeholder() throws {
        let pdf = RepositoryFiles.fixtures.appendingPathComponent("v06_placeholders.pdf").path
        let capture = Capture()
        var render = RenderSettings()
        render.fallbackDPI = 150
        _ = try? ReportFile.load(path: pdf, ocr: OCROptions(mode: .always, recognizer: capture, render: render))
        let image = try #require(capture.images[3])
        let glyphs = try PDFReader().readPages(atPath: pdf)[2].glyphs
        let reading = PageReading(pageEngine: try TesseractEngine(language: "chi_sim"),
                                  cells: CellReader(engine: try TesseractEngine(language: "eng")))
        func pixels(_ g: Glyph) -> GridCell {
            let s = 1 / image.pointsPerPixel
            return GridCell(x0: Int(g.box.x0 * s), y0: Int(g.box.y0 * s), x1: Int(g.box.x1 * s) + 1, y1: Int(g.box.y1 * s) + 1)
        }
        let doubtful = CellReader.Read(text: "70", confidence: 0.1, doubtful: false)
        let placeholders = glyphs.filter { $0.scalar == "无" && $0.box.x0 > 250 }
        #expect(placeholders.count >= 3)
        for g in placeholders {
            #expect(reading.placeholder(image, pixels(g), instead: doubtful).text == "无")
        }
        // A digit read the same doubtful way is no placeholder; a confident read is never re-read.
        let digit = try #require(glyphs.first { $0.scalar == "3" && $0.box.x0 > 250 })
        #expect(reading.placeholder(image, pixels(digit), instead: CellReader.Read(text: "3", confidence: 0.3, doubtful: false)).text == "3")
        #expect(reading.placeholder(image, pixels(placeholders[0]), instead: CellReader.Read(text: "7", confidence: 0.9, doubtful: false)).text == "7")
    }
}
