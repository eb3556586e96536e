import Foundation
import GovReport
import GovReportOCR
import GovReportPDF

/// `govreport-bench --ocr SCAN.pdf...`: reads scans once each through `ReportFile.load` with OCR and prints
/// CPU seconds a page, split into rendering (Poppler + cairo), deskew, grid, page text (chi_sim), cells
/// (eng) and our own stages (everything else: lines, sections, tables, checks of the reading).
enum OCRBenchmark {
    /// Wraps the recognizer to time rendering: the reader reports progress just before it renders a page.
    final class Timed: PageRecognizer {
        let inner = TesseractRecognizer()
        var render = 0.0, recognize = 0.0
        private var renderStart = 0.0
        var engine: String { inner.engine }
        var languages: [String] { inner.languages }
        func willRender() { renderStart = OCRTimings.threadCPUSeconds() }
        func recognize(_ image: PageImage, pageNumber: Int) throws -> RecognizedPage {
            let start = OCRTimings.threadCPUSeconds()
            render += start - renderStart
            defer { recognize += OCRTimings.threadCPUSeconds() - start }
            return try inner.recognize(image, pageNumber: pageNumber)
        }
    }

    static func run(_ files: [String]) throws {
        let timed = Timed()
        var pages = 0, total = 0.0
        for file in files {
            let start = OCRTimings.threadCPUSeconds()
            let options = OCROptions(mode: .auto, recognizer: timed, progress: { _, _ in timed.willRender() })
            if let report = try? ReportFile.load(path: file, ocr: options) { pages += report.source.ocr?.pages.count ?? 0 }
            total += OCRTimings.threadCPUSeconds() - start
        }
        let t = timed.inner.timings
        let ours = total - timed.render - timed.recognize
        let n = Double(max(pages, 1))
        print("files \(files.count), pages read by OCR \(pages); CPU seconds of one thread, per page")
        for (name, value) in [("render (Poppler + cairo, grey)", timed.render), ("ink mask + deskew", t.deskew),
                              ("grid (ruling lines, cells)", t.grid), ("page text (chi_sim)", t.pageText),
                              ("cells (eng, per cell) + labels", t.cells), ("our stages (lines … tables)", ours),
                              ("total", total)] {
            print(name.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: "%7.3f", value / n))
        }
    }
}
