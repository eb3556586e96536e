import ArgumentParser
import Foundation
import GovReportOCR
import GovReportPDF

extension OCRMode: ExpressibleByArgument {}

extension OCRMode {
    static let help: ArgumentHelp = """
        OCR for scanned (image-only) pages: auto reads pages without a text layer, always reads every page \
        from its image, never reports a scan as no_text_layer.
        """

    /// The options a command passes to `ReportFile`: one Tesseract recognizer for the whole run (it loads
    /// its engines on the first scanned page only), and per-page progress on stderr when that is a terminal.
    func options(recognizer: TesseractRecognizer, file: String? = nil) -> OCROptions {
        let showProgress = file != nil && isatty(STDERR_FILENO) == 1
        return OCROptions(mode: self, recognizer: recognizer, progress: showProgress ? { page, count in
            FileHandle.standardError.write(Data("\r\u{1B}[K\(file ?? ""): OCR page \(page)/\(count)\(page == count ? "\n" : "")".utf8))
        } : nil)
    }
}
