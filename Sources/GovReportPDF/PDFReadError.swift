import Foundation
import GovReport

/// Why a PDF could not be read. Each case names the file and says what to do.
public enum PDFReadError: GovReportError, Equatable, Sendable {
    case fileNotFound(path: String)
    case notAPDF(path: String, startsWith: String)
    case damaged(path: String, detail: String)
    case encrypted(path: String, passwordGiven: Bool)
    case noPages(path: String)
    case noTextLayer(path: String, pageCount: Int)
    case ocrFoundNoText(path: String, pageCount: Int)

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): file not found. Check the path."
        case .notAPDF(let path, let head):
            return "\(path): not a PDF (it starts with \(head.debugDescription), not %PDF-). Pass a PDF or a .txt extraction."
        case .damaged(let path, let detail):
            return "\(path): the PDF is damaged (\(detail)). Download it again or pass its text extraction (.txt)."
        case .encrypted(let path, let passwordGiven):
            return passwordGiven
                ? "\(path): the PDF is encrypted and the password given does not open it. Check --password."
                : "\(path): the PDF is encrypted. Pass its password with --password."
        case .noPages(let path):
            return "\(path): the PDF has no pages."
        case .noTextLayer(let path, let pageCount):
            return "\(path): no text layer (scanned/image-only PDF): none of \(pageCount) page(s) has text. Read it with --ocr auto (the default, needs tesseract-ocr-chi-sim and tesseract-ocr-eng) or pass a .txt extraction."
        case .ocrFoundNoText(let path, let pageCount):
            return "\(path): no text layer, and OCR found no text on its \(pageCount) page(s): the scan is blank, a photo, or its images cannot be decoded."
        }
    }

    /// A short machine-readable name of the error kind (used in JSON errors and the failures table).
    public var kind: String {
        switch self {
        case .fileNotFound: return "file_not_found"
        case .notAPDF: return "not_a_pdf"
        case .damaged: return "damaged_pdf"
        case .encrypted: return "encrypted_pdf"
        case .noPages: return "no_pages"
        case .noTextLayer: return "no_text_layer"
        case .ocrFoundNoText: return "ocr_no_text"
        }
    }
}
