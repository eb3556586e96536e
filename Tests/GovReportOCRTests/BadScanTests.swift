import Foundation
import GovReport
import GovReportOCR
import GovReportPDF
import GovReportTestSupport
import Testing

/// Scans that hold no report (made by `make_scans.py --bad`): a clear error, no crash, bounded memory.
@Suite("bad scans", .serialized)
struct BadScanTests {
    static let folder = RepositoryFiles.root.appendingPathComponent("Tests/Fixtures/scans")

    static func kind(_ name: String) -> String {
        do {
            _ = try ReportFile.load(path: folder.appendingPathComponent(name).path,
                                    ocr: OCROptions(recognizer: TesseractRecognizer()))
            return "ok"
        } catch let error as GovReportError {
            return error.kind
        } catch {
            return "\(error)"
        }
    }

    @Test("a blank scanned page: OCR finds no text")
    func blank() { #expect(Self.kind("bad_blank_page.pdf") == "ocr_no_text") }

    @Test("a photo is not a report")
    func photo() { #expect(["ocr_no_text", "not_a_report"].contains(Self.kind("bad_photo.pdf"))) }

    @Test("a 10,000 × 10,000 px page is rendered within the pixel cap and reported as no report")
    func huge() {
        let settings = RenderSettings()
        let dpi = settings.dpi(width: 2400, height: 2400, nativeDPI: 300)
        #expect(Int(2400 * dpi / 72) * Int(2400 * dpi / 72) <= settings.maxPixels)
        #expect(["ocr_no_text", "not_a_report"].contains(Self.kind("bad_huge_10000px.pdf")))
    }

    @Test("a corrupt image stream: what decodes is read (the title page), no table claims to be complete")
    func corrupt() throws {
        let report = try ReportFile.load(path: Self.folder.appendingPathComponent("bad_corrupt_image.pdf").path,
                                         ocr: OCROptions(recognizer: TesseractRecognizer()))
        #expect(report.source.ocr?.pages == [1])
        #expect(report.info.year == 2023)
        #expect(TableKind.allCases.allSatisfy { report.tableStatus[$0] != .complete })
    }
}
